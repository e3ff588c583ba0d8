import { Group, NativeSelect } from "@mantine/core";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { graphql } from "../../graphql/generated/gql.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { readOverviewParams } from "./overview-params.ts";

/** The clusters and the years each has a leader for: the choices of the overview's context picker. */
const OverviewContextQuery = graphql(`
  query OverviewContext {
    clusters(first: 50) {
      edges {
        node {
          id
          number
          name
          nameEn
          leadershipTerms(role: LEADER) {
            id
            year
          }
        }
      }
    }
  }
`);

/** The header's cluster and year choice while the overview is shown; both live in the address. */
export function ContextPicker() {
  const { t, pick } = useI18n();
  const [params, setParams] = useSearchParams();
  const { cluster, year } = readOverviewParams(params);
  const [{ data }] = useQuery({ query: OverviewContextQuery });
  const clusters = data?.clusters.edges.map((edge) => edge.node) ?? [];
  const chosen = clusters.find((candidate) => candidate.number === cluster);
  const years = [...new Set([...(chosen?.leadershipTerms.map((term) => term.year) ?? []), year])].sort((a, b) => b - a);
  const choose = (name: "cluster" | "year", value: string) => {
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set(name, value);
      return next;
    });
  };

  return (
    <Group gap="xs" wrap="nowrap">
      <NativeSelect
        size="xs"
        aria-label={t("context.cluster")}
        data={clusters.length > 0 ? clusters.map((option) => ({ value: String(option.number), label: pick(option.name, option.nameEn) })) : [String(cluster)]}
        value={String(cluster)}
        onChange={(event) => choose("cluster", event.currentTarget.value)}
        w={{ base: 130, sm: 220, lg: 320 }}
      />
      <NativeSelect
        size="xs"
        aria-label={t("cluster.yearLabel")}
        data={years.map(String)}
        value={String(year)}
        onChange={(event) => choose("year", event.currentTarget.value)}
        w={90}
      />
    </Group>
  );
}
