import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { QueryStatus } from "../../components/query-status.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { defaultYear, overviewPath } from "../overview/overview-params.ts";
import { ClusterListQuery } from "./operations.ts";

/** Every emulation cluster with its members and leader in the default year, each opening its overview. */
export function ClusterListPage() {
  const { t, pick, enumLabel } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: ClusterListQuery, variables: { year: defaultYear } });
  const clusters = data?.clusters.edges.map((edge) => edge.node) ?? [];
  return (
    <Stack gap="lg">
      <title>{t("clusters.title")}</title>
      <div>
        <Title order={1} size="h2">
          {t("clusters.title")}
        </Title>
        <Text c="dimmed" size="sm">
          {t("clusters.intro", { year: defaultYear })}
        </Text>
      </div>
      <QueryStatus fetching={fetching && !data} error={error} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
        {clusters.map((cluster) => (
          <Card withBorder padding="lg" component="li" key={cluster.number}>
            <Text size="xs" fw={600} tt="uppercase" c="flag.7" style={{ letterSpacing: "0.06em" }}>
              {enumLabel("ClusterKind", cluster.kind)} · {t("clusters.number")} {cluster.number}
            </Text>
            <Title order={2} size="h4" mb="xs">
              <Anchor component={Link} to={overviewPath(cluster.number, defaultYear)}>
                {pick(cluster.name, cluster.nameEn)}
              </Anchor>
            </Title>
            <Text size="sm" c="dimmed" mb={6}>
              {t("cluster.leaderOfYear", { year: defaultYear })}: <strong>{cluster.leader ? (cluster.leader.shortName ?? cluster.leader.name) : t("common.none")}</strong>
            </Text>
            <Group gap={6}>
              {cluster.members.map((member) => (
                <Badge key={member.code} variant="light" color="gray" size="sm" tt="none">
                  {member.shortName ?? member.name}
                </Badge>
              ))}
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
