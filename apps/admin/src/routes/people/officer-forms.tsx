// An officer's career steps: transfer to another unit, promotion up the rank ladder, retirement.
// Each names the officer's version (Person.officerVersion); a step someone else took first is a
// conflict, shown beside this one with the choice to reapply it.
import { Button, Group, Stack, Text } from "@mantine/core";
import { promoteOfficerInput, retireOfficerInput, transferOfficerInput } from "@thidua/domain/inputs/people";
import { isPromotion, type Rank, ranks } from "@thidua/domain/ranks";
import { type ReactNode, useState } from "react";
import { Controller } from "react-hook-form";
import { useMutation } from "urql";
import { type ConflictField, ConflictDialog } from "../../forms/conflict-dialog.tsx";
import { FormFailureAlert, SelectField, TextField, useIssueText } from "../../forms/fields.tsx";
import { type Conflict, useMutationForm } from "../../forms/mutation-form.ts";
import { toDateScalar } from "../../graphql/scalars.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/vi.ts";
import { databaseId, globalId } from "../../live/global-id.ts";
import { PromoteOfficerMutation, RetireOfficerMutation, TransferOfficerMutation } from "./operations.ts";
import { UnitSelect } from "./unit-select.tsx";

export interface OfficerSummary {
  id: string;
  fullName: string;
  officerVersion: number;
  rank: Rank | null;
  /** The unit served in on the roster's day. */
  unit: { id: string; code: string; label: string } | null;
}

interface StepProps {
  officer: OfficerSummary;
  asOf: string;
  onDone(): void;
}

/** The officer as the conflicting save left it (the audit snapshot of Officer). */
interface OfficerSnapshot {
  retiredAt?: string | null;
  rankGrants?: Array<{ rank: Rank; effectiveFrom: string }>;
  person?: { unitAssignments?: Array<{ unitId: number; effectiveFrom: string; effectiveTo: string | null }> };
}

function useSnapshotFields(officer: OfficerSummary) {
  const { enumLabel, date, t } = useI18n();
  return (current: Conflict["current"] | undefined) => {
    const snapshot = (current ?? {}) as OfficerSnapshot;
    const grant = snapshot.rankGrants?.at(-1);
    const assignment = snapshot.person?.unitAssignments?.find((held) => held.effectiveTo === null);
    const unitLabel =
      assignment && officer.unit && databaseId(officer.unit.id) === assignment.unitId
        ? officer.unit.label
        : assignment
          ? t("person.unitNumber", { id: assignment.unitId })
          : "";
    return {
      rank: grant ? `${enumLabel("Rank", grant.rank)} (${date(grant.effectiveFrom)})` : "",
      unit: assignment ? `${unitLabel} (${date(assignment.effectiveFrom)})` : "",
      retiredAt: snapshot.retiredAt ? date(snapshot.retiredAt) : "",
    };
  };
}

/** A one-step change's form: its fields, then cancel and the step's own button. */
export function StepForm({
  label,
  onSubmit,
  submitting,
  onCancel,
  children,
}: {
  label: MessageKey;
  onSubmit(): void;
  submitting: boolean;
  onCancel(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
      aria-label={t(label)}
    >
      <Stack>
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("form.cancel")}
          </Button>
          <Button type="submit" loading={submitting}>
            {t(label)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function TransferForm({ officer, asOf, onDone }: StepProps) {
  const { t, date } = useI18n();
  const issueText = useIssueText();
  const snapshotFields = useSnapshotFields(officer);
  const [, transfer] = useMutation(TransferOfficerMutation);
  const { form, onSubmit, conflict, reapply, discard, failure, unplaced } = useMutationForm({
    schema: transferOfficerInput,
    recordType: "Person",
    defaultValues: { personId: databaseId(officer.id), version: officer.officerVersion, effectiveFrom: toDateScalar(new Date()) },
    submit: ({ personId, toUnitId, ...values }) =>
      transfer({ input: { ...values, personId: globalId("Person", personId), toUnitId: globalId("Unit", toUnitId) }, asOf }),
    onSaved: onDone,
  });
  const mine = form.watch();
  const theirs = snapshotFields(conflict?.current);
  const [toUnitLabel, setToUnitLabel] = useState("");
  const fields: ConflictField[] = [
    { label: "people.unit", theirs: theirs.unit, mine: mine.effectiveFrom ? `${toUnitLabel} (${date(String(mine.effectiveFrom))})` : toUnitLabel },
  ];
  return (
    <StepForm label="person.transfer" onSubmit={onSubmit} submitting={form.formState.isSubmitting} onCancel={onDone}>
      <FormFailureAlert failure={failure} unplaced={unplaced} />
      <Text size="sm">{t("person.currentUnit", { unit: officer.unit?.label ?? t("common.none") })}</Text>
      <Controller
        control={form.control}
        name="toUnitId"
        render={({ field, fieldState }) => (
          <UnitSelect
            label={t("person.toUnit")}
            required
            valueKind="databaseId"
            value={field.value == null ? null : String(field.value)}
            onChange={(value, label) => {
              setToUnitLabel(label ?? "");
              field.onChange(value == null ? undefined : Number(value));
            }}
            error={issueText(fieldState.error && { type: fieldState.error.type, message: fieldState.error.message })}
          />
        )}
      />
      <TextField control={form.control} name="effectiveFrom" label="person.transferFrom" type="date" required />
      <ConflictDialog
        conflict={conflict}
        fields={fields}
        onReapply={reapply}
        onDiscard={() => discard({ ...form.getValues(), version: conflict?.currentVersion ?? officer.officerVersion })}
      />
    </StepForm>
  );
}

export function PromoteForm({ officer, asOf, onDone }: StepProps) {
  const { t, enumLabel } = useI18n();
  const snapshotFields = useSnapshotFields(officer);
  const [, promote] = useMutation(PromoteOfficerMutation);
  const currentRank = officer.rank ?? "BINH_NHI";
  // only the ranks above the current one are offered: a promotion never goes down
  const higher = ranks.filter((rank) => isPromotion(currentRank, rank)).map((rank) => ({ value: rank, label: enumLabel("Rank", rank) }));
  const { form, onSubmit, conflict, reapply, discard, failure, unplaced } = useMutationForm({
    schema: promoteOfficerInput,
    recordType: "Person",
    defaultValues: {
      personId: databaseId(officer.id),
      version: officer.officerVersion,
      currentRank,
      newRank: higher[0]?.value,
      decisionNumber: "",
      effectiveFrom: toDateScalar(new Date()),
    },
    submit: ({ personId, ...values }) => promote({ input: { ...values, personId: globalId("Person", personId) }, asOf }),
    onSaved: onDone,
  });
  const mine = form.watch();
  const theirs = snapshotFields(conflict?.current);
  return (
    <StepForm label="person.promote" onSubmit={onSubmit} submitting={form.formState.isSubmitting} onCancel={onDone}>
      <FormFailureAlert failure={failure} unplaced={unplaced} />
      <Text size="sm">{t("person.currentRank", { rank: officer.rank ? enumLabel("Rank", officer.rank) : t("common.none") })}</Text>
      <SelectField control={form.control} name="newRank" label="person.newRank" data={higher} required />
      <TextField control={form.control} name="decisionNumber" label="person.decisionNumber" hint="person.decisionNumberHint" required />
      <TextField control={form.control} name="effectiveFrom" label="person.rankFrom" type="date" required />
      <ConflictDialog
        conflict={conflict}
        fields={[{ label: "people.rank", theirs: theirs.rank, mine: mine.newRank ? enumLabel("Rank", mine.newRank as Rank) : "" }]}
        onReapply={reapply}
        onDiscard={() => discard({ ...form.getValues(), version: conflict?.currentVersion ?? officer.officerVersion })}
      />
    </StepForm>
  );
}

export function RetireForm({ officer, asOf, onDone }: StepProps) {
  const { t, date } = useI18n();
  const snapshotFields = useSnapshotFields(officer);
  const [, retire] = useMutation(RetireOfficerMutation);
  const { form, onSubmit, conflict, reapply, discard, failure, unplaced } = useMutationForm({
    schema: retireOfficerInput,
    recordType: "Person",
    defaultValues: { personId: databaseId(officer.id), version: officer.officerVersion, retiredAt: toDateScalar(new Date()) },
    submit: ({ personId, ...values }) => retire({ input: { ...values, personId: globalId("Person", personId) }, asOf }),
    onSaved: onDone,
  });
  const mine = form.watch();
  const theirs = snapshotFields(conflict?.current);
  return (
    <StepForm label="person.retire" onSubmit={onSubmit} submitting={form.formState.isSubmitting} onCancel={onDone}>
      <FormFailureAlert failure={failure} unplaced={unplaced} />
      <Text size="sm">{t("person.retireIntro", { name: officer.fullName })}</Text>
      <TextField control={form.control} name="retiredAt" label="person.retiredAt" type="date" required />
      <ConflictDialog
        conflict={conflict}
        fields={[{ label: "person.retiredAt", theirs: theirs.retiredAt, mine: mine.retiredAt ? date(String(mine.retiredAt)) : "" }]}
        onReapply={reapply}
        onDiscard={() => discard({ ...form.getValues(), version: conflict?.currentVersion ?? officer.officerVersion })}
      />
    </StepForm>
  );
}
