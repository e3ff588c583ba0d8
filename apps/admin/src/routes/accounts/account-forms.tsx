// Creating an account and setting a temporary password: the domain's createAccountInput and
// resetPasswordInput check the fields as they are typed, the API's answer lands on the same fields.
import { Button, Group, Stack } from "@mantine/core";
import { accountRoles } from "@thidua/domain/enums";
import { createAccountInput, resetPasswordInput } from "@thidua/domain/inputs/accounts";
import { Controller, useWatch } from "react-hook-form";
import { useMutation } from "urql";
import { ConflictDialog } from "../../forms/conflict-dialog.tsx";
import { FormFailureAlert, SelectField, TextField, useIssueText } from "../../forms/fields.tsx";
import { useMutationForm } from "../../forms/mutation-form.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { databaseId, globalId } from "../../live/global-id.ts";
import { UnitSelect } from "../people/unit-select.tsx";
import { CreateAccountMutation, ResetPasswordMutation } from "./operations.ts";

/** A new account: its owner changes the first password at the first sign-in. */
export function CreateAccountForm({ onDone }: { onDone(): void }) {
  const { t, enumLabel } = useI18n();
  const issueText = useIssueText();
  const [, createAccount] = useMutation(CreateAccountMutation);
  const { form, onSubmit, failure, unplaced } = useMutationForm({
    schema: createAccountInput,
    recordType: "Account",
    defaultValues: { email: "", displayName: "", role: "VIEWER", password: "", mustChangePassword: true },
    submit: ({ unitId, personId, ...values }) =>
      createAccount({ input: { ...values, ...(unitId ? { unitId: globalId("Unit", unitId) } : {}), ...(personId ? { personId: globalId("Person", personId) } : {}) } }),
    onSaved: onDone,
  });
  const role = useWatch({ control: form.control, name: "role" });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <FormFailureAlert failure={failure} unplaced={unplaced} />
        <TextField control={form.control} name="email" label="auth.email" type="email" required />
        <TextField control={form.control} name="displayName" label="accounts.displayName" required />
        <SelectField
          control={form.control}
          name="role"
          label="accounts.role"
          required
          data={accountRoles.map((option) => ({ value: option, label: enumLabel("AccountRole", option) }))}
        />
        {role === "UNIT_EDITOR" && (
          <Controller
            control={form.control}
            name="unitId"
            render={({ field, fieldState }) => (
              <UnitSelect
                label={t("accounts.unit")}
                description={t("accounts.unitHint")}
                required
                valueKind="databaseId"
                value={field.value == null ? null : String(field.value)}
                onChange={(value) => field.onChange(value == null ? undefined : Number(value))}
                error={issueText(fieldState.error && { type: fieldState.error.type, message: fieldState.error.message })}
              />
            )}
          />
        )}
        <TextField control={form.control} name="password" label="accounts.firstPassword" hint="accounts.firstPasswordHint" required />
        <Group justify="flex-end">
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t("accounts.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A temporary password for someone who lost theirs; their sessions end and they choose a new one. */
export function ResetPasswordForm({ account, onDone }: { account: { id: string; version: number }; onDone(): void }) {
  const { t } = useI18n();
  const [, resetPassword] = useMutation(ResetPasswordMutation);
  const { form, onSubmit, conflict, reapply, discard, failure, unplaced } = useMutationForm({
    schema: resetPasswordInput,
    recordType: "Account",
    defaultValues: { id: databaseId(account.id), version: account.version, newPassword: "" },
    submit: (values) => resetPassword({ input: { ...values, id: globalId("Account", values.id) } }),
    onSaved: onDone,
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <FormFailureAlert failure={failure} unplaced={unplaced} />
        <TextField control={form.control} name="newPassword" label="accounts.temporaryPassword" hint="accounts.firstPasswordHint" required />
        <Group justify="flex-end">
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t("accounts.resetPassword")}
          </Button>
        </Group>
      </Stack>
      <ConflictDialog
        conflict={conflict}
        fields={[]}
        onReapply={reapply}
        onDiscard={() => discard({ id: databaseId(account.id), version: conflict?.currentVersion ?? account.version, newPassword: "" })}
      />
    </form>
  );
}
