import { Link } from "react-router";
import type { LeadershipTermItemFragment } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";

type Term = LeadershipTermItemFragment;

/**
 * The cluster's leader (and deputy) year by year, oldest first. A term that began with a handover
 * names the unit it came from (the same role's term the year before), the day and the conference.
 */
export function LeaderTimeline({ terms, selectedYear }: { terms: readonly Term[]; selectedYear: number }) {
  const { t, date, pick, enumLabel } = useI18n();
  const byYear = new Map<number, Term[]>();
  for (const term of [...terms].sort((a, b) => a.year - b.year)) {
    byYear.set(term.year, [...(byYear.get(term.year) ?? []), term]);
  }
  // LEADER before DEPUTY_LEADER, the order of the domain's enum
  const roleOrder = (term: Term) => (term.role === "LEADER" ? 0 : 1);
  const previous = (term: Term) => byYear.get(term.year - 1)?.find((other) => other.role === term.role);

  return (
    <section className="card" aria-labelledby="leader-timeline-heading">
      <h2 id="leader-timeline-heading">{t("cluster.timeline")}</h2>
      {byYear.size === 0 ? (
        <p className="muted">{t("state.empty")}</p>
      ) : (
        <ol className="timeline">
          {[...byYear].map(([year, yearTerms]) => (
            <li key={year} className={year === selectedYear ? "timeline-item is-current" : "timeline-item"}>
              <h3 className="timeline-year">{year}</h3>
              {yearTerms.sort((a, b) => roleOrder(a) - roleOrder(b)).map((term) => {
                const from = previous(term);
                return (
                  <div
                    key={term.role}
                    className={term.role === "LEADER" ? "term term-leader" : "term"}
                    data-testid={term.role === "LEADER" ? `leader-${year}` : undefined}
                  >
                    <p className="term-unit">
                      <span className={term.role === "LEADER" ? "badge badge-accent" : "badge"}>{enumLabel("ClusterRole", term.role)}</span>
                      <Link to={`/units/${encodeURIComponent(term.unit.code)}`}>{term.unit.shortName ?? term.unit.name}</Link>
                    </p>
                    {term.handedOverAt && (
                      <p className="handover">
                        <span aria-hidden="true">⇄ </span>
                        {t("cluster.handover", {
                          from: from ? (from.unit.shortName ?? from.unit.name) : t("common.none"),
                          date: date(term.handedOverAt),
                        })}
                        {term.handedOverAtEvent && <> {t("cluster.handoverAt", { event: pick(term.handedOverAtEvent.title, term.handedOverAtEvent.titleEn) })}</>}
                        {term.receivedBy && (
                          <span className="secondary">{t("cluster.receivedBy", { name: term.receivedBy.fullName })}</span>
                        )}
                      </p>
                    )}
                  </div>
                );
              })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
