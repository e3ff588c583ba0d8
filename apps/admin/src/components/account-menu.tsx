import { Avatar, Group, Menu, Text, UnstyledButton } from "@mantine/core";
import { IconChevronDown, IconKey, IconLogout } from "@tabler/icons-react";
import { Link } from "react-router";
import type { MeQuery } from "../graphql/generated/graphql.ts";
import { useI18n } from "../i18n/i18n.tsx";

type Account = MeQuery["me"];

function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  // Vietnamese names end with the given name: family name's initial + given name's initial
  return ((words[0]?.[0] ?? "") + (words.length > 1 ? (words.at(-1)?.[0] ?? "") : "")).toUpperCase();
}

/** Who is signed in, in which role; change password and sign out. */
export function AccountMenu({ account, onSignOut }: { account: Account; onSignOut: () => void }) {
  const { t, enumLabel } = useI18n();
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t("account.menu", { name: account.displayName })} className="account-button">
          <Group gap="xs" wrap="nowrap">
            <Avatar size={32} radius="xl" color="ministry" aria-hidden>
              {initials(account.displayName)}
            </Avatar>
            <div className="account-text">
              <Text size="sm" fw={600} lh={1.2}>
                {account.displayName}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {enumLabel("AccountRole", account.role)}
              </Text>
            </div>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{account.email}</Menu.Label>
        <Menu.Item component={Link} to="/change-password" leftSection={<IconKey size={16} aria-hidden />}>
          {t("auth.changePassword")}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="flag.7" leftSection={<IconLogout size={16} aria-hidden />} onClick={onSignOut}>
          {t("auth.signOut")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
