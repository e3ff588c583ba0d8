import { type FormEvent, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useMutation } from "urql";
import { useResetGraphqlClient } from "../../graphql/provider.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { AuthFrame } from "./auth-frame.tsx";
import { safeNextPath, withNext } from "./next-path.ts";
import { LoginMutation } from "./operations.ts";

export function LoginPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get("next"));
  const resetClient = useResetGraphqlClient();
  const [{ fetching }, login] = useMutation(LoginMutation);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { email: String(form.get("email")).trim(), password: String(form.get("password")) };
    const { data, error } = await login({ input });
    const outcome = data?.login;
    if (outcome?.__typename === "SignedIn") {
      resetClient();
      navigate(outcome.account.mustChangePassword ? withNext("/change-password", next) : next, { replace: true });
      return;
    }
    if (outcome?.__typename === "InvalidCredentialsError") setProblem(t("auth.invalidCredentials"));
    else if (outcome?.__typename === "TooManyAttemptsError")
      setProblem(t("auth.tooManyAttempts", { minutes: Math.ceil(outcome.retryAfterSeconds / 60) }));
    else if (outcome?.__typename === "ValidationError") setProblem(t("auth.invalidInput"));
    else setProblem(t("state.error", { message: error?.message ?? "" }));
  }

  return (
    <AuthFrame>
      <title>{t("auth.signIn")}</title>
      <form className="card auth-card" onSubmit={submit} aria-labelledby="login-heading">
        <h1 id="login-heading">{t("auth.signIn")}</h1>
        <p className="muted">{t("auth.signInIntro")}</p>
        {problem && (
          <p role="alert" className="notice notice-error">
            {problem}
          </p>
        )}
        <label className="field">
          <span>{t("auth.email")}</span>
          <input name="email" type="email" autoComplete="username" required />
        </label>
        <label className="field">
          <span>{t("auth.password")}</span>
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit" className="button-primary" disabled={fetching}>
          {t("auth.signIn")}
        </button>
      </form>
    </AuthFrame>
  );
}
