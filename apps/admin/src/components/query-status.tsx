import { Alert, Group, Loader, Text } from "@mantine/core";
import { Navigate, useLocation } from "react-router";
import type { CombinedError } from "urql";
import { isSignedOut } from "../graphql/client.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { withNext } from "../routes/auth/next-path.ts";

/**
 * What a page shows while its query runs or after it failed; nothing once data is in. A session
 * that ended meanwhile (idle or too old) goes back through sign-in to this very page.
 */
export function QueryStatus({ fetching, error }: { fetching: boolean; error?: CombinedError | undefined }) {
  const { t } = useI18n();
  const location = useLocation();
  if (isSignedOut(error)) return <Navigate to={withNext("/login", location.pathname + location.search)} replace />;
  if (error) {
    const refusals = error.graphQLErrors;
    // a role that may not see some fields still gets the rest: say so once, not per field
    const forbidden = refusals.length > 0 && refusals.every((refusal) => refusal.extensions.code === "FORBIDDEN");
    const reasons = [...new Set(refusals.map((refusal) => refusal.message))].join(" ");
    return (
      <Alert role="alert" color={forbidden ? "yellow" : "flag"} variant="light">
        {forbidden ? t("state.forbidden") : t("state.error", { message: reasons || (error.networkError?.message ?? error.message) })}
      </Alert>
    );
  }
  if (fetching) {
    return (
      <Group role="status" gap="xs" py="xs" c="dimmed">
        <Loader size="xs" aria-hidden />
        <Text size="sm">{t("state.loading")}</Text>
      </Group>
    );
  }
  return null;
}
