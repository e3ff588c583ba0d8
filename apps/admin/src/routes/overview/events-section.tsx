import { Badge, Card, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { LeadershipAndEventsQuery } from "../../graphql/generated/graphql.ts";
import { toDateScalar } from "../../graphql/scalars.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { TableScroll } from "../../components/table-scroll.tsx";

type EventSummary = LeadershipAndEventsQuery["events"]["edges"][number]["node"];

function EventTable({ events, caption }: { events: readonly EventSummary[]; caption: string }) {
  const { t, date, pick, enumLabel } = useI18n();
  return (
    <TableScroll minWidth={480}>
      <table className="data-table">
        <caption>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("cluster.date")}</th>
            <th scope="col">{t("cluster.eventTitle")}</th>
            <th scope="col">{t("cluster.host")}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td className="nowrap">
                <time dateTime={event.date}>{date(event.date)}</time>
              </td>
              <th scope="row">
                <Badge size="xs" variant="light" color="gray" mr={6}>
                  {enumLabel("EventKind", event.kind)}
                </Badge>
                {pick(event.title, event.titleEn)}
              </th>
              <td>
                {event.hostUnit ? (
                  <Link to={`/units/${encodeURIComponent(event.hostUnit.code)}`}>{event.hostUnit.shortName ?? event.hostUnit.name}</Link>
                ) : (
                  t("common.none")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The cluster's events of the year: those still to come (soonest first), then those held (latest first). */
export function EventsSection({ events, year }: { events: readonly EventSummary[]; year: number }) {
  const { t } = useI18n();
  const today = toDateScalar(new Date());
  const upcoming = events.filter((event) => event.date >= today);
  const past = events.filter((event) => event.date < today).reverse();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="events-heading" h="100%">
      <Title order={2} size="h4" id="events-heading" mb="sm">
        {t("overview.events", { year })}
      </Title>
      {events.length === 0 ? (
        <Text c="dimmed">{t("overview.eventsNone")}</Text>
      ) : (
        <Stack gap="lg">
          {upcoming.length > 0 ? <EventTable events={upcoming} caption={t("overview.eventsUpcoming")} /> : <Text size="sm" c="dimmed">{t("overview.eventsNoneUpcoming")}</Text>}
          {past.length > 0 && <EventTable events={past} caption={t("overview.eventsPast")} />}
        </Stack>
      )}
    </Card>
  );
}
