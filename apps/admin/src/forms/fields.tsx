// Mantine inputs bound to a react-hook-form field: label, hint and the field's error in the shown
// language (issue-messages.ts). Dates are the browser's own date input (YYYY-MM-DD, keyboard and
// screen-reader friendly), as the API's Date scalar writes them.
import { Alert, NumberInput, Select, Textarea, TextInput } from "@mantine/core";
import type { ReactNode } from "react";
import { type Control, Controller, type ControllerFieldState, type ControllerRenderProps, type FieldValues, type Path } from "react-hook-form";
import { useI18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/vi.ts";
import { issueMessageKey } from "./issue-messages.ts";
import type { FormFailure, ServerFieldError } from "./mutation-form.ts";

export function useIssueText() {
  const { t } = useI18n();
  return (issue: { type?: string; code?: string; message?: string } | undefined): string | undefined => {
    if (!issue) return undefined;
    const key = issueMessageKey(issue.code ?? issue.type, issue.message);
    return key ? t(key) : issue.message;
  };
}

interface FieldProps<Values extends FieldValues> {
  control: Control<Values>;
  name: Path<Values>;
  label: MessageKey;
  hint?: MessageKey;
  required?: boolean;
  disabled?: boolean;
}

/**
 * The props every bound input shares: its label and hint, required and disabled, the field's error
 * in the shown language, and react-hook-form's name, ref and onBlur.
 */
function useBoundProps<Values extends FieldValues>({ label, hint, required, disabled }: Pick<FieldProps<Values>, "label" | "hint" | "required" | "disabled">) {
  const { t } = useI18n();
  const issueText = useIssueText();
  return (field: ControllerRenderProps<Values, Path<Values>>, { error }: ControllerFieldState) => ({
    label: t(label),
    description: hint ? t(hint) : undefined,
    required,
    disabled,
    error: issueText(error && { type: error.type, message: error.message }),
    name: field.name,
    ref: field.ref,
    onBlur: field.onBlur,
  });
}

export function TextField<Values extends FieldValues>({
  control,
  name,
  label,
  hint,
  required,
  disabled,
  type = "text",
  multiline = false,
}: FieldProps<Values> & { type?: "text" | "date" | "email" | "tel"; multiline?: boolean }) {
  const bound = useBoundProps<Values>({ label, hint, required, disabled });
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const props = {
          ...bound(field, fieldState),
          value: (field.value as string | null | undefined) ?? "",
          onChange: (event: { currentTarget: { value: string } }) => field.onChange(event.currentTarget.value),
        };
        return multiline ? <Textarea autosize minRows={2} {...props} /> : <TextInput type={type} {...props} />;
      }}
    />
  );
}

export function NumberField<Values extends FieldValues>({ control, name, label, hint, required, disabled }: FieldProps<Values>) {
  const bound = useBoundProps<Values>({ label, hint, required, disabled });
  const { locale } = useI18n();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          {...bound(field, fieldState)}
          decimalSeparator={locale === "vi" ? "," : "."}
          thousandSeparator={locale === "vi" ? "." : ","}
          value={(field.value as number | null | undefined) ?? ""}
          // an emptied box is no number (null), not 0
          onChange={(value) => field.onChange(typeof value === "number" ? value : null)}
        />
      )}
    />
  );
}

export function SelectField<Values extends FieldValues>({
  control,
  name,
  label,
  hint,
  required,
  disabled,
  data,
  searchable,
  clearable,
  onSearchChange,
}: FieldProps<Values> & {
  data: ReadonlyArray<{ value: string; label: string }>;
  searchable?: boolean;
  clearable?: boolean;
  onSearchChange?: (text: string) => void;
}) {
  const bound = useBoundProps<Values>({ label, hint, required, disabled });
  const { t } = useI18n();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          {...bound(field, fieldState)}
          data={data as { value: string; label: string }[]}
          searchable={searchable}
          clearable={clearable}
          onSearchChange={onSearchChange}
          nothingFoundMessage={t("form.nothingFound")}
          value={field.value == null ? null : String(field.value)}
          onChange={(value) => field.onChange(value)}
          comboboxProps={{ withinPortal: true }}
        />
      )}
    />
  );
}

const failureKeys: Readonly<Record<Exclude<FormFailure["kind"], "message">, MessageKey>> = {
  forbidden: "form.failure.forbidden",
  notFound: "form.failure.notFound",
  signedOut: "form.failure.signedOut",
};

/** The form's own error: a refusal that names no field, and field errors for fields not shown. */
export function FormFailureAlert({ failure, unplaced = [] }: { failure: FormFailure | null; unplaced?: readonly ServerFieldError[] }) {
  const { t } = useI18n();
  const issueText = useIssueText();
  if (!failure && unplaced.length === 0) return null;
  let text: ReactNode = null;
  if (failure) {
    if (failure.kind === "message") text = t("form.failure.message", { message: failure.message });
    else if (failure.kind === "forbidden" && failure.reason === "periodClosed") text = t("form.issue.periodClosed");
    else text = t(failureKeys[failure.kind]);
  }
  return (
    <Alert color="red" role="alert" title={t("form.failure.title")}>
      {text}
      {unplaced.map((issue) => (
        <div key={`${issue.path.join(".")}:${issue.code}`}>{issueText(issue)}</div>
      ))}
    </Alert>
  );
}
