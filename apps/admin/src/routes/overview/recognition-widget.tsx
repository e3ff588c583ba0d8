// The example overview widget, built through the registry (see ./extension.tsx and README:
// "Extending the dashboard"): the year's exemplars, initiatives and commendations of the cluster's
// members, counted, with the latest few named. It reads only what every role may read.
import { Badge, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { QueryStatus } from "../../components/query-status.tsx";
import type { OverviewWidgetProps } from "../../extensions/registry.ts";
import { graphql } from "../../graphql/generated/gql.ts";
import { useI18n } from "../../i18n/i18n.tsx";

const RecognitionQuery = graphql(`
  query Recognition($clusterFilter: ClusterFilter!, $year: Int!, $asOf: Date!) {
    exemplars(
      filter: {year: {eq: $year}, unit: {within: {cluster: $clusterFilter}}}
      asOf: $asOf
      first: 3
    ) {
      totalCount
      edges {
        node {
          id
          title
          unit {
            id
            code
            shortName
            name
          }
        }
      }
    }
    initiatives(
      filter: {year: {eq: $year}, unit: {within: {cluster: $clusterFilter}}}
      asOf: $asOf
      first: 3
    ) {
      totalCount
      edges {
        node {
          id
          title
          unit {
            id
            code
            shortName
            name
          }
        }
      }
    }
    commendations(filter: {year: {eq: $year}, cluster: $clusterFilter}, first: 1) {
      totalCount
    }
  }
`);

export function RecognitionWidget({ clusterNumber, year }: OverviewWidgetProps) {
  const { t, integer } = useI18n();
  // membership is read on asOf: the middle of the year asked about
  const [{ data, fetching, error }] = useQuery({
    query: RecognitionQuery,
    variables: { clusterFilter: { number: { eq: clusterNumber } }, year, asOf: `${year}-06-30` },
  });
  if (!data) return <QueryStatus fetching={fetching} error={error} />;
  const lists = [
    { key: "exemplars", label: t("recognition.exemplars"), connection: data.exemplars },
    { key: "initiatives", label: t("recognition.initiatives"), connection: data.initiatives },
  ];
  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="xs">
        {[...lists.map(({ key, label, connection }) => ({ key, label, count: connection.totalCount })), { key: "commendations", label: t("recognition.commendations"), count: data.commendations.totalCount }].map(
          ({ key, label, count }) => (
            <div key={key}>
              <Text fz={24} fw={700} className="figure-value">
                {integer(count)}
              </Text>
              <Text size="xs" c="dimmed">
                {label}
              </Text>
            </div>
          ),
        )}
      </SimpleGrid>
      {lists.every(({ connection }) => connection.totalCount === 0) && (
        <Text size="sm" c="dimmed">
          {t("recognition.noneNamed")}
        </Text>
      )}
      {lists.map(({ key, label, connection }) =>
        connection.edges.length === 0 ? null : (
          <div key={key}>
            <Text size="sm" fw={600} mb={4}>
              {label}
            </Text>
            <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: "none" }}>
              {connection.edges.map(({ node }) => (
                <Group component="li" key={node.id} gap={6} wrap="nowrap" align="baseline">
                  <Badge size="xs" variant="light" color="gray" style={{ flexShrink: 0 }}>
                    <Link to={`/units/${encodeURIComponent(node.unit.code)}`}>{node.unit.shortName ?? node.unit.name}</Link>
                  </Badge>
                  <Text size="sm" lineClamp={1}>
                    {node.title}
                  </Text>
                </Group>
              ))}
            </Stack>
          </div>
        ),
      )}
    </Stack>
  );
}
