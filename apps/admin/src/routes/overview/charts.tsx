// The overview's charts, in a chunk of their own (recharts is most of the chart weight): the
// overview loads this module only when a chart is first shown.
import "@mantine/charts/styles.layer.css";
import { BarChart, LineChart } from "@mantine/charts";

export interface RankingBar {
  unit: string;
  value: number;
}

/** Members' values for one indicator, best first, as horizontal bars. */
export function RankingChart({ bars, valueLabel, format }: { bars: RankingBar[]; valueLabel: string; format: (value: number) => string }) {
  return (
    <div aria-hidden="true">
      <BarChart
        h={Math.max(160, bars.length * 38 + 40)}
        data={bars}
        dataKey="unit"
        orientation="vertical"
        series={[{ name: "value", label: valueLabel, color: "ministry.6" }]}
        valueFormatter={format}
        withBarValueLabel
        yAxisProps={{ width: 130 }}
        gridAxis="y"
        maxBarWidth={26}
      />
    </div>
  );
}

export interface TrendPoint {
  month: string;
  current: number | null;
  previous: number | null;
}

/** One indicator month by month, this year against the year before. */
export function TrendChart({ points, currentLabel, previousLabel, format }: { points: TrendPoint[]; currentLabel: string; previousLabel: string; format: (value: number) => string }) {
  return (
    <div aria-hidden="true">
      <LineChart
        h={260}
        data={points}
        dataKey="month"
        series={[
          { name: "current", label: currentLabel, color: "ministry.6" },
          { name: "previous", label: previousLabel, color: "gray.5", strokeDasharray: "5 5" },
        ]}
        valueFormatter={format}
        withLegend
        connectNulls={false}
        curveType="monotone"
      />
    </div>
  );
}
