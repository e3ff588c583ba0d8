import { Group, Select } from "@mantine/core";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { useI18n } from "../../i18n/i18n.tsx";
import { OverviewContextQuery } from "./operations.ts";
import { readOverviewParams } from "./overview-params.ts";

/** The header's cluster and year choice while the overview is shown; both live in the address. */
export function ContextPicker() {
  const { t, pick } = useI18n();
  const [params, setParams] = useSearchParams();
  const { cluster, year } = readOverviewParams(params);
  const [{ data }] = useQuery({ query: OverviewContextQuery });
  const clusters = data?.clusters.edges.map((edge) => edge.node) ?? [];
  const chosen = clusters.find((candidate) => candidate.number === cluster);
  const years = [...new Set([...(chosen?.leadershipTerms.map((term) => term.year) ?? []), year])].sort((a, b) => b - a);
  const choose = (name: "cluster" | "year", value: string | null) => {
    if (!value) return;
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set(name, value);
      return next;
    });
  };

  return (
    <Group gap="xs" wrap="nowrap">
      <Select
        size="xs"
        aria-label={t("context.cluster")}
        data={clusters.map((option) => ({ value: String(option.number), label: pick(option.name, option.nameEn) }))}
        value={String(cluster)}
        onChange={(value) => choose("cluster", value)}
        allowDeselect={false}
        w={{ base: 130, sm: 220, lg: 320 }}
        placeholder={t("context.cluster")}
      />
      <Select
        size="xs"
        aria-label={t("cluster.yearLabel")}
        data={years.map(String)}
        value={String(year)}
        onChange={(value) => choose("year", value)}
        allowDeselect={false}
        w={90}
      />
    </Group>
  );
}
