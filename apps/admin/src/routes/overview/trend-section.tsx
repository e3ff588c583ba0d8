import { Card, Select, Table, Text, Title } from "@mantine/core";
import { lazy, useState } from "react";
import { useQuery } from "urql";
import { QueryStatus } from "../../components/query-status.tsx";
import type { MeasureKind, TrendSeriesFragment } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { ChartOrTable } from "./chart-or-table.tsx";
import { TrendQuery } from "./operations.ts";

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
          <Select
            label={t("ranking.indicator")}
            data={trendIndicators.map((indicator) => ({ value: indicator.code, label: t(`trend.indicator.${indicator.code}`) }))}
            value={code}
            onChange={(value) => value && setCode(value as TrendIndicator)}
            allowDeselect={false}
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
          <Table.ScrollContainer minWidth={360}>
            <Table striped verticalSpacing={4}>
              <caption className="visually-hidden">{label}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("trend.month")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {year}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {year - 1}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {points.map((point) => (
                  <Table.Tr key={point.month}>
                    <Table.Th scope="row" fw={500}>
                      {point.month}
                    </Table.Th>
                    <Table.Td ta="right" className="numeric">
                      {show(point.current)}
                    </Table.Td>
                    <Table.Td ta="right" className="numeric">
                      {show(point.previous)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        }
      />
    </Card>
  );
}
