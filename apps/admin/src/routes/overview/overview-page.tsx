import { Anchor, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { lazy, Suspense, useEffect } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { useAccount } from "../../components/account.tsx";
import { NotFound } from "../../components/not-found.tsx";
import { QueryStatus } from "../../components/query-status.tsx";
import { rosterReaders } from "../../extensions/access.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { KpiCards } from "./kpi-cards.tsx";
import { OverviewQuery } from "./operations.ts";
import { readOverviewParams } from "./overview-params.ts";

const OverviewSections = lazy(() => import("./overview-sections.tsx").then((module) => ({ default: module.OverviewSections })));

/**
 * The home page: one cluster in one year. The leader and the key figures against the year before
 * first; then the members ranked, monthly trends, reporting completeness, the leader rotation, the
 * year's events and its review conference, and the registered widgets (overview-sections.tsx).
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
    variables: { number: clusterNumber, year, nextYear: year + 1, period: { year }, baselineYear: year - 1, scope },
  });

  const cluster = data?.cluster;
  if (data && !cluster) return <NotFound />;
  const nextLeader = cluster?.nextLeader;

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
          <Paper withBorder p="sm" px="md" component="section" aria-labelledby="leader-heading">
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
                {t("overview.nextLeader", { year: year + 1, unit: nextLeader.shortName ?? nextLeader.name })}
              </Text>
            )}
          </Paper>
        )}
      </Group>

      <QueryStatus fetching={fetching && !data} error={error} />
      {data && cluster && (
        <>
          <KpiCards data={data} year={year} />
          <Suspense fallback={<Skeleton height={480} radius="md" />}>
            <OverviewSections clusterNumber={clusterNumber} year={year} role={role} withRanks={rosterReaders.includes(role)} />
          </Suspense>
        </>
      )}
    </Stack>
  );
}
