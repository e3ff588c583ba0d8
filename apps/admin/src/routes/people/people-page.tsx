import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { Pagination, usePageArgs } from "../../components/pagination.tsx";
import { QueryStatus } from "../../components/query-status.tsx";
import { SearchField } from "../../components/search-field.tsx";
import { toDateScalar } from "../../graphql/scalars.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { PeopleListQuery } from "./operations.ts";

const pageSize = 20;

export function PeoplePage() {
  const { t, pick, integer, enumLabel } = useI18n();
  const [params] = useSearchParams();
  // Folding diacritics and case is the API's job: the text goes out as typed.
  const search = params.get("search")?.trim() || null;
  const [{ data, fetching, error }] = useQuery({
    query: PeopleListQuery,
    variables: { search, today: toDateScalar(new Date()), ...usePageArgs(pageSize) },
  });
  const people = data?.people;

  return (
    <>
      <title>{t("people.title")}</title>
      <div className="page-header">
        <h1>{t("people.title")}</h1>
      </div>
      <section className="card" aria-busy={fetching}>
        <SearchField label={t("people.search")} hint={t("people.searchHint")} />
        <QueryStatus fetching={fetching && !data} error={error} />
        {people && (
          <>
            <p className="muted" aria-live="polite">
              {t("people.results", { count: integer(people.totalCount) })}
            </p>
            {people.edges.length === 0 ? (
              <p>{t("people.none")}</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <caption className="visually-hidden">{t("people.title")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("people.name")}</th>
                      <th scope="col">{t("people.rank")}</th>
                      <th scope="col">{t("people.post")}</th>
                      <th scope="col">{t("people.unit")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {people.edges.map(({ node: person }) => {
                      const post = person.posts[0];
                      return (
                        <tr key={person.id}>
                          <th scope="row">{person.fullName}</th>
                          <td>{person.rank ? enumLabel("Rank", person.rank) : <span className="muted">{t("common.civilian")}</span>}</td>
                          <td>
                            {post ? pick(post.title, post.titleEn) : t("common.none")}
                            {person.partyRoles.length > 0 && (
                              <span className="secondary">{person.partyRoles.map((role) => pick(role.title, role.titleEn)).join("; ")}</span>
                            )}
                          </td>
                          <td>
                            {post?.unit ? (
                              <Link to={`/units/${encodeURIComponent(post.unit.code)}`}>{post.unit.shortName}</Link>
                            ) : (
                              (post?.organisation ?? t("common.none"))
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
            <Pagination pageInfo={people.pageInfo} />
          </>
        )}
      </section>
    </>
  );
}
