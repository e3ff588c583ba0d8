import { Group, Paper, Text } from "@mantine/core";
import type { KpiComparisonFragment, OverviewQuery } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { ChangeText } from "./change-text.tsx";

/**
 * One key figure of the year for the whole cluster: its value, the change on the year before
 * (points for a rate, percent for the rest) and a flag when the numbers are too small for a
 * percentage to mean anything. `published` is the figure a conference announced, shown when the
 * members' own reports do not give one.
 */
function KpiCard({ result, year, published }: { result: KpiComparisonFragment; year: number; published?: number | null | undefined }) {
  const { t, pick, measure } = useI18n();
  if (result.__typename !== "MetricComparison") {
    return (
      <Paper withBorder p="lg">
        <Text size="sm" c="dimmed">
          {"message" in result ? result.message : t("indicator.noValue")}
        </Text>
      </Paper>
    );
  }
  const { indicator, current, base } = result;
  const value = current.value ?? published ?? null;
  const captionId = `kpi-${indicator.code}`;
  const isRate = indicator.measure === "PERCENT";
  return (
    <Paper withBorder p="lg" component="figure" m={0} aria-labelledby={captionId}>
      <Text component="figcaption" id={captionId} size="sm" fw={600} c="dimmed" lh={1.3} mih="2.6em">
        {pick(indicator.name, indicator.nameEn)}
      </Text>
      <Text fz={32} fw={700} lh={1.2} mt={6} className="figure-value" data-testid={`kpi-value-${indicator.code}`}>
        {value == null ? t("common.none") : measure(value, indicator.measure)}
      </Text>
      {current.value == null && value != null && (
        <Text size="xs" c="dimmed">
          {t("indicator.reported")}
        </Text>
      )}
      <Group gap="xs" mt="xs" wrap="wrap">
        {current.value != null && base.value != null ? (
          <>
            <ChangeText
              change={isRate ? result.absoluteChange : result.smallNumbers ? null : result.percentChange}
              kind={isRate ? "points" : "percent"}
              assessment={result.betterOrWorse}
            />
            <Text size="xs" c="dimmed">
              {t("kpi.versus", { year: year - 1, value: measure(base.value, indicator.measure) })}
            </Text>
          </>
        ) : (
          current.value != null && (
            <Text size="xs" c="dimmed">
              {t("kpi.noBase", { year: year - 1 })}
            </Text>
          )
        )}
        {result.smallNumbers && (
          <span className="flag-badge">{t("kpi.smallNumbers")}</span>
        )}
      </Group>
      {result.smallNumbers && (
        <Text size="xs" c="dimmed" mt={4}>
          {t("kpi.smallNumbersHint")}
        </Text>
      )}
    </Paper>
  );
}

/** The year's key figures for the cluster, each against the year before. */
export function KpiCards({ data, year }: { data: OverviewQuery; year: number }) {
  const published = data.clearanceRate.__typename === "IndicatorValue" ? data.clearanceRate.reportedValue : null;
  return (
    <div className="kpi-grid">
      <KpiCard result={data.clearance} year={year} published={published} />
      <KpiCard result={data.crimes} year={year} />
      <KpiCard result={data.drugs} year={year} />
      <KpiCard result={data.trafficDeaths} year={year} />
    </div>
  );
}
