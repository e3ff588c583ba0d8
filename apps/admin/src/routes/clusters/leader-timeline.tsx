import { Link } from "react-router";
import type { LeadershipTermItemFragment } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";

/**
 * Leadership terms by year, oldest first. A term that began with a handover names the unit it
 * came from (the same role's term of the year before), the date and the conference.
 */
export function LeaderTimeline({ terms, selectedYear }: { terms: readonly LeadershipTermItemFragment[]; selectedYear: number }) {
  const { t, date, enumLabel } = useI18n();
  const sorted = [...terms].sort((a, b) => a.year - b.year || a.role.localeCompare(b.role));
  const previous = (term: LeadershipTermItemFragment) =>
    sorted.find((other) => other.year === term.year - 1 && other.role === term.role);

  return (
    <section className="card" aria-labelledby="leader-timeline-heading">
      <h2 id="leader-timeline-heading">{t("cluster.timeline")}</h2>
      {sorted.length === 0 ? (
        <p className="muted">{t("state.empty")}</p>
      ) : (
        <ol className="timeline">
          {sorted.map((term) => {
            const from = previous(term);
            return (
              <li
                key={`${term.year}-${term.role}`}
                className={term.year === selectedYear ? "timeline-item is-current" : "timeline-item"}
                data-testid={`leader-term-${term.year}`}
              >
                <h3 className="timeline-year">{term.year}</h3>
                <p className="timeline-unit">
                  <span className="badge">{enumLabel("ClusterRole", term.role)}</span>{" "}
                  <Link to={`/units/${encodeURIComponent(term.unit.code)}`}>{term.unit.shortName ?? term.unit.name}</Link>
                </p>
                {term.handedOverAt && (
                  <p className="timeline-handover">
                    <span aria-hidden="true">⇄ </span>
                    {t("cluster.handover", {
                      from: from ? (from.unit.shortName ?? from.unit.name) : t("common.none"),
                      date: date(term.handedOverAt),
                    })}
                    {term.handedOverAtEvent && <> {t("cluster.handoverAt", { event: term.handedOverAtEvent.title })}</>}
                    {term.receivedBy && (
                      <>
                        <br />
                        {t("cluster.receivedBy", { name: term.receivedBy.fullName })}
                      </>
                    )}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
