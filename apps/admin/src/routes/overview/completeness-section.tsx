import { Card, Group, Progress, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { QueryStatus } from "../../components/query-status.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { CompletenessQuery } from "./operations.ts";

/** The share of monthly figures each member has reported for the year, lowest first. */
export function CompletenessSection({ clusterNumber, year }: { clusterNumber: number; year: number }) {
  const { t, pick, percent, integer } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: CompletenessQuery, variables: { number: clusterNumber, period: { year } } });
  const result = data?.reportingCompleteness;
  const completeness = result?.__typename === "ReportingCompleteness" ? result : null;
  const units = [...(completeness?.units ?? [])].sort((a, b) => (a.ratio ?? 0) - (b.ratio ?? 0));

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="completeness-heading" h="100%">
      <Title order={2} size="h4" id="completeness-heading">
        {t("completeness.title", { year })}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t("completeness.intro")}
      </Text>
      <QueryStatus fetching={fetching && !data} error={error} />
      {result && !completeness && "message" in result && <Text c="dimmed">{result.message}</Text>}
      {completeness && (
        <Stack gap="sm">
          <Group justify="space-between" align="baseline">
            <Text fw={700} fz={28} className="figure-value" data-testid="completeness-ratio">
              {completeness.ratio == null ? t("common.none") : percent(100 * completeness.ratio)}
            </Text>
            <Text size="sm" c="dimmed">
              {t("completeness.cells", { reported: integer(completeness.reported), expected: integer(completeness.expected) })}
            </Text>
          </Group>
          <Stack gap={10} component="ul" m={0} p={0} style={{ listStyle: "none" }}>
            {units.map((entry) => {
              const share = entry.ratio == null ? null : 100 * entry.ratio;
              const name = entry.unit.shortName ?? pick(entry.unit.name, entry.unit.nameEn);
              return (
                <li key={entry.unit.code}>
                  <Group justify="space-between" gap="xs" mb={4}>
                    <Link to={`/units/${encodeURIComponent(entry.unit.code)}`}>{name}</Link>
                    <Text size="sm" className="numeric">
                      {share == null ? t("common.none") : percent(share)}
                    </Text>
                  </Group>
                  <Progress
                    value={share ?? 0}
                    color={share != null && share >= 100 ? "teal" : share != null && share >= 80 ? "ministry" : "yellow"}
                    aria-label={t("completeness.unitLabel", { unit: name })}
                    size="sm"
                  />
                </li>
              );
            })}
          </Stack>
        </Stack>
      )}
    </Card>
  );
}
