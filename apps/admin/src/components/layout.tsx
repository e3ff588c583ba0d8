import { AppShell, Burger, Group } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useRef } from "react";
import { Navigate, Outlet, useLocation, useNavigate } from "react-router";
import { useMutation, useQuery } from "urql";
import { rosterReaders } from "../extensions/access.ts";
import { isSignedOut } from "../graphql/client.ts";
import { useResetGraphqlClient, useSessionEnded } from "../graphql/provider.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { withNext } from "../routes/auth/next-path.ts";
import { LogoutMutation, MeQuery } from "../routes/auth/operations.ts";
import { ContextPicker } from "../routes/overview/context-picker.tsx";
import { AccountContext } from "./account.tsx";
import { AccountMenu } from "./account-menu.tsx";
import { Brand } from "./brand.tsx";
import { ColorSchemeSwitch } from "./color-scheme-switch.tsx";
import { LanguageSwitch } from "./language-switch.tsx";
import { Navigation } from "./navigation.tsx";
import { PeopleSearch } from "./people-search.tsx";
import { QueryStatus } from "./query-status.tsx";

/**
 * The dashboard's frame: header (brand, the overview's cluster and year, person search, language,
 * light/dark, account), role-aware side navigation and the page. Its pages show only to a signed-in account with a password of its
 * own; when the session ends mid-use, it goes through sign-in and back to the same page.
 */
export function AppLayout() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const resetClient = useResetGraphqlClient();
  const sessionEnded = useSessionEnded();
  const [{ data, fetching, error }] = useQuery({ query: MeQuery });
  const [, logout] = useMutation(LogoutMutation);
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  // an account that was signed in here and lost its session is told so on the sign-in page
  const wasSignedIn = useRef(false);
  if (data) wasSignedIn.current = true;
  const here = location.pathname + location.search;

  if (sessionEnded || isSignedOut(error)) return <Navigate to={withNext("/login", here, { sessionEnded: wasSignedIn.current })} replace />;
  if (data?.me.mustChangePassword) return <Navigate to={withNext("/change-password", here)} replace />;

  async function signOut() {
    await logout({});
    resetClient();
    navigate("/login", { replace: true });
  }

  const account = data?.me;
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !navOpened } }}
      padding={{ base: "md", sm: "xl" }}
    >
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <AppShell.Header className="app-header">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={toggleNav} hiddenFrom="sm" size="sm" aria-label={t("nav.toggle")} />
            <Brand />
          </Group>
          {account && location.pathname === "/overview" && <ContextPicker />}
          <Group gap="sm" wrap="nowrap">
            {account && rosterReaders.includes(account.role) && <PeopleSearch />}
            <LanguageSwitch />
            <ColorSchemeSwitch />
            {account && <AccountMenu account={account} onSignOut={signOut} />}
          </Group>
        </Group>
      </AppShell.Header>
      {account ? (
        <AccountContext.Provider value={account}>
          <AppShell.Navbar p="sm">
            <Navigation onNavigate={closeNav} />
          </AppShell.Navbar>
          <AppShell.Main id="main" tabIndex={-1} className="content">
            <Outlet />
          </AppShell.Main>
        </AccountContext.Provider>
      ) : (
        <AppShell.Main id="main" tabIndex={-1} className="content">
          <QueryStatus fetching={fetching} error={error} />
        </AppShell.Main>
      )}
    </AppShell>
  );
}
