// Metrics entry (nhập số liệu): the member units of a cluster × the indicators, for one month,
// quarter or year. A cell opens its editor; a CLOSED period is read-only. The period lives in the
// address (?cluster=1&year=2024&granularity=MONTH&period=2024-03-01).
import { Alert, Badge, Button, Group, Modal, NumberInput, ScrollArea, Select, Stack, Table, Text, Title, UnstyledButton } from "@mantine/core";
import { granularities } from "@thidua/domain/enums";
import { isPeriodStartAligned } from "@thidua/domain/inputs/observations";
import { lazy, Suspense, useState } from "react";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { QueryStatus } from "../../components/query-status.tsx";
import { useWriteAccess } from "../../forms/write-access.ts";
import type { Granularity } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useLiveChanges } from "../../live/use-live-changes.ts";
import { type CellTarget, CellEditor } from "./cell-editor.tsx";
import { MetricsGridQuery } from "./operations.ts";
import "./metrics-entry.css";

const ImportDialog = lazy(() => import("../../bulk/import-dialog.tsx"));

const pad = (part: number) => String(part).padStart(2, "0");

/** The first days of the periods of a year at a granularity: 12 months, 4 quarters or the year. */
export function periodStarts(year: number, granularity: Granularity): string[] {
  const months = granularity === "MONTH" ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : granularity === "QUARTER" ? [1, 4, 7, 10] : [1];
  return months.map((month) => `${year}-${pad(month)}-01`);
}

export function MetricsEntryPage() {
  const { t, pick, enumLabel, locale } = useI18n();
  const access = useWriteAccess();
  const [params, setParams] = useSearchParams();
  const clusterNumber = Number(params.get("cluster")) || 1;
  const year = Number(params.get("year")) || new Date().getFullYear() - 1;
  const granularity = (granularities as readonly string[]).includes(params.get("granularity") ?? "") ? (params.get("granularity") as Granularity) : "MONTH";
  const requested = params.get("period");
  const periodStart = requested?.startsWith(`${year}-`) && isPeriodStartAligned(granularity, requested) ? requested : `${year}-01-01`;
  const [target, setTarget] = useState<CellTarget | null>(null);
  const [importing, setImporting] = useState(false);

  const [{ data, fetching, error }, refetch] = useQuery({
    query: MetricsGridQuery,
    variables: { clusterNumber, year, granularity, periodStart },
  });
  // figures recorded or corrected by anyone: read the grid again
  useLiveChanges("observation", () => refetch({ requestPolicy: "network-only" }));

  const set = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes)) {
          if (value === null) next.delete(name);
          else next.set(name, value);
        }
        return next;
      },
      { replace: true },
    );

  const period = data?.periods.edges[0]?.node ?? null;
  const closed = period?.status === "CLOSED";
  const members = data?.cluster?.members ?? [];
  const indicators = data?.indicators.edges.map((edge) => edge.node) ?? [];
  const cells = new Map((data?.observations.edges ?? []).map(({ node }) => [`${node.indicator.id}|${node.unit.id}`, node]));
  const number = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 });
  const periodLabel = (start: string) => {
    const month = Number(start.slice(5, 7));
    if (granularity === "MONTH") return t("metrics.month", { month, year });
    if (granularity === "QUARTER") return t("metrics.quarter", { quarter: (month + 2) / 3, year });
    return String(year);
  };

  return (
    <Stack>
      <title>{t("metrics.title")}</title>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t("metrics.title")}</Title>
        {(access.role === "ADMIN" || access.role === "UNIT_EDITOR") && (
          <Button variant="light" onClick={() => setImporting(true)}>
            {t("bulk.import")}
          </Button>
        )}
      </Group>
      <Group align="flex-end">
        <NumberInput label={t("metrics.cluster")} value={clusterNumber} min={1} w={120} onChange={(value) => set({ cluster: String(value || 1), period: null })} />
        <NumberInput label={t("metrics.year")} value={year} min={1945} max={2100} w={120} onChange={(value) => set({ year: String(value || year), period: null })} />
        <Select
          label={t("metrics.granularity")}
          w={140}
          data={granularities.map((value) => ({ value, label: enumLabel("Granularity", value) }))}
          value={granularity}
          onChange={(value) => set({ granularity: value, period: null })}
          allowDeselect={false}
        />
        {granularity !== "YEAR" && (
          <Select
            label={t("metrics.period")}
            w={180}
            data={periodStarts(year, granularity).map((start) => ({ value: start, label: periodLabel(start) }))}
            value={periodStart}
            onChange={(value) => set({ period: value })}
            allowDeselect={false}
          />
        )}
        {period && (
          <Badge size="lg" color={closed ? "gray" : "green"} variant="light">
            {enumLabel("PeriodStatus", period.status)}
          </Badge>
        )}
      </Group>
      {closed && (
        <Alert color="gray" title={t("metrics.closedTitle")}>
          {t("form.issue.periodClosed")}
        </Alert>
      )}
      <QueryStatus fetching={fetching && !data} error={error} />
      {data && members.length === 0 && <Text>{t("metrics.noMembers")}</Text>}
      {data && members.length > 0 && (
        <ScrollArea type="auto">
          <Table withTableBorder withColumnBorders striped highlightOnHover aria-label={t("metrics.gridLabel", { period: periodLabel(periodStart) })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("metrics.indicator")}</Table.Th>
                {members.map((unit) => (
                  <Table.Th key={unit.id} scope="col" ta="right">
                    {unit.shortName ?? unit.code}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {indicators.map((indicator) => {
                const isRate = indicator.aggregation === "RATIO_OF_SUMS";
                return (
                  <Table.Tr key={indicator.id}>
                    <Table.Th scope="row" fw={500}>
                      {pick(indicator.name, indicator.nameEn)}
                      <Text size="xs" c="dimmed">
                        {enumLabel("MeasureKind", indicator.measure)}
                      </Text>
                    </Table.Th>
                    {members.map((unit) => {
                      const observation = cells.get(`${indicator.id}|${unit.id}`) ?? null;
                      const editable = !closed && access.canWriteIn([unit.code]);
                      const label = `${pick(indicator.name, indicator.nameEn)}, ${unit.shortName ?? unit.code}`;
                      return (
                        <Table.Td key={unit.id} ta="right" p={0}>
                          <UnstyledButton
                            className="metrics-cell"
                            aria-label={`${label}: ${observation ? number.format(observation.value) : t("metrics.empty")}`}
                            disabled={!editable && !observation}
                            onClick={() =>
                              setTarget({
                                indicator: { id: indicator.id, name: pick(indicator.name, indicator.nameEn), isRate },
                                unit: { id: unit.id, label: unit.shortName ?? unit.code },
                                granularity,
                                periodStart,
                                observation,
                              })
                            }
                          >
                            {observation ? (
                              <>
                                {number.format(observation.value)}
                                {isRate && " %"}
                                {observation.revisions.length > 0 && (
                                  <Badge size="xs" variant="light" color="orange" ml={4}>
                                    {t("metrics.corrected")}
                                  </Badge>
                                )}
                              </>
                            ) : (
                              <Text span c="dimmed">
                                {editable ? "+" : "·"}
                              </Text>
                            )}
                          </UnstyledButton>
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      <Modal
        opened={target !== null}
        onClose={() => setTarget(null)}
        title={target ? `${target.indicator.name} · ${target.unit.label} · ${periodLabel(target.periodStart)}` : ""}
        size="lg"
      >
        {target && (
          <CellEditor
            target={target}
            readOnly={closed || !access.canWriteIn([members.find((unit) => unit.id === target.unit.id)?.code])}
            onDone={() => setTarget(null)}
          />
        )}
      </Modal>
      {importing && (
        <Suspense fallback={null}>
          <ImportDialog kind="observations" onClose={() => setImporting(false)} />
        </Suspense>
      )}
    </Stack>
  );
}
