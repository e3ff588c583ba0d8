import { NavLink } from "react-router";
import { pages } from "../extensions/catalog.ts";
import { navigationFor } from "../extensions/registry.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { useAccount } from "./account.tsx";

/**
 * The side navigation: the registered pages this account's role may use, the current one marked
 * (aria-current). Plain links styled in styles.css: Mantine's NavLink brings collapsible nesting
 * along, which this flat list does not use.
 */
export function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const { role } = useAccount();
  return (
    <nav aria-label={t("nav.label")}>
      <ul className="nav-list">
        {navigationFor(pages, role).map(({ to, label, icon: Icon }) => (
          <li key={to}>
            <NavLink to={to} className="nav-link" onClick={onNavigate}>
              <Icon size={18} stroke={1.6} aria-hidden />
              <span>{t(label)}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
