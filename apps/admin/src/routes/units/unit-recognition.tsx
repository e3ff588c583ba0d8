import { Badge, Card, Stack, Tabs, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { QueryStatus } from "../../components/query-status.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { UnitRecognitionQuery } from "./operations.ts";
import { TableScroll } from "../../components/table-scroll.tsx";

/** Commendations the unit received, and exemplars and initiatives of the unit or its divisions. */
export function UnitRecognition({ code }: { code: string }) {
  const { t, enumLabel, date, integer } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: UnitRecognitionQuery, variables: { unitFilter: { within: { code: { eq: code } } } } });
  const byYear = <T extends { year: number }>(items: T[]) => [...items].sort((a, b) => b.year - a.year);
  const commendations = byYear(data?.commendations.edges.map((edge) => edge.node) ?? []);
  const exemplars = byYear(data?.exemplars.edges.map((edge) => edge.node) ?? []);
  const initiatives = byYear(data?.initiatives.edges.map((edge) => edge.node) ?? []);
  const unitLink = (unit: { code: string; shortName?: string | null; name: string }) =>
    unit.code === code ? null : (
      <Text size="xs" c="dimmed">
        <Link to={`/units/${encodeURIComponent(unit.code)}`}>{unit.shortName ?? unit.name}</Link>
      </Text>
    );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="unit-recognition-heading">
      <Title order={2} size="h4" id="unit-recognition-heading" mb="sm">
        {t("unit.recognition")}
      </Title>
      <QueryStatus fetching={fetching && !data} error={error} />
      {data && (
        <Tabs defaultValue="commendations" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="commendations">{t("unit.commendationsTab", { count: integer(data.commendations.totalCount) })}</Tabs.Tab>
            <Tabs.Tab value="exemplars">{t("unit.exemplarsTab", { count: integer(data.exemplars.totalCount) })}</Tabs.Tab>
            <Tabs.Tab value="initiatives">{t("unit.initiativesTab", { count: integer(data.initiatives.totalCount) })}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="commendations" pt="sm">
            {commendations.length === 0 ? (
              <Text c="dimmed">{t("state.empty")}</Text>
            ) : (
              <TableScroll minWidth={560}>
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("unit.year")}</th>
                      <th scope="col">{t("common.kind")}</th>
                      <th scope="col">{t("unit.commendationStatus")}</th>
                      <th scope="col">{t("unit.decision")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {commendations.map((commendation) => (
                      <tr key={commendation.id}>
                        <td>{commendation.year}</td>
                        <th scope="row">
                          {commendation.title ?? enumLabel("CommendationKind", commendation.kind)}
                          {commendation.level && (
                            <Text size="xs" c="dimmed">
                              {enumLabel("CommendationLevel", commendation.level)}
                            </Text>
                          )}
                        </th>
                        <td>
                          <Badge size="sm" variant="light" color={commendation.status === "DECIDED" ? "teal" : commendation.status === "REJECTED" ? "flag" : "gray"}>
                            {enumLabel("CommendationStatus", commendation.status)}
                          </Badge>
                        </td>
                        <td>
                          {commendation.decisionNumber
                            ? `${commendation.decisionNumber}${commendation.decisionDate ? ` · ${date(commendation.decisionDate)}` : ""}`
                            : t("common.none")}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </Tabs.Panel>
          <Tabs.Panel value="exemplars" pt="sm">
            {exemplars.length === 0 ? (
              <Text c="dimmed">{t("state.empty")}</Text>
            ) : (
              <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
                {exemplars.map((exemplar) => (
                  <li key={exemplar.id}>
                    <Text fw={600} size="sm">
                      {exemplar.year} · {exemplar.title}
                    </Text>
                    {exemplar.person && <Text size="sm">{exemplar.person.fullName}</Text>}
                    {exemplar.summary && (
                      <Text size="sm" c="dimmed">
                        {exemplar.summary}
                      </Text>
                    )}
                    {unitLink(exemplar.unit)}
                  </li>
                ))}
              </Stack>
            )}
          </Tabs.Panel>
          <Tabs.Panel value="initiatives" pt="sm">
            {initiatives.length === 0 ? (
              <Text c="dimmed">{t("state.empty")}</Text>
            ) : (
              <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
                {initiatives.map((initiative) => (
                  <li key={initiative.id}>
                    <Text fw={600} size="sm">
                      {initiative.year} · {initiative.title}
                    </Text>
                    {initiative.description && (
                      <Text size="sm" c="dimmed">
                        {initiative.description}
                      </Text>
                    )}
                    {initiative.replications.length > 0 && (
                      <Text size="xs">{t("unit.replicatedBy", { count: integer(initiative.replications.length) })}</Text>
                    )}
                    {unitLink(initiative.unit)}
                  </li>
                ))}
              </Stack>
            )}
          </Tabs.Panel>
        </Tabs>
      )}
    </Card>
  );
}
