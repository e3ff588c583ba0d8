import { Badge, Card, Select, Table, Text, Title } from "@mantine/core";
import { lazy, useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { QueryStatus } from "../../components/query-status.tsx";
import type { ScoreboardQuery } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { ChangeText } from "./change-text.tsx";
import { ChartOrTable } from "./chart-or-table.tsx";
import { ScoreboardQuery as ScoreboardDocument } from "./operations.ts";

const RankingChart = lazy(() => import("./charts.tsx").then((module) => ({ default: module.RankingChart })));

type Scoreboard = Extract<ScoreboardQuery["clusterScoreboard"], { __typename: "ClusterScoreboard" }>;
type Entry = Scoreboard["entries"][number];

/** The members ranked on one indicator of the year (chosen from all), as bars or as a table. */
export function RankingSection({ clusterNumber, year }: { clusterNumber: number; year: number }) {
  const { t, pick } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: ScoreboardDocument, variables: { number: clusterNumber, year } });
  const [chosen, setChosen] = useState("CASE_CLEARANCE_RATE");
  const board = data?.clusterScoreboard.__typename === "ClusterScoreboard" ? data.clusterScoreboard : null;
  const indicator = board?.indicators.find((candidate) => candidate.code === chosen) ?? board?.indicators[0];
  const entries = board && indicator ? board.entries.filter((entry) => entry.indicator.code === indicator.code) : [];

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="ranking-heading">
      <Title order={2} size="h4" id="ranking-heading">
        {t("ranking.title", { year })}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("ranking.intro")}
      </Text>
      <QueryStatus fetching={fetching && !data} error={error} />
      {data?.clusterScoreboard.__typename !== "ClusterScoreboard" && data && "message" in data.clusterScoreboard && (
        <Text c="dimmed">{data.clusterScoreboard.message}</Text>
      )}
      {board && indicator && (
        <ChartOrTable
          label={pick(indicator.name, indicator.nameEn)}
          controls={
            <Select
              label={t("ranking.indicator")}
              data={board.indicators.map((option) => ({ value: option.code, label: pick(option.name, option.nameEn) }))}
              value={indicator.code}
              onChange={(value) => value && setChosen(value)}
              allowDeselect={false}
              searchable
              w={{ base: "100%", sm: 420 }}
              comboboxProps={{ withinPortal: true }}
            />
          }
          chart={<RankingBars entries={entries} measure={indicator.measure} label={pick(indicator.name, indicator.nameEn)} />}
          table={<RankingTable entries={entries} measure={indicator.measure} year={year} caption={pick(indicator.name, indicator.nameEn)} />}
        />
      )}
    </Card>
  );
}

function RankingBars({ entries, measure, label }: { entries: readonly Entry[]; measure: Scoreboard["indicators"][number]["measure"]; label: string }) {
  const { measure: format } = useI18n();
  const bars = entries
    .filter((entry) => entry.value != null)
    .map((entry) => ({ unit: entry.unit.shortName ?? entry.unit.code, value: entry.value as number }));
  return <RankingChart bars={bars} valueLabel={label} format={(value) => format(value, measure)} />;
}

function RankingTable({ entries, measure, year, caption }: { entries: readonly Entry[]; measure: Scoreboard["indicators"][number]["measure"]; year: number; caption: string }) {
  const { t, pick, measure: format } = useI18n();
  const isRate = measure === "PERCENT";
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("ranking.rank")}</Table.Th>
            <Table.Th scope="col">{t("cluster.unit")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {year}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {year - 1}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("ranking.change")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("ranking.target")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.unit.code}>
              <Table.Td>{entry.rank == null ? t("common.none") : t("ranking.rankOf", { rank: entry.rank, of: entry.rankedUnits })}</Table.Td>
              <Table.Th scope="row" fw={500}>
                <Link to={`/units/${encodeURIComponent(entry.unit.code)}`}>{entry.unit.shortName ?? pick(entry.unit.name, entry.unit.nameEn)}</Link>
              </Table.Th>
              <Table.Td ta="right" className="numeric">
                {entry.value == null ? t("common.none") : format(entry.value, measure)}
              </Table.Td>
              <Table.Td ta="right" className="numeric">
                {entry.previous.value == null ? t("common.none") : format(entry.previous.value, measure)}
              </Table.Td>
              <Table.Td ta="right">
                <ChangeText
                  size="xs"
                  change={isRate ? entry.absoluteChange : entry.percentChange}
                  kind={isRate ? "points" : "percent"}
                  assessment={entry.betterOrWorse}
                />
              </Table.Td>
              <Table.Td ta="right">
                {entry.target == null ? (
                  t("common.none")
                ) : (
                  <>
                    <span className="numeric">{format(entry.target, measure)}</span>{" "}
                    {entry.targetMet != null && (
                      <Badge size="xs" variant="light" color={entry.targetMet ? "teal" : "flag"}>
                        {entry.targetMet ? t("ranking.met") : t("ranking.notMet")}
                      </Badge>
                    )}
                  </>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

