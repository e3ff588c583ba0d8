import { AppShell, Burger, Divider, Group } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { lazy, Suspense, useRef } from "react";
import { Navigate, Outlet, useLocation, useNavigate } from "react-router";
import { useMutation, useQuery } from "urql";
import { rosterReaders } from "../extensions/access.ts";
import { isSignedOut } from "../graphql/client.ts";
import { useResetGraphqlClient, useSessionEnded } from "../graphql/provider.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { withNext } from "../routes/auth/next-path.ts";
import { LogoutMutation, MeQuery } from "../routes/auth/operations.ts";
import { AccountContext } from "./account.tsx";
import { Brand } from "./brand.tsx";
import { ColorSchemeSwitch } from "./color-scheme-switch.tsx";
import { LanguageSwitch } from "./language-switch.tsx";
import { Navigation } from "./navigation.tsx";
import { QueryStatus } from "./query-status.tsx";

// the header's controls beyond language and colours (the overview's cluster and year, a person
// search with suggestions, the account menu) follow the page's first paint
const AccountMenu = lazy(() => import("./account-menu.tsx").then((module) => ({ default: module.AccountMenu })));
const ContextPicker = lazy(() => import("../routes/overview/context-picker.tsx").then((module) => ({ default: module.ContextPicker })));
const PeopleSearch = lazy(() => import("./people-search.tsx").then((module) => ({ default: module.PeopleSearch })));

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
  // on a phone the header keeps the menu button, the search and the account; the overview's
  // cluster and year, the language and the colours move into the navigation drawer
  const compact = useMediaQuery("(max-width: 48em)") ?? false;
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
  const contextPicker = <Suspense>{account && location.pathname === "/overview" && <ContextPicker />}</Suspense>;
  const preferences = (
    <>
      <LanguageSwitch />
      <ColorSchemeSwitch />
    </>
  );
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
          {!compact && contextPicker}
          <Group gap="sm" wrap="nowrap">
            <Suspense>{account && rosterReaders.includes(account.role) && <PeopleSearch />}</Suspense>
            {!compact && preferences}
            <Suspense>{account && <AccountMenu account={account} onSignOut={signOut} />}</Suspense>
          </Group>
        </Group>
      </AppShell.Header>
      {account ? (
        <AccountContext.Provider value={account}>
          <AppShell.Navbar p="sm">
            {compact && (
              <>
                {contextPicker}
                <Divider my="sm" />
              </>
            )}
            <Navigation onNavigate={closeNav} />
            {compact && (
              <Group gap="sm" mt="md">
                {preferences}
              </Group>
            )}
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
