import { NavLink, Outlet } from "react-router";
import { useI18n } from "../i18n/i18n.tsx";
import { LanguageSwitch } from "./language-switch.tsx";

export function AppLayout() {
  const { t } = useI18n();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ★
          </span>
          <span className="brand-text">
            <span className="brand-name">{t("app.name")}</span>
            <span className="brand-owner">{t("app.owner")}</span>
          </span>
        </div>
        <LanguageSwitch />
      </header>
      <nav className="sidenav" aria-label={t("nav.label")}>
        <ul>
          <li>
            <NavLink to="/clusters">{t("nav.clusters")}</NavLink>
          </li>
          <li>
            <NavLink to="/people">{t("nav.people")}</NavLink>
          </li>
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
