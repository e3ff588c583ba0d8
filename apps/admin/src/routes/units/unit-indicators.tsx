import { Card, Text, Title } from "@mantine/core";
import { useQuery } from "urql";
import { QueryStatus } from "../../components/query-status.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { IndicatorCatalogQuery, UnitIndicatorsQuery } from "./operations.ts";
import { TableScroll } from "../../components/table-scroll.tsx";

/** The first year the data can hold; years without any figure are left out of the table. */
const firstYear = 2015;

/** Every indicator of the unit and its divisions, year by year: one row per indicator. */
export function UnitIndicators({ code }: { code: string }) {
  const { t, pick, measure } = useI18n();
  const [catalog] = useQuery({ query: IndicatorCatalogQuery });
  const indicators = catalog.data?.indicators.edges.map((edge) => edge.node.code) ?? [];
  const [{ data, fetching, error }] = useQuery({
    query: UnitIndicatorsQuery,
    variables: { code, indicators, from: `${firstYear}-01-01`, to: `${new Date().getFullYear()}-12-31` },
    pause: indicators.length === 0,
  });
  const series = data?.metricSeries.__typename === "MetricSeries" ? data.metricSeries : null;
  const rows = series?.rows ?? [];
  const years = [...new Set(rows.filter((row) => row.value != null).map((row) => row.bucket ?? ""))].filter(Boolean).sort();
  const figureOf = (indicator: string, year: string) => rows.find((row) => row.indicator?.code === indicator && row.bucket === year)?.value;
  const reported = series?.indicators.filter((indicator) => years.some((year) => figureOf(indicator.code, year) != null)) ?? [];

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="unit-indicators-heading">
      <Title order={2} size="h4" id="unit-indicators-heading">
        {t("unit.indicators")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("unit.indicatorsIntro")}
      </Text>
      <QueryStatus fetching={(fetching || catalog.fetching) && !data} error={error ?? catalog.error} />
      {data && data.metricSeries.__typename !== "MetricSeries" && "message" in data.metricSeries && <Text c="dimmed">{data.metricSeries.message}</Text>}
      {series &&
        (reported.length === 0 ? (
          <Text c="dimmed">{t("indicator.noValue")}</Text>
        ) : (
          <TableScroll minWidth={640}>
            <table className="data-table" aria-labelledby="unit-indicators-heading">
              <thead>
                <tr>
                  <th scope="col">{t("ranking.indicator")}</th>
                  {years.map((year) => (
                    <th scope="col" key={year} className="num">
                      {year}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {reported.map((indicator) => (
                  <tr key={indicator.code}>
                    <th scope="row">
                      {pick(indicator.name, indicator.nameEn)}
                    </th>
                    {years.map((year) => {
                      const value = figureOf(indicator.code, year);
                      return (
                        <td key={year} className="numeric num">
                          {value == null ? t("common.none") : measure(value, indicator.measure)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ))}
    </Card>
  );
}
