import type { ClusterOverviewQuery } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";

type EventSummary = ClusterOverviewQuery["events"]["edges"][number]["node"];

/** The cluster's other events of the year, latest first: date, kind and title. */
export function EventList({ year, events }: { year: number; events: readonly EventSummary[] }) {
  const { t, date, pick, enumLabel } = useI18n();
  return (
    <section className="card" aria-labelledby="event-list-heading">
      <h2 id="event-list-heading">{t("cluster.otherEvents", { year })}</h2>
      <div className="table-wrap">
        <table aria-labelledby="event-list-heading">
          <thead>
            <tr>
              <th scope="col">{t("cluster.date")}</th>
              <th scope="col">{t("common.kind")}</th>
              <th scope="col">{t("cluster.eventTitle")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <td className="nowrap">
                  <time dateTime={event.date}>{date(event.date)}</time>
                </td>
                <td>{enumLabel("EventKind", event.kind)}</td>
                <th scope="row">{pick(event.title, event.titleEn)}</th>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
