import { Navigate, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { useMutation, useQuery } from "urql";
import { useResetGraphqlClient } from "../graphql/provider.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { withNext } from "../routes/auth/next-path.ts";
import { LogoutMutation, MeQuery } from "../routes/auth/operations.ts";
import { LanguageSwitch } from "./language-switch.tsx";
import { QueryStatus } from "./query-status.tsx";

/** The dashboard's frame; its pages show only to a signed-in account with a password of its own. */
export function AppLayout() {
  const { t, enumLabel } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const resetClient = useResetGraphqlClient();
  const [{ data, fetching, error }] = useQuery({ query: MeQuery });
  const [, logout] = useMutation(LogoutMutation);
  const here = location.pathname + location.search;

  if (data?.me.mustChangePassword) return <Navigate to={withNext("/change-password", here)} replace />;

  async function signOut() {
    await logout({});
    resetClient();
    navigate("/login", { replace: true });
  }

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
        <div className="topbar-tools">
          {data && (
            <p className="account">
              <span className="account-name">{data.me.displayName}</span>
              <span className="account-role">{enumLabel("AccountRole", data.me.role)}</span>
            </p>
          )}
          <LanguageSwitch />
          {data && (
            <button type="button" className="button-quiet" onClick={signOut}>
              {t("auth.signOut")}
            </button>
          )}
        </div>
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
        {data ? <Outlet /> : <QueryStatus fetching={fetching} error={error} />}
      </main>
    </div>
  );
}
