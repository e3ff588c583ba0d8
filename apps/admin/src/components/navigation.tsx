import { NavLink as MantineNavLink, Stack } from "@mantine/core";
import { NavLink, useLocation } from "react-router";
import { pages } from "../extensions/catalog.ts";
import { navigationFor } from "../extensions/registry.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { useAccount } from "./account.tsx";

/** The side navigation: the registered pages this account's role may use, the current one marked. */
export function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const { role } = useAccount();
  const { pathname } = useLocation();
  // an entry's address may carry a query (the overview's cluster and year): match on its path
  const isActive = (to: string) => {
    const path = to.split("?")[0] ?? to;
    return pathname === path || pathname.startsWith(`${path}/`);
  };
  return (
    <nav aria-label={t("nav.label")}>
      <Stack gap={2} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
        {navigationFor(pages, role).map(({ to, label, icon: Icon }) => (
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
