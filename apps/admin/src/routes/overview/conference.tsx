import { Badge, Card, Group, List, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { ConferenceDetailsFragment, ParticipantRole } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { TableScroll } from "../../components/table-scroll.tsx";

const roleColours: { readonly [R in ParticipantRole]?: string } = { DIRECTS: "flag", CHAIRS: "ministry" };

/**
 * One conference: what, when, where, who took part in which role and title, and what it decided.
 * Ranks are roster data: shown to the roles that may read the roster (`withRanks`).
 */
export function Conference({ event, withRanks }: { event: ConferenceDetailsFragment; withRanks: boolean }) {
  const { t, date, pick, enumLabel } = useI18n();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="conference-heading">
      <Text size="xs" fw={600} tt="uppercase" c="flag.7" style={{ letterSpacing: "0.06em" }}>
        {enumLabel("EventKind", event.kind)}
      </Text>
      <Title order={2} size="h4" id="conference-heading" mb="xs">
        {pick(event.title, event.titleEn)}
      </Title>
      <Group gap="xl" mb="md">
        <div>
          <Text size="xs" c="dimmed" fw={600}>
            {t("cluster.date")}
          </Text>
          <time dateTime={event.date}>{date(event.date)}</time>
        </div>
        {event.hostUnit && (
          <div>
            <Text size="xs" c="dimmed" fw={600}>
              {t("cluster.host")}
            </Text>
            <Link to={`/units/${encodeURIComponent(event.hostUnit.code)}`}>{event.hostUnit.shortName ?? event.hostUnit.name}</Link>
          </div>
        )}
      </Group>

      <TableScroll minWidth={640}>
        <table className="data-table">
          <caption>
            {t("cluster.participants")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("cluster.role")}</th>
              <th scope="col">{t("cluster.person")}</th>
              {withRanks && <th scope="col">{t("cluster.rank")}</th>}
              <th scope="col">{t("cluster.titleAtEvent")}</th>
              <th scope="col">{t("cluster.unit")}</th>
            </tr>
          </thead>
          <tbody>
            {event.participants.map((participant) => (
              <tr key={participant.person.id + participant.role}>
                <td>
                  {/* a badge may shrink to an ellipsis in a narrow table: it keeps its label's width */}
                  <Badge variant="light" color={roleColours[participant.role] ?? "gray"} size="sm" miw="max-content">
                    {enumLabel("ParticipantRole", participant.role)}
                  </Badge>
                </td>
                <th scope="row">
                  {participant.person.fullName}
                </th>
                {withRanks && (
                  <td>
                    {participant.rankAtEvent ? (
                      enumLabel("Rank", participant.rankAtEvent)
                    ) : (
                      <Text span c="dimmed" size="sm">
                        {t("common.civilian")}
                      </Text>
                    )}
                  </td>
                )}
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
      </TableScroll>

      {event.outcomes.length > 0 && (
        <>
          <Title order={3} size="h5" mt="md" mb="xs">
            {t("cluster.outcomes")}
          </Title>
          <List spacing={4} size="sm">
            {event.outcomes.map((outcome) => (
              <List.Item key={outcome}>{outcome}</List.Item>
            ))}
          </List>
        </>
      )}
    </Card>
  );
}
