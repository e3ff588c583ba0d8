import { Link, useParams, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { NotFound } from "../../components/not-found.tsx";
import { QueryStatus } from "../../components/query-status.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { ClearanceRate } from "./clearance-rate.tsx";
import { Conference } from "./conference.tsx";
import { EventList } from "./event-list.tsx";
import { LeaderTimeline } from "./leader-timeline.tsx";
import { MembersTable } from "./members-table.tsx";
import { ClusterOverviewQuery } from "./operations.ts";

/** The first reviewed year in the data; shown when the address names no year. */
export const defaultYear = 2022;

function parseYear(value: string | null): number | null {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 1945 && year <= 2100 ? year : null;
}

export function ClusterPage() {
  const { number } = useParams();
  const clusterNumber = Number(number);
  return Number.isInteger(clusterNumber) && clusterNumber > 0 ? <ClusterOverview number={clusterNumber} /> : <NotFound />;
}

function ClusterOverview({ number }: { number: number }) {
  const { t, pick } = useI18n();
  const [params, setParams] = useSearchParams();
  const year = parseYear(params.get("year")) ?? defaultYear;
  const [{ data, fetching, error }] = useQuery({ query: ClusterOverviewQuery, variables: { number, year } });

  const cluster = data?.cluster;
  if (data && !cluster) return <NotFound />;

  const years = [...new Set([...(cluster?.leadershipTerms.map((term) => term.year) ?? []), year])].sort((a, b) => a - b);
  const review = data?.review.edges[0]?.node;
  const otherEvents = data?.events.edges.map((edge) => edge.node).filter((event) => event.id !== review?.id) ?? [];

  return (
    <>
      <title>{cluster ? `${pick(cluster.name, cluster.nameEn)} – ${year}` : t("clusters.title")}</title>
      <nav aria-label="breadcrumb" className="breadcrumb">
        <Link to="/clusters">{t("clusters.title")}</Link>
      </nav>
      <div className="page-header">
        <h1>{cluster ? pick(cluster.name, cluster.nameEn) : t("clusters.title")}</h1>
        <label className="field field-inline">
          <span>{t("cluster.yearLabel")}</span>
          <select
            value={year}
            onChange={(event) =>
              setParams((current) => {
                const next = new URLSearchParams(current);
                next.set("year", event.target.value);
                return next;
              })
            }
          >
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
      </div>

      <QueryStatus fetching={fetching && !data} error={error} />

      {cluster && data && (
        <div className="grid" aria-busy={fetching}>
          <ClearanceRate year={year} result={data.clearanceRate} />
          <section className="card stat" aria-labelledby="leader-heading">
            <h2 id="leader-heading" className="stat-caption">
              {t("cluster.leaderOfYear", { year })}
            </h2>
            {cluster.leader ? (
              <p className="stat-value stat-value-text">
                <Link to={`/units/${encodeURIComponent(cluster.leader.code)}`}>{cluster.leader.shortName ?? cluster.leader.name}</Link>
              </p>
            ) : (
              <p className="muted">{t("cluster.noLeader")}</p>
            )}
          </section>
          <div className="span-2">
            <MembersTable year={year} members={cluster.members} leaderCode={cluster.leader?.code} />
          </div>
          <div className="span-2">
            <LeaderTimeline terms={cluster.leadershipTerms} selectedYear={year} />
          </div>
          <div className="span-2">
            {review ? (
              <Conference event={review} />
            ) : (
              <section className="card" aria-labelledby="conference-heading">
                <h2 id="conference-heading">{t("cluster.conference", { year })}</h2>
                <p className="muted">{t("cluster.noConference")}</p>
              </section>
            )}
          </div>
          {otherEvents.length > 0 && (
            <div className="span-2">
              <EventList year={year} events={otherEvents} />
            </div>
          )}
        </div>
      )}
    </>
  );
}
