import { Badge, Button, Card, Group, Modal, NativeSelect, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { Pagination, usePageArgs } from "../../components/pagination.tsx";
import { QueryStatus } from "../../components/query-status.tsx";
import { accountRoles } from "@thidua/domain/enums";
import type { AccountRole, AccountRowFragment } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { CreateAccountForm, ResetPasswordForm } from "./account-forms.tsx";
import { AccountsQuery, UpdateAccountMutation } from "./operations.ts";

const pageSize = 50;
const isRole = (value: string | null): value is AccountRole => accountRoles.includes(value as AccountRole);

/**
 * Who may sign in (ADMIN only): each account's role, unit, state and last sign-in; a new account,
 * a temporary password, an account turned off and on again. The role filter lives in the address.
 */
export function AccountsPage() {
  const { t, enumLabel, date, integer } = useI18n();
  const [params, setParams] = useSearchParams();
  const role = isRole(params.get("role")) ? (params.get("role") as AccountRole) : null;
  const [{ data, fetching, error }, refetch] = useQuery({ query: AccountsQuery, variables: { role, ...usePageArgs(pageSize) } });
  const [, updateAccount] = useMutation(UpdateAccountMutation);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<AccountRowFragment | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const accounts = data?.accounts.edges.map((edge) => edge.node) ?? [];

  async function toggle(account: AccountRowFragment) {
    setProblem(null);
    const { data: answer, error: failure } = await updateAccount({ input: { id: account.id, version: account.version, active: !account.active } });
    const outcome = answer?.updateAccount;
    if (outcome?.__typename !== "Account") setProblem(outcome && "message" in outcome ? outcome.message : (failure?.message ?? ""));
  }

  return (
    <Stack gap="lg">
      <title>{t("accounts.title")}</title>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t("accounts.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("accounts.intro")}
          </Text>
        </div>
        <Button onClick={() => setCreating(true)}>{t("accounts.new")}</Button>
      </Group>
      <Card withBorder padding="lg" aria-busy={fetching}>
        <Group justify="space-between" mb="sm">
          <NativeSelect
            label={t("accounts.role")}
            data={[{ value: "", label: t("accounts.allRoles") }, ...accountRoles.map((option) => ({ value: option, label: enumLabel("AccountRole", option) }))]}
            value={role ?? ""}
            onChange={(event) =>
              setParams((current) => {
                const next = new URLSearchParams(current);
                if (event.currentTarget.value) next.set("role", event.currentTarget.value);
                else next.delete("role");
                next.delete("after");
                next.delete("before");
                return next;
              })
            }
            w={240}
          />
          {data && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t("accounts.count", { count: integer(data.accounts.totalCount) })}
            </Text>
          )}
        </Group>
        {problem && (
          <Text role="alert" c="flag.7" size="sm" mb="sm">
            {problem}
          </Text>
        )}
        <QueryStatus fetching={fetching && !data} error={error} />
        {data && (
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Caption className="visually-hidden">{t("accounts.title")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("accounts.displayName")}</Table.Th>
                  <Table.Th scope="col">{t("auth.email")}</Table.Th>
                  <Table.Th scope="col">{t("accounts.role")}</Table.Th>
                  <Table.Th scope="col">{t("accounts.unit")}</Table.Th>
                  <Table.Th scope="col">{t("accounts.lastSignIn")}</Table.Th>
                  <Table.Th scope="col">{t("accounts.state")}</Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t("accounts.actions")}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {accounts.map((account) => (
                  <Table.Tr key={account.id}>
                    <Table.Th scope="row">{account.displayName}</Table.Th>
                    <Table.Td>{account.email}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={account.role === "ADMIN" ? 700 : 500}>
                        {enumLabel("AccountRole", account.role)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{account.unit ? (account.unit.shortName ?? account.unit.name) : t("common.none")}</Table.Td>
                    <Table.Td>{account.lastLoginAt ? date(account.lastLoginAt) : t("accounts.never")}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" size="sm" tt="none" color={account.active ? "teal" : "gray"}>
                        {account.active ? t("accounts.active") : t("accounts.inactive")}
                      </Badge>
                      {account.mustChangePassword && (
                        <Text size="xs" c="dimmed">
                          {t("accounts.mustChange")}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap" justify="flex-end">
                        <Button size="compact-xs" variant="default" onClick={() => setResetting(account)} aria-label={t("accounts.resetFor", { name: account.displayName })}>
                          {t("accounts.resetPassword")}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="default"
                          color={account.active ? "flag" : undefined}
                          onClick={() => toggle(account)}
                          aria-label={t(account.active ? "accounts.deactivateFor" : "accounts.activateFor", { name: account.displayName })}
                        >
                          {account.active ? t("accounts.deactivate") : t("accounts.activate")}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {data && <Pagination pageInfo={data.accounts.pageInfo} />}
      </Card>

      <Modal opened={creating} onClose={() => setCreating(false)} title={t("accounts.new")} centered>
        <CreateAccountForm
          onDone={() => {
            setCreating(false);
            refetch({ requestPolicy: "network-only" });
          }}
        />
      </Modal>
      <Modal opened={resetting !== null} onClose={() => setResetting(null)} title={resetting ? t("accounts.resetFor", { name: resetting.displayName }) : ""} centered>
        {resetting && <ResetPasswordForm account={resetting} onDone={() => setResetting(null)} />}
      </Modal>
    </Stack>
  );
}
