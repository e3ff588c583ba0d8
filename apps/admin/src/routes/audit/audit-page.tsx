// The audit log (admins): every committed change, newest first, filtered by what changed, the
// action and the time (in the address); each entry opens to its before/after differences.
import { Accordion, Badge, Button, Code, Group, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { QueryStatus } from "../../components/query-status.tsx";
import type { AuditAction } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { jsonDiff } from "./json-diff.ts";
import { AuditLogQuery } from "./operations.ts";

const entityTypes = ["Person", "Officer", "PostAssignment", "PartyRole", "Observation", "Commendation", "Event", "EventParticipant", "Unit", "Period", "Pledge", "LeadershipTerm", "Account"];
const actions: AuditAction[] = ["CREATE", "UPDATE", "DELETE"];
const actionColor: Record<AuditAction, string> = { CREATE: "green", UPDATE: "blue", DELETE: "red" };

function AuditPageOf({ after, isLast, onMore }: { after: string | null; isLast: boolean; onMore(cursor: string): void }) {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const day = (name: string, end: boolean) => {
    const value = params.get(name);
    return value ? `${value}T${end ? "23:59:59.999" : "00:00:00.000"}+07:00` : null;
  };
  const [{ data, fetching, error }] = useQuery({
    query: AuditLogQuery,
    variables: {
      entityType: params.get("entityType"),
      entityId: params.get("entityId"),
      action: (params.get("action") as AuditAction | null) ?? null,
      from: day("from", false),
      to: day("to", true),
      after,
    },
  });
  const time = new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", { dateStyle: "short", timeStyle: "medium", timeZone: "Asia/Ho_Chi_Minh" });
  const log = data?.auditLog;
  return (
    <>
      <QueryStatus fetching={fetching && !data} error={error} />
      {after === null && log && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t("audit.count", { count: log.totalCount })}
        </Text>
      )}
      {log?.edges.map(({ node: entry }) => {
        const diff = jsonDiff(entry.before, entry.after);
        return (
          <Accordion.Item key={entry.id} value={entry.id}>
            <Accordion.Control>
              <Group gap="sm" wrap="nowrap">
                <Badge color={actionColor[entry.action]} variant="light" w={90}>
                  {t(`audit.action.${entry.action}`)}
                </Badge>
                <Text fw={600}>
                  {entry.entityType} #{entry.entityId}
                </Text>
                <Text size="sm" c="dimmed">
                  {time.format(new Date(entry.at))} · {entry.account?.displayName ?? t("audit.unknownAccount")} ·{" "}
                  {t("audit.fields", { count: diff.length })}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Table withTableBorder aria-label={t("audit.diff")}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("audit.field")}</Table.Th>
                    <Table.Th scope="col">{t("audit.before")}</Table.Th>
                    <Table.Th scope="col">{t("audit.after")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {diff.map((line) => (
                    <Table.Tr key={line.path}>
                      <Table.Th scope="row">
                        <Code>{line.path}</Code>
                      </Table.Th>
                      <Table.Td c="red.8" td={line.before !== undefined ? "line-through" : undefined}>
                        {line.before ?? "—"}
                      </Table.Td>
                      <Table.Td c="green.8">{line.after ?? "—"}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {entry.requestId && (
                <Text size="xs" c="dimmed" mt="xs">
                  {t("audit.request", { id: entry.requestId })}
                </Text>
              )}
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
      {isLast && log?.pageInfo.hasNextPage && log.pageInfo.endCursor && (
        <Button variant="default" mt="sm" onClick={() => onMore(log.pageInfo.endCursor as string)}>
          {t("audit.more")}
        </Button>
      )}
    </>
  );
}

export function AuditPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const set = (name: string, value: string | null) => {
    setCursors([null]);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };
  return (
    <Stack>
      <title>{t("audit.title")}</title>
      <Title order={1}>{t("audit.title")}</Title>
      <Group align="flex-end">
        <Select label={t("audit.entityType")} clearable searchable data={entityTypes} value={params.get("entityType")} onChange={(value) => set("entityType", value)} w={200} />
        <TextInput label={t("audit.entityId")} value={params.get("entityId") ?? ""} onChange={(event) => set("entityId", event.currentTarget.value.trim() || null)} w={140} />
        <Select
          label={t("audit.actionLabel")}
          clearable
          data={actions.map((action) => ({ value: action, label: t(`audit.action.${action}`) }))}
          value={params.get("action")}
          onChange={(value) => set("action", value)}
          w={160}
        />
        <TextInput type="date" label={t("audit.from")} value={params.get("from") ?? ""} onChange={(event) => set("from", event.currentTarget.value || null)} />
        <TextInput type="date" label={t("audit.to")} value={params.get("to") ?? ""} onChange={(event) => set("to", event.currentTarget.value || null)} />
      </Group>
      <Accordion variant="separated" multiple>
        {cursors.map((after, index) => (
          <AuditPageOf key={after ?? ""} after={after} isLast={index === cursors.length - 1} onMore={(cursor) => setCursors((current) => [...current, cursor])} />
        ))}
      </Accordion>
    </Stack>
  );
}
