import type { CombinedError } from "urql";
import { useI18n } from "../i18n/i18n.tsx";

/** What a page shows while its query runs or after it failed; nothing once data is in. */
export function QueryStatus({ fetching, error }: { fetching: boolean; error?: CombinedError | undefined }) {
  const { t } = useI18n();
  if (error) {
    return (
      <p role="alert" className="notice notice-error">
        {t("state.error", { message: error.message })}
      </p>
    );
  }
  if (fetching) {
    return (
      <p role="status" className="notice">
        {t("state.loading")}
      </p>
    );
  }
  return null;
}
