import { Group, SegmentedControl, Skeleton } from "@mantine/core";
import { type ReactNode, Suspense, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";

/**
 * A chart with its table view: the same figures either way, the table being what screen readers
 * and keyboard users read (the chart is hidden from them, its table is one switch away).
 */
export function ChartOrTable({ label, chart, table, controls }: { label: string; chart: ReactNode; table: ReactNode; controls?: ReactNode }) {
  const { t } = useI18n();
  const [view, setView] = useState<"chart" | "table">("chart");
  return (
    <>
      <Group justify="space-between" mb="sm" gap="sm">
        {controls ?? <span />}
        <SegmentedControl
          size="xs"
          aria-label={t("chart.viewLabel", { name: label })}
          value={view}
          onChange={(value) => setView(value === "table" ? "table" : "chart")}
          data={[
            { value: "chart", label: t("chart.chart") },
            { value: "table", label: t("chart.table") },
          ]}
        />
      </Group>
      {view === "chart" ? <Suspense fallback={<Skeleton height={260} />}>{chart}</Suspense> : table}
    </>
  );
}
