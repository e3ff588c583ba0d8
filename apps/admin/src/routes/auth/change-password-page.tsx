import { type FormEvent, useState } from "react";
import { Navigate, useLocation, useNavigate, useSearchParams } from "react-router";
import { useMutation } from "urql";
import { isSignedOut } from "../../graphql/client.ts";
import { useResetGraphqlClient } from "../../graphql/provider.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { AuthFrame } from "./auth-frame.tsx";
import { safeNextPath, withNext } from "./next-path.ts";
import { ChangePasswordMutation } from "./operations.ts";

/** Where an account with a generated or reset password must go first: it may do nothing else. */
export function ChangePasswordPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get("next"));
  const resetClient = useResetGraphqlClient();
  const [{ fetching, error }, changePassword] = useMutation(ChangePasswordMutation);
  const [problem, setProblem] = useState<string | null>(null);

  if (isSignedOut(error)) return <Navigate to={withNext("/login", location.pathname + location.search)} replace />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get("newPassword"));
    if (newPassword !== String(form.get("confirmPassword"))) {
      setProblem(t("auth.passwordsDiffer"));
      return;
    }
    const { data, error: failure } = await changePassword({ input: { currentPassword: String(form.get("currentPassword")), newPassword } });
    const outcome = data?.changePassword;
    if (outcome?.__typename === "SignedIn") {
      resetClient();
      navigate(next, { replace: true });
      return;
    }
    if (outcome?.__typename === "InvalidCredentialsError") setProblem(t("auth.wrongCurrentPassword"));
    else if (outcome?.__typename === "ValidationError") setProblem(t("auth.passwordRejected"));
    else if (outcome) setProblem(outcome.message);
    else if (!isSignedOut(failure)) setProblem(t("state.error", { message: failure?.message ?? "" }));
  }

  return (
    <AuthFrame>
      <title>{t("auth.changePassword")}</title>
      <form className="card auth-card" onSubmit={submit} aria-labelledby="change-password-heading">
        <h1 id="change-password-heading">{t("auth.changePassword")}</h1>
        <p className="muted">{t("auth.changePasswordIntro")}</p>
        {problem && (
          <p role="alert" className="notice notice-error">
            {problem}
          </p>
        )}
        <label className="field">
          <span>{t("auth.currentPassword")}</span>
          <input name="currentPassword" type="password" autoComplete="current-password" required />
        </label>
        <label className="field">
          <span>{t("auth.newPassword")}</span>
          <input name="newPassword" type="password" autoComplete="new-password" minLength={12} maxLength={128} required aria-describedby="password-policy" />
        </label>
        <p id="password-policy" className="field-hint">
          {t("auth.passwordPolicy")}
        </p>
        <label className="field">
          <span>{t("auth.confirmPassword")}</span>
          <input name="confirmPassword" type="password" autoComplete="new-password" required />
        </label>
        <button type="submit" className="button-primary" disabled={fetching}>
          {t("auth.changePassword")}
        </button>
      </form>
    </AuthFrame>
  );
}
