import { Anchor, Grid, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Fragment, type ReactNode, useEffect } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { useAccount } from "../../components/account.tsx";
import { NotFound } from "../../components/not-found.tsx";
import { QueryStatus } from "../../components/query-status.tsx";
import { rosterReaders } from "../../extensions/access.ts";
import { widgets } from "../../extensions/catalog.ts";
import { OverviewWidgetCell, widgetsFor } from "../../extensions/overview-widgets.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { CompletenessSection } from "./completeness-section.tsx";
import { Conference } from "./conference.tsx";
import { EventsSection } from "./events-section.tsx";
import { KpiCards } from "./kpi-cards.tsx";
import { LeaderTimeline } from "./leader-timeline.tsx";
import { LeadershipAndEventsQuery, OverviewQuery } from "./operations.ts";
import { readOverviewParams } from "./overview-params.ts";
import { RankingSection } from "./ranking-section.tsx";
import { TrendSection } from "./trend-section.tsx";

/**
 * The home page: one cluster in one year. Key figures against the year before, the members ranked,
 * monthly trends, reporting completeness, the leader rotation, the year's events and its review
 * conference, then the widgets other areas register (src/extensions/). Each section loads on its
 * own, so a slow one holds up nothing else.
 */
export function OverviewPage() {
  const { t, pick } = useI18n();
  const { role } = useAccount();
  const [params, setParams] = useSearchParams();
  const { cluster: clusterNumber, year } = readOverviewParams(params);

  // the address always names the view it shows, so it can be bookmarked as is
  useEffect(() => {
    if (params.get("cluster") !== String(clusterNumber) || params.get("year") !== String(year)) {
      setParams({ cluster: String(clusterNumber), year: String(year) }, { replace: true });
    }
  }, [params, clusterNumber, year, setParams]);

  const scope = { clusterNumbers: [clusterNumber] };
  const [{ data, fetching, error }] = useQuery({
    query: OverviewQuery,
    variables: { number: clusterNumber, year, period: { year }, baselineYear: year - 1, scope },
  });
  const withRanks = rosterReaders.includes(role);
  const [leadership] = useQuery({ query: LeadershipAndEventsQuery, variables: { number: clusterNumber, year, withRanks } });

  const cluster = data?.cluster;
  if (data && !cluster) return <NotFound />;
  const terms = leadership.data?.cluster?.leadershipTerms ?? [];
  const nextLeader = terms.find((term) => term.role === "LEADER" && term.year === year + 1);
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
    <Stack gap="lg">
      <title>{cluster ? `${t("overview.title")} – ${pick(cluster.name, cluster.nameEn)} – ${year}` : t("overview.title")}</title>
      <Group justify="space-between" align="flex-end" gap="md">
        <div>
          <Text size="xs" fw={600} tt="uppercase" c="flag.7" style={{ letterSpacing: "0.06em" }}>
            {t("overview.eyebrow", { year })}
          </Text>
          <Title order={1} size="h2">
            {cluster ? pick(cluster.name, cluster.nameEn) : t("overview.title")}
          </Title>
          {cluster && (
            <Text size="sm" c="dimmed">
              {t("cluster.membersCount", { count: cluster.members.length })} ·{" "}
              <Anchor component={Link} to="/clusters" size="sm">
                {t("overview.allClusters")}
              </Anchor>
            </Text>
          )}
        </div>
        {cluster && (
          <Paper withBorder p="sm" px="md" component="section" aria-labelledby="leader-heading" className="leader-card">
            <Text size="xs" fw={600} c="dimmed" component="h2" id="leader-heading" m={0}>
              {t("cluster.leaderOfYear", { year })}
            </Text>
            {cluster.leader ? (
              <Text fw={700} size="lg">
                <Link to={`/units/${encodeURIComponent(cluster.leader.code)}`}>{cluster.leader.shortName ?? pick(cluster.leader.name, cluster.leader.nameEn)}</Link>
              </Text>
            ) : (
              <Text c="dimmed">{t("cluster.noLeader")}</Text>
            )}
            {nextLeader && (
              <Text size="xs" c="dimmed">
                {t("overview.nextLeader", { year: year + 1, unit: nextLeader.unit.shortName ?? nextLeader.unit.name })}
              </Text>
            )}
          </Paper>
        )}
      </Group>

      <QueryStatus fetching={fetching && !data} error={error} />
      {data && cluster && (
        <>
          <KpiCards data={data} year={year} />
          <Grid gap="md">
            {sections
              .sort((a, b) => a.order - b.order)
              .map((section) => (
                <Fragment key={section.key}>{section.node}</Fragment>
              ))}
          </Grid>
        </>
      )}
    </Stack>
  );
}
