// The overview below its key figures: loaded as a chunk of its own while the header, the key
// figures and the leader show (scripts/bundle-budget.mjs counts it apart).
import { Grid, Paper, Text, Title } from "@mantine/core";
import { Fragment, type ReactNode } from "react";
import { useQuery } from "urql";
import { QueryStatus } from "../../components/query-status.tsx";
import type { AccountRole } from "../../extensions/access.ts";
import { widgets } from "../../extensions/catalog.ts";
import { OverviewWidgetCell, widgetsFor } from "../../extensions/overview-widgets.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { CompletenessSection } from "./completeness-section.tsx";
import { Conference } from "./conference.tsx";
import { EventsSection } from "./events-section.tsx";
import { LeaderTimeline } from "./leader-timeline.tsx";
import { LeadershipAndEventsQuery } from "./operations.ts";
import { RankingSection } from "./ranking-section.tsx";
import { TrendSection } from "./trend-section.tsx";

/**
 * The members ranked, monthly trends, reporting completeness, the leader rotation, the year's
 * events and its review conference, and the widgets other areas register (src/extensions/), in
 * their order. Each section loads on its own, so a slow one holds up nothing else.
 */
export function OverviewSections({ clusterNumber, year, role, withRanks }: { clusterNumber: number; year: number; role: AccountRole; withRanks: boolean }) {
  const { t } = useI18n();
  const [leadership] = useQuery({ query: LeadershipAndEventsQuery, variables: { number: clusterNumber, year, withRanks } });
  const terms = leadership.data?.cluster?.leadershipTerms ?? [];
  const review = leadership.data?.review.edges[0]?.node;
  const events = leadership.data?.events.edges.map((edge) => edge.node) ?? [];

  const sections: Array<{ key: string; order: number; node: ReactNode }> = [
    {
      key: "ranking",
      order: 10,
      node: (
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <RankingSection clusterNumber={clusterNumber} year={year} />
        </Grid.Col>
      ),
    },
    {
      key: "completeness",
      order: 20,
      node: (
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <CompletenessSection clusterNumber={clusterNumber} year={year} />
        </Grid.Col>
      ),
    },
    {
      key: "trend",
      order: 30,
      node: (
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <TrendSection clusterNumber={clusterNumber} year={year} />
        </Grid.Col>
      ),
    },
    {
      key: "leaders",
      order: 40,
      node: (
        <Grid.Col span={{ base: 12, lg: 4 }}>
          {leadership.data ? <LeaderTimeline terms={terms} selectedYear={year} /> : <QueryStatus fetching={leadership.fetching} error={leadership.error} />}
        </Grid.Col>
      ),
    },
    {
      key: "events",
      order: 50,
      node: leadership.data && (
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <EventsSection events={events} year={year} />
        </Grid.Col>
      ),
    },
    {
      key: "conference",
      order: 60,
      node: leadership.data && (
        <Grid.Col span={12}>
          {review ? (
            <Conference event={review} withRanks={withRanks} />
          ) : (
            <Paper withBorder p="lg" component="section" aria-labelledby="conference-heading">
              <Title order={2} size="h4" id="conference-heading">
                {t("cluster.conference", { year })}
              </Title>
              <Text c="dimmed">{t("cluster.noConference")}</Text>
            </Paper>
          )}
        </Grid.Col>
      ),
    },
    ...widgetsFor(widgets, role).map((widget) => ({
      key: `widget-${widget.id}`,
      order: widget.order,
      node: <OverviewWidgetCell widget={widget} clusterNumber={clusterNumber} year={year} />,
    })),
  ];

  return (
    <Grid gap="md">
      {sections
        .sort((a, b) => a.order - b.order)
        .map((section) => (
          <Fragment key={section.key}>{section.node}</Fragment>
        ))}
    </Grid>
  );
}
