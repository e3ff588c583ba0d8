import { Link } from "react-router";
import type { ConferenceDetailsFragment } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";

/** One conference: what, when, where, who took part in which role and title, and what it decided. */
export function Conference({ event }: { event: ConferenceDetailsFragment }) {
  const { t, date, pick, enumLabel } = useI18n();
  return (
    <section className="card" aria-labelledby="conference-heading">
      <p className="eyebrow">{enumLabel("EventKind", event.kind)}</p>
      <h2 id="conference-heading">{pick(event.title, event.titleEn)}</h2>
      <dl className="facts">
        <div>
          <dt>{t("cluster.date")}</dt>
          <dd>
            <time dateTime={event.date}>{date(event.date)}</time>
          </dd>
        </div>
        {event.hostUnit && (
          <div>
            <dt>{t("cluster.host")}</dt>
            <dd>
              <Link to={`/units/${encodeURIComponent(event.hostUnit.code)}`}>{event.hostUnit.shortName ?? event.hostUnit.name}</Link>
            </dd>
          </div>
        )}
      </dl>

      <div className="table-wrap">
        <table>
          <caption>{t("cluster.participants")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("cluster.role")}</th>
              <th scope="col">{t("cluster.person")}</th>
              <th scope="col">{t("cluster.rank")}</th>
              <th scope="col">{t("cluster.titleAtEvent")}</th>
              <th scope="col">{t("cluster.unit")}</th>
            </tr>
          </thead>
          <tbody>
            {event.participants.map((participant) => (
              <tr key={participant.person.id + participant.role}>
                <td>
                  <span className={`badge role-${participant.role.toLowerCase()}`}>
                    {enumLabel("ParticipantRole", participant.role)}
                  </span>
                </td>
                <th scope="row">{participant.person.fullName}</th>
                <td>
                  {participant.rankAtEvent ? (
                    enumLabel("Rank", participant.rankAtEvent)
                  ) : (
                    <span className="muted">{t("common.civilian")}</span>
                  )}
                </td>
                <td>{participant.titleAtEvent ? pick(participant.titleAtEvent, participant.titleAtEventEn) : t("common.none")}</td>
                <td>
                  {participant.unit ? (
                    <Link to={`/units/${encodeURIComponent(participant.unit.code)}`}>{participant.unit.shortName ?? participant.unit.name}</Link>
                  ) : (
                    t("common.none")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {event.outcomes.length > 0 && (
        <>
          <h3>{t("cluster.outcomes")}</h3>
          <ul className="outcomes">
            {event.outcomes.map((outcome) => (
              <li key={outcome}>{outcome}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
