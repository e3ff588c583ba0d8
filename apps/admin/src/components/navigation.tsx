import { NavLink as MantineNavLink, Stack } from "@mantine/core";
import type { ComponentType } from "react";
import { NavLink, useLocation } from "react-router";
import type { AccountRole } from "../graphql/generated/graphql.ts";
import { useI18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/vi.ts";

/** One entry of the side navigation, shown only to the roles that may use its page. */
export interface NavEntry {
  to: string;
  label: MessageKey;
  icon: ComponentType<{ size?: number; stroke?: number; "aria-hidden"?: boolean }>;
  roles: readonly AccountRole[];
  /** Lower first. */
  order: number;
}

export function visibleEntries(entries: readonly NavEntry[], role: AccountRole): NavEntry[] {
  return entries.filter((entry) => entry.roles.includes(role)).sort((a, b) => a.order - b.order);
}

/** The side navigation: the pages this account's role may use, the current one marked. */
export function Navigation({ entries, role, onNavigate }: { entries: readonly NavEntry[]; role: AccountRole; onNavigate?: () => void }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  // an entry's address may carry a query (the overview's cluster and year); match on the path
  const isActive = (to: string) => {
    const path = to.split("?")[0] ?? to;
    return path === "/" ? pathname === "/" : pathname === path || pathname.startsWith(`${path}/`);
  };
  return (
    <nav aria-label={t("nav.label")}>
      <Stack gap={2} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
        {visibleEntries(entries, role).map(({ to, label, icon: Icon }) => (
          <li key={to}>
            <MantineNavLink
              component={NavLink}
              to={to}
              label={t(label)}
              leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
              active={isActive(to)}
              onClick={onNavigate}
              fw={500}
            />
          </li>
        ))}
      </Stack>
    </nav>
  );
}
