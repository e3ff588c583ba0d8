import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { NotFound } from "../../components/not-found.tsx";
import { QueryStatus } from "../../components/query-status.tsx";
import { toDateScalar } from "../../graphql/scalars.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { UnitPageQuery } from "./operations.ts";

export function UnitPage() {
  const { code = "" } = useParams();
  const { t, pick, enumLabel } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: UnitPageQuery, variables: { code, today: toDateScalar(new Date()) } });
  const unit = data?.unit;
  if (data && !unit) return <NotFound />;

  return (
    <>
      <title>{unit ? pick(unit.name, unit.nameEn) : code}</title>
      {unit?.parent && (
        <nav aria-label="breadcrumb" className="breadcrumb">
          <Link to={`/units/${encodeURIComponent(unit.parent.code)}`}>{pick(unit.parent.name, unit.parent.nameEn)}</Link>
        </nav>
      )}
      <div className="page-header">
        <div>
          {unit && <p className="eyebrow">{enumLabel("UnitKind", unit.kind)}</p>}
          <h1>{unit ? pick(unit.name, unit.nameEn) : code}</h1>
        </div>
      </div>
      <QueryStatus fetching={fetching && !data} error={error} />
      {unit && (
        <div className="grid">
          <section className="card span-2" aria-labelledby="unit-details-heading">
            <h2 id="unit-details-heading">{t("unit.details")}</h2>
            <dl className="facts facts-wide">
              <div>
                <dt>{t("common.code")}</dt>
                <dd>
                  <code>{unit.code}</code>
                </dd>
              </div>
              <div>
                <dt>{t("common.name")}</dt>
                <dd lang="vi">{unit.name}</dd>
              </div>
              <div>
                <dt>{t("common.nameEn")}</dt>
                <dd lang="en">{unit.nameEn ?? t("common.none")}</dd>
              </div>
              <div>
                <dt>{t("common.shortName")}</dt>
                <dd>{unit.shortName ?? t("common.none")}</dd>
              </div>
              <div>
                <dt>{t("common.kind")}</dt>
                <dd>{enumLabel("UnitKind", unit.kind)}</dd>
              </div>
              <div>
                <dt>{t("unit.parent")}</dt>
                <dd>
                  {unit.parent ? (
                    <Link to={`/units/${encodeURIComponent(unit.parent.code)}`}>{pick(unit.parent.name, unit.parent.nameEn)}</Link>
                  ) : (
                    t("common.none")
                  )}
                </dd>
              </div>
            </dl>
          </section>
          <section className="card span-2" aria-labelledby="unit-posts-heading">
            <h2 id="unit-posts-heading">{t("unit.posts")}</h2>
            {unit.posts.edges.length === 0 ? (
              <p className="muted">{t("state.empty")}</p>
            ) : (
              <div className="table-wrap">
                <table aria-labelledby="unit-posts-heading">
                  <thead>
                    <tr>
                      <th scope="col">{t("unit.postTitle")}</th>
                      <th scope="col">{t("people.name")}</th>
                      <th scope="col">{t("people.rank")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {unit.posts.edges.map(({ node: post }) => (
                      <tr key={post.person.id + post.title}>
                        <td>{pick(post.title, post.titleEn)}</td>
                        <th scope="row">{post.person.fullName}</th>
                        <td>{post.person.rank ? enumLabel("Rank", post.person.rank) : t("common.none")}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section className="card span-2" aria-labelledby="unit-children-heading">
            <h2 id="unit-children-heading">{t("unit.children")}</h2>
            {unit.children.length === 0 ? (
              <p className="muted">{t("unit.noChildren")}</p>
            ) : (
              <div className="table-wrap">
                <table aria-labelledby="unit-children-heading">
                  <thead>
                    <tr>
                      <th scope="col">{t("common.code")}</th>
                      <th scope="col">{t("common.name")}</th>
                      <th scope="col">{t("common.kind")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {unit.children.map((child) => (
                      <tr key={child.code}>
                        <td>
                          <code>{child.code}</code>
                        </td>
                        <th scope="row">
                          <Link to={`/units/${encodeURIComponent(child.code)}`}>{pick(child.name, child.nameEn)}</Link>
                        </th>
                        <td>{enumLabel("UnitKind", child.kind)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </div>
      )}
    </>
  );
}
