import { Button, Group, Paper, Select, SimpleGrid, TextInput } from "@mantine/core";
import { ranks } from "@thidua/domain/ranks";
import { useQuery } from "urql";
import { SearchField } from "../../components/search-field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { ClusterOptionsQuery } from "./operations.ts";
import { activeFilterCount, type RosterView, rosterParamNames } from "./roster-params.ts";
import { UnitSelect } from "./unit-select.tsx";

/**
 * The roster's filters, each written to the address as soon as it is chosen (text after a short
 * pause): the same conditions the API's PersonFilter offers.
 */
export function RosterFilters({ view, onChange }: { view: RosterView; onChange(changes: Record<string, string | null>): void }) {
  const { t, pick, enumLabel } = useI18n();
  const [{ data: clusters }] = useQuery({ query: ClusterOptionsQuery });
  const rankOptions = ranks.map((rank) => ({ value: rank, label: enumLabel("Rank", rank) }));
  const active = activeFilterCount(view);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t("roster.filters")}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" verticalSpacing="xs">
        <SearchField label={t("people.search")} hint={t("people.searchHint")} />
        <UnitSelect
          label={t("roster.unit")}
          description={t("roster.unitHint")}
          valueKind="code"
          value={view.unit}
          onChange={(code) => onChange({ unit: code })}
        />
        <Select
          label={t("roster.cluster")}
          description={t("roster.clusterHint")}
          clearable
          data={(clusters?.clusters.edges ?? []).map(({ node }) => ({ value: String(node.number), label: pick(node.name, node.nameEn) }))}
          value={view.cluster === null ? null : String(view.cluster)}
          onChange={(value) => onChange({ cluster: value })}
        />
        <SearchField label={t("roster.post")} hint={t("roster.postHint")} param="post" />
        <Select
          label={t("roster.rankFrom")}
          clearable
          searchable
          data={rankOptions}
          value={view.rankFrom}
          onChange={(value) => onChange({ rankFrom: value })}
        />
        <Select
          label={t("roster.rankTo")}
          clearable
          searchable
          data={rankOptions}
          value={view.rankTo}
          onChange={(value) => onChange({ rankTo: value })}
        />
        <TextInput
          type="date"
          label={t("roster.asOf")}
          description={t("roster.asOfHint")}
          value={view.asOf ?? ""}
          onChange={(event) => onChange({ asOf: event.currentTarget.value || null })}
        />
      </SimpleGrid>
      {active > 0 && (
        <Group justify="flex-end" mt="sm">
          <Button
            variant="subtle"
            size="xs"
            onClick={() => onChange(Object.fromEntries(rosterParamNames.filter((name) => name !== "search" && name !== "sort").map((name) => [name, null])))}
          >
            {t("roster.clearFilters", { count: active })}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
