import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
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
  const sessionEnded = params.get("ended") === "1";
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
      <form onSubmit={submit} aria-labelledby="login-heading">
        <Stack gap="md">
          <div>
            <Title order={1} size="h2" id="login-heading">
              {t("auth.signIn")}
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              {t("auth.signInIntro")}
            </Text>
          </div>
          {sessionEnded && !problem && (
            <Alert color="yellow" variant="light" role="status">
              {t("auth.sessionEnded")}
            </Alert>
          )}
          {problem && (
            <Alert color="flag" variant="light" role="alert">
              {problem}
            </Alert>
          )}
          <TextInput label={t("auth.email")} name="email" type="email" autoComplete="username" required withAsterisk={false} />
          <PasswordInput label={t("auth.password")} name="password" autoComplete="current-password" required withAsterisk={false} />
          <Button type="submit" loading={fetching} fullWidth mt="xs">
            {t("auth.signIn")}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
