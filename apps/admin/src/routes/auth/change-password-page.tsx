import { Alert, Button, PasswordInput, Stack, Text, Title } from "@mantine/core";
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
      <form onSubmit={submit} aria-labelledby="change-password-heading">
        <Stack gap="md">
          <div>
            <Title order={1} size="h2" id="change-password-heading">
              {t("auth.changePassword")}
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              {t("auth.changePasswordIntro")}
            </Text>
          </div>
          {problem && (
            <Alert color="flag" variant="light" role="alert">
              {problem}
            </Alert>
          )}
          <PasswordInput label={t("auth.currentPassword")} name="currentPassword" autoComplete="current-password" required withAsterisk={false} />
          <PasswordInput
            label={t("auth.newPassword")}
            description={t("auth.passwordPolicy")}
            name="newPassword"
            autoComplete="new-password"
            minLength={12}
            maxLength={128}
            required
            withAsterisk={false}
          />
          <PasswordInput label={t("auth.confirmPassword")} name="confirmPassword" autoComplete="new-password" required withAsterisk={false} />
          <Button type="submit" loading={fetching} fullWidth mt="xs">
            {t("auth.changePassword")}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
