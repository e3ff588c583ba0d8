import { localStorageColorSchemeManager, MantineProvider } from "@mantine/core";
import type { ReactNode } from "react";
import { GraphqlProvider } from "../graphql/provider.tsx";
import { I18nProvider } from "../i18n/i18n.tsx";
import { theme } from "./theme.ts";

// The light/dark choice is remembered per browser, like the language.
const colorSchemeManager = localStorageColorSchemeManager({ key: "thidua.color-scheme" });

/**
 * Everything the pages need above them: theme, language, GraphQL client. The browser entry and
 * the page tests use the same stack; tests pass env "test" (no transitions, no portals).
 */
export function AppProviders({ children, env = "default" }: { children: ReactNode; env?: "default" | "test" }) {
  return (
    <MantineProvider theme={theme} colorSchemeManager={colorSchemeManager} defaultColorScheme="light" env={env}>
      <I18nProvider>
        <GraphqlProvider>{children}</GraphqlProvider>
      </I18nProvider>
    </MantineProvider>
  );
}
