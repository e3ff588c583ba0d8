import { Badge, Card, NativeSelect, Text, Title } from "@mantine/core";
import { lazy, useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { QueryStatus } from "../../components/query-status.tsx";
import type { ScoreboardQuery } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { ChangeText } from "./change-text.tsx";
import { ChartOrTable } from "./chart-or-table.tsx";
import { ScoreboardQuery as ScoreboardDocument } from "./operations.ts";
import { TableScroll } from "../../components/table-scroll.tsx";

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
            <NativeSelect
              label={t("ranking.indicator")}
              data={board.indicators.map((option) => ({ value: option.code, label: pick(option.name, option.nameEn) }))}
              value={indicator.code}
              onChange={(event) => setChosen(event.currentTarget.value)}
              w={{ base: "100%", sm: 420 }}
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
    <TableScroll minWidth={640}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("ranking.rank")}</th>
            <th scope="col">{t("cluster.unit")}</th>
            <th scope="col" className="num">
              {year}
            </th>
            <th scope="col" className="num">
              {year - 1}
            </th>
            <th scope="col" className="num">
              {t("ranking.change")}
            </th>
            <th scope="col" className="num">
              {t("ranking.target")}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.unit.code}>
              <td>{entry.rank == null ? t("common.none") : t("ranking.rankOf", { rank: entry.rank, of: entry.rankedUnits })}</td>
              <th scope="row">
                <Link to={`/units/${encodeURIComponent(entry.unit.code)}`}>{entry.unit.shortName ?? pick(entry.unit.name, entry.unit.nameEn)}</Link>
              </th>
              <td className="numeric num">
                {entry.value == null ? t("common.none") : format(entry.value, measure)}
              </td>
              <td className="numeric num">
                {entry.previous.value == null ? t("common.none") : format(entry.previous.value, measure)}
              </td>
              <td className="num">
                <ChangeText
                  size="xs"
                  change={isRate ? entry.absoluteChange : entry.percentChange}
                  kind={isRate ? "points" : "percent"}
                  assessment={entry.betterOrWorse}
                />
              </td>
              <td className="num">
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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

