import { Link } from "react-router";
import type { ClusterOverviewQuery } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";

type Member = NonNullable<ClusterOverviewQuery["cluster"]>["members"][number];

export function MembersTable({ year, members, leaderCode }: { year: number; members: readonly Member[]; leaderCode?: string | undefined }) {
  const { t, pick } = useI18n();
  return (
    <section className="card" aria-labelledby="members-heading">
      <div className="card-header">
        <h2 id="members-heading">{t("cluster.members", { year })}</h2>
        <span className="muted">{t("cluster.membersCount", { count: members.length })}</span>
      </div>
      {members.length === 0 ? (
        <p className="muted">{t("state.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table aria-labelledby="members-heading">
            <thead>
              <tr>
                <th scope="col">{t("common.code")}</th>
                <th scope="col">{t("common.name")}</th>
                <th scope="col">{t("common.shortName")}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.code}>
                  <td>
                    <code>{member.code}</code>
                  </td>
                  <th scope="row">
                    <Link to={`/units/${encodeURIComponent(member.code)}`}>{pick(member.name, member.nameEn)}</Link>
                    {member.code === leaderCode && <span className="badge badge-accent">{t("cluster.leaderBadge")}</span>}
                  </th>
                  <td>{member.shortName ?? t("common.none")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
