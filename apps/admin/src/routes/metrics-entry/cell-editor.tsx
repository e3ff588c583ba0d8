// One cell of the grid: a unit's figure for an indicator and period. A new figure is recorded; a
// recorded one is corrected with a reason, and its earlier values stay listed as its history.
// Rates take numerator and denominator, and the value follows from them as they are typed.
import { Button, Group, Stack, Table, Text } from "@mantine/core";
import { correctObservationInput, recordObservationInput } from "@thidua/domain/inputs/observations";
import { useEffect } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { useMutation } from "urql";
import { ConflictDialog } from "../../forms/conflict-dialog.tsx";
import { FormFailureAlert, NumberField, TextField } from "../../forms/fields.tsx";
import { useMutationForm } from "../../forms/mutation-form.ts";
import type { Granularity, ObservationCellFragment } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { databaseId, globalId } from "../../live/global-id.ts";
import { CorrectObservationMutation, RecordObservationMutation } from "./operations.ts";

export interface CellTarget {
  indicator: { id: string; name: string; isRate: boolean };
  unit: { id: string; label: string };
  granularity: Granularity;
  periodStart: string;
  observation: ObservationCellFragment | null;
}

/** A rate's value as the API checks it: 100 × numerator / denominator, to a tenth. */
export function rateOf(numerator: unknown, denominator: unknown): number | null {
  if (typeof numerator !== "number" || typeof denominator !== "number" || denominator <= 0) return null;
  return Math.round((1000 * numerator) / denominator) / 10;
}

/** Keeps a rate's value in step with its parts while they are typed. */
function useDerivedRate<Values extends FieldValues>(form: UseFormReturn<Values>, isRate: boolean) {
  const numerator = form.watch("numerator" as never);
  const denominator = form.watch("denominator" as never);
  useEffect(() => {
    if (!isRate) return;
    const rate = rateOf(numerator, denominator);
    if (rate !== null) form.setValue("value" as never, rate as never, { shouldValidate: true });
  }, [isRate, numerator, denominator, form]);
}

function RateOrValueFields({ control, isRate, readOnly }: { control: never; isRate: boolean; readOnly: boolean }) {
  return (
    <Group grow align="flex-start">
      {isRate && <NumberField control={control} name="numerator" label="metrics.numerator" hint="metrics.numeratorHint" disabled={readOnly} />}
      {isRate && <NumberField control={control} name="denominator" label="metrics.denominator" hint="metrics.denominatorHint" disabled={readOnly} />}
      <NumberField control={control} name="value" label={isRate ? "metrics.rate" : "metrics.value"} disabled={readOnly || isRate} required />
    </Group>
  );
}

function RecordForm({ target, onDone }: { target: CellTarget; onDone(): void }) {
  const { t } = useI18n();
  const [, record] = useMutation(RecordObservationMutation);
  const { form, onSubmit, failure, unplaced } = useMutationForm({
    schema: recordObservationInput,
    recordType: "Observation",
    defaultValues: {
      indicatorId: databaseId(target.indicator.id),
      unitId: databaseId(target.unit.id),
      granularity: target.granularity,
      periodStart: target.periodStart,
      source: "REPORTED",
      sourceNote: "",
      ...(target.indicator.isRate ? { numerator: null, denominator: null } : {}),
    },
    submit: ({ indicatorId, unitId, ...values }) =>
      record({ input: { ...values, indicatorId: globalId("Indicator", indicatorId), unitId: globalId("Unit", unitId) } }),
    onSaved: onDone,
  });
  useDerivedRate(form, target.indicator.isRate);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("metrics.record")}>
      <Stack>
        <FormFailureAlert failure={failure} unplaced={unplaced} />
        <RateOrValueFields control={form.control as never} isRate={target.indicator.isRate} readOnly={false} />
        <TextField control={form.control} name="sourceNote" label="metrics.sourceNote" multiline />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("form.cancel")}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t("metrics.record")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CorrectForm({ target, observation, readOnly, onDone }: { target: CellTarget; observation: ObservationCellFragment; readOnly: boolean; onDone(): void }) {
  const { t, date, locale } = useI18n();
  const number = (value: number | null | undefined) => (value == null ? "" : new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB").format(value));
  const [, correct] = useMutation(CorrectObservationMutation);
  const { form, onSubmit, conflict, reapply, discard, failure, unplaced } = useMutationForm({
    schema: correctObservationInput,
    recordType: "Observation",
    defaultValues: {
      id: databaseId(observation.id),
      version: observation.version,
      value: observation.value,
      reason: "",
      ...(target.indicator.isRate ? { numerator: observation.numerator ?? null, denominator: observation.denominator ?? null } : {}),
    },
    submit: ({ id, ...values }) => correct({ input: { ...values, id: globalId("Observation", id) } }),
    onSaved: onDone,
  });
  useDerivedRate(form, target.indicator.isRate);
  const mine = form.watch();
  const theirs = (conflict?.current ?? {}) as { value?: number; numerator?: number | null; denominator?: number | null };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("metrics.correct")}>
      <Stack>
        <FormFailureAlert failure={failure} unplaced={unplaced} />
        <RateOrValueFields control={form.control as never} isRate={target.indicator.isRate} readOnly={readOnly} />
        {!readOnly && <TextField control={form.control} name="reason" label="metrics.reason" hint="metrics.reasonHint" required multiline />}
        <div>
          <Text fw={600} size="sm" mb={4}>
            {t("metrics.history")}
          </Text>
          {observation.revisions.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("metrics.noCorrections")}
            </Text>
          ) : (
            <Table withTableBorder aria-label={t("metrics.history")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("metrics.version")}</Table.Th>
                  <Table.Th scope="col">{t("metrics.value")}</Table.Th>
                  <Table.Th scope="col">{t("metrics.reason")}</Table.Th>
                  <Table.Th scope="col">{t("metrics.changedAt")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {observation.revisions.map((revision) => (
                  <Table.Tr key={revision.version}>
                    <Table.Td>{revision.version}</Table.Td>
                    <Table.Td>
                      {number(revision.value)}
                      {revision.numerator != null && ` (${number(revision.numerator)} / ${number(revision.denominator)})`}
                    </Table.Td>
                    <Table.Td>{revision.reason ?? t("common.none")}</Table.Td>
                    <Table.Td>{date(revision.changedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </div>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {readOnly ? t("form.close") : t("form.cancel")}
          </Button>
          {!readOnly && (
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t("metrics.correct")}
            </Button>
          )}
        </Group>
      </Stack>
      <ConflictDialog
        conflict={conflict}
        fields={[
          { label: "metrics.value", theirs: number(theirs.value), mine: number(mine.value as number) },
          ...(target.indicator.isRate
            ? ([
                { label: "metrics.numerator", theirs: number(theirs.numerator), mine: number(mine.numerator as number) },
                { label: "metrics.denominator", theirs: number(theirs.denominator), mine: number(mine.denominator as number) },
              ] as const)
            : []),
        ]}
        onReapply={reapply}
        onDiscard={() =>
          discard({
            ...form.getValues(),
            version: conflict?.currentVersion ?? observation.version,
            value: theirs.value ?? observation.value,
            ...(target.indicator.isRate ? { numerator: theirs.numerator ?? null, denominator: theirs.denominator ?? null } : {}),
          })
        }
      />
    </form>
  );
}

export function CellEditor({ target, readOnly, onDone }: { target: CellTarget; readOnly: boolean; onDone(): void }) {
  return target.observation ? (
    <CorrectForm key={target.observation.version} target={target} observation={target.observation} readOnly={readOnly} onDone={onDone} />
  ) : (
    <RecordForm target={target} onDone={onDone} />
  );
}
