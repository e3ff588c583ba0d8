import { Select } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../graphql/generated/gql.ts";
import type { UnitFilter } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { databaseId } from "../../live/global-id.ts";
import { UnitOptionsQuery } from "./operations.ts";

const SelectedUnitQuery = graphql(`
  query SelectedUnit($code: String!) {
    unit(code: $code) { id code shortName name }
  }
`);

/**
 * A unit chosen by typing part of its name or code ("hai phong" finds CATP Hải Phòng): the API
 * searches, 20 at a time. The value is the unit's code (filters, addresses) or its database id
 * (mutation inputs, as the domain's schemas take them). `within` (a unit's code) offers only that unit
 * and its divisions: a unit editor's form, where the API refuses any other.
 */
export function UnitSelect({
  label,
  value,
  onChange,
  valueKind,
  selectedCode,
  error,
  required,
  description,
  within,
}: {
  label: string;
  value: string | null;
  onChange(value: string | null, label?: string): void;
  valueKind: "code" | "databaseId";
  /** The chosen unit's code, to show its name before any search (valueKind "code": the value). */
  selectedCode?: string | null;
  error?: string;
  required?: boolean;
  description?: string;
  within?: string | null;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState("");
  const filter: UnitFilter = { active: { eq: true }, ...(within ? { within: { code: { eq: within } } } : {}) };
  const [{ data }] = useQuery({ query: UnitOptionsQuery, variables: { search: search.trim() || null, filter } });
  const code = valueKind === "code" ? value : (selectedCode ?? null);
  const [{ data: selected }] = useQuery({ query: SelectedUnitQuery, variables: { code: code ?? "" }, pause: !code });
  const units = [...(selected?.unit ? [selected.unit] : []), ...(data?.units.edges.map((edge) => edge.node) ?? [])];
  const options = new Map<string, string>();
  for (const unit of units) {
    const key = valueKind === "code" ? unit.code : String(databaseId(unit.id));
    options.set(key, `${unit.shortName ?? unit.name} (${unit.code})`);
  }
  return (
    <Select
      label={label}
      description={description}
      required={required}
      error={error}
      searchable
      clearable={!required}
      data={[...options].map(([optionValue, optionLabel]) => ({ value: optionValue, label: optionLabel }))}
      value={value}
      onChange={(next) => onChange(next, next == null ? undefined : options.get(next))}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t("form.nothingFound")}
      placeholder={t("roster.unitPlaceholder")}
    />
  );
}
