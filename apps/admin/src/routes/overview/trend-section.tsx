import { Card, NativeSelect, Text, Title } from "@mantine/core";
import { lazy, useState } from "react";
import { useQuery } from "urql";
import { QueryStatus } from "../../components/query-status.tsx";
import type { MeasureKind, TrendSeriesFragment } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { ChartOrTable } from "./chart-or-table.tsx";
import { TrendQuery } from "./operations.ts";
import { TableScroll } from "../../components/table-scroll.tsx";

const TrendChart = lazy(() => import("./charts.tsx").then((module) => ({ default: module.TrendChart })));

/** The indicators a trend can follow: the KPIs, whose names the dictionary carries. */
const trendIndicators = [
  { code: "CASE_CLEARANCE_RATE", measure: "PERCENT" },
  { code: "CRIMES_RECORDED", measure: "COUNT" },
  { code: "DRUG_CASES_DETECTED", measure: "COUNT" },
  { code: "TRAFFIC_ACCIDENTS", measure: "COUNT" },
  { code: "TRAFFIC_DEATHS", measure: "COUNT" },
] as const satisfies ReadonlyArray<{ code: string; measure: MeasureKind }>;

type TrendIndicator = (typeof trendIndicators)[number]["code"];

function values(series: TrendSeriesFragment | undefined): ReadonlyArray<{ from: string; value?: number | null }> {
  return series?.__typename === "MetricSeries" ? series.rows : [];
}

/** One indicator month by month over the cluster's members, this year against the year before. */
export function TrendSection({ clusterNumber, year }: { clusterNumber: number; year: number }) {
  const { t, measure: format, month } = useI18n();
  const [code, setCode] = useState<TrendIndicator>("CASE_CLEARANCE_RATE");
  const measure = trendIndicators.find((indicator) => indicator.code === code)?.measure ?? "COUNT";
  const [{ data, fetching, error }] = useQuery({
    query: TrendQuery,
    variables: {
      indicator: code,
      scope: { clusterNumbers: [clusterNumber] },
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      previousFrom: `${year - 1}-01-01`,
      previousTo: `${year - 1}-12-31`,
    },
  });
  const previous = values(data?.previous);
  const points = values(data?.current).map((row, index) => ({
    month: month(row.from),
    current: row.value ?? null,
    previous: previous[index]?.value ?? null,
  }));
  const label = t(`trend.indicator.${code}`);
  const show = (value: number | null) => (value == null ? t("common.none") : format(value, measure));

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="trend-heading" h="100%">
      <Title order={2} size="h4" id="trend-heading">
        {t("trend.title", { year })}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("trend.intro", { previous: year - 1 })}
      </Text>
      <ChartOrTable
        label={label}
        controls={
          <NativeSelect
            label={t("ranking.indicator")}
            data={trendIndicators.map((indicator) => ({ value: indicator.code, label: t(`trend.indicator.${indicator.code}`) }))}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value as TrendIndicator)}
            w={{ base: "100%", sm: 300 }}
          />
        }
        chart={
          data ? (
            <TrendChart points={points} currentLabel={String(year)} previousLabel={String(year - 1)} format={(value) => format(value, measure)} />
          ) : (
            <QueryStatus fetching={fetching} error={error} />
          )
        }
        table={
          <TableScroll minWidth={360}>
            <table className="data-table">
              <caption className="visually-hidden">{label}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("trend.month")}</th>
                  <th scope="col" className="num">
                    {year}
                  </th>
                  <th scope="col" className="num">
                    {year - 1}
                  </th>
                </tr>
              </thead>
              <tbody>
                {points.map((point) => (
                  <tr key={point.month}>
                    <th scope="row">
                      {point.month}
                    </th>
                    <td className="numeric num">
                      {show(point.current)}
                    </td>
                    <td className="numeric num">
                      {show(point.previous)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        }
      />
    </Card>
  );
}
