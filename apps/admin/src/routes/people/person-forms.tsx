// Creating an officer and editing a person: the domain's createOfficerInput / updatePersonInput
// check every field as it is typed, the API's ValidationError lands on the same fields, and a
// conflicting save opens the conflict dialog.
import { Button, Group, SimpleGrid, Stack } from "@mantine/core";
import { genders } from "@thidua/domain/enums";
import { createOfficerInput, updatePersonInput } from "@thidua/domain/inputs/people";
import { ranks } from "@thidua/domain/ranks";
import { Controller } from "react-hook-form";
import { useMutation } from "urql";
import { ConflictDialog } from "../../forms/conflict-dialog.tsx";
import { FormFailureAlert, SelectField, TextField, useIssueText } from "../../forms/fields.tsx";
import { useMutationForm } from "../../forms/mutation-form.ts";
import type { Gender } from "../../graphql/generated/graphql.ts";
import { toDateScalar } from "../../graphql/scalars.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { databaseId, globalId } from "../../live/global-id.ts";
import { CreateOfficerMutation, UpdatePersonMutation } from "./operations.ts";
import { UnitSelect } from "./unit-select.tsx";

export interface EditablePerson {
  id: string;
  version: number;
  fullName: string;
  gender?: Gender | null;
  birthDate?: string | null;
  organisation?: string | null;
  email?: string | null;
  phone?: string | null;
}

const day = (value: unknown) => (typeof value === "string" ? value.slice(0, 10) : "");
const textOf = (value: unknown) => (value == null ? "" : String(value));

function useOptions() {
  const { enumLabel } = useI18n();
  return {
    genders: genders.map((gender) => ({ value: gender, label: enumLabel("Gender", gender) })),
    ranks: ranks.map((rank) => ({ value: rank, label: enumLabel("Rank", rank) })),
  };
}

/** The person's own fields; personal ones (birth date, email, phone) only when the role may read them. */
export function EditPersonForm({
  person,
  asOf,
  showPersonal,
  onDone,
}: {
  person: EditablePerson;
  asOf: string;
  showPersonal: boolean;
  onDone(): void;
}) {
  const { t, enumLabel } = useI18n();
  const options = useOptions();
  const [, updatePerson] = useMutation(UpdatePersonMutation);
  const { form, onSubmit, conflict, reapply, discard, failure, unplaced } = useMutationForm({
    schema: updatePersonInput,
    recordType: "Person",
    defaultValues: {
      id: databaseId(person.id),
      version: person.version,
      fullName: person.fullName,
      gender: person.gender ?? null,
      organisation: person.organisation ?? "",
      ...(showPersonal ? { birthDate: person.birthDate ?? "", email: person.email ?? "", phone: person.phone ?? "" } : {}),
    },
    submit: ({ id, ...values }) => updatePerson({ input: { ...values, id: globalId("Person", id) }, asOf }),
    onSaved: onDone,
  });
  const mine = form.watch();
  const theirs = conflict?.current ?? {};
  const genderLabel = (value: unknown) => (genders.includes(value as Gender) ? enumLabel("Gender", value as Gender) : "");

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("person.edit")}>
      <Stack>
        <FormFailureAlert failure={failure} unplaced={unplaced} />
        <TextField control={form.control} name="fullName" label="person.fullName" required />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <SelectField control={form.control} name="gender" label="person.gender" data={options.genders} clearable />
          {showPersonal && <TextField control={form.control} name="birthDate" label="person.birthDate" type="date" />}
        </SimpleGrid>
        {showPersonal && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextField control={form.control} name="email" label="person.email" type="email" />
            <TextField control={form.control} name="phone" label="person.phone" type="tel" />
          </SimpleGrid>
        )}
        <TextField control={form.control} name="organisation" label="person.organisation" hint="person.organisationHint" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("form.cancel")}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t("form.save")}
          </Button>
        </Group>
      </Stack>
      <ConflictDialog
        conflict={conflict}
        fields={[
          { label: "person.fullName", theirs: textOf(theirs.fullName), mine: textOf(mine.fullName) },
          { label: "person.gender", theirs: genderLabel(theirs.gender), mine: genderLabel(mine.gender) },
          ...(showPersonal
            ? ([
                { label: "person.birthDate", theirs: day(theirs.birthDate), mine: textOf(mine.birthDate) },
                { label: "person.email", theirs: textOf(theirs.email), mine: textOf(mine.email) },
                { label: "person.phone", theirs: textOf(theirs.phone), mine: textOf(mine.phone) },
              ] as const)
            : []),
          { label: "person.organisation", theirs: textOf(theirs.organisation), mine: textOf(mine.organisation) },
        ]}
        onReapply={reapply}
        onDiscard={() =>
          discard({
            id: databaseId(person.id),
            version: conflict?.currentVersion ?? person.version,
            fullName: textOf(theirs.fullName),
            gender: (theirs.gender as Gender | null) ?? null,
            organisation: textOf(theirs.organisation),
            ...(showPersonal ? { birthDate: day(theirs.birthDate), email: textOf(theirs.email), phone: textOf(theirs.phone) } : {}),
          })
        }
      />
    </form>
  );
}

/** A new officer: the person, the first rank and the first unit (createOfficer). */
export function CreateOfficerForm({ asOf, onCreated, onCancel }: { asOf: string; onCreated(id: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const options = useOptions();
  const issueText = useIssueText();
  const [, createOfficer] = useMutation(CreateOfficerMutation);
  const today = toDateScalar(new Date());
  const { form, onSubmit, failure, unplaced } = useMutationForm<typeof createOfficerInput, { id: string }>({
    schema: createOfficerInput,
    recordType: "Person",
    defaultValues: {
      fullName: "",
      serviceNumber: "",
      rank: "THIEU_UY",
      rankEffectiveFrom: today,
      rankDecisionNumber: "",
      unitEffectiveFrom: today,
      gender: null,
      birthDate: "",
      email: "",
      phone: "",
    },
    submit: ({ unitId, ...values }) => createOfficer({ input: { ...values, unitId: globalId("Unit", unitId) }, asOf }),
    onSaved: (person) => onCreated(person.id),
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("person.create")}>
      <Stack>
        <FormFailureAlert failure={failure} unplaced={unplaced} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField control={form.control} name="fullName" label="person.fullName" required />
          <TextField control={form.control} name="serviceNumber" label="person.serviceNumber" hint="person.serviceNumberHint" required />
          <SelectField control={form.control} name="gender" label="person.gender" data={options.genders} clearable />
          <TextField control={form.control} name="birthDate" label="person.birthDate" type="date" />
          <SelectField control={form.control} name="rank" label="people.rank" data={options.ranks} required searchable />
          <TextField control={form.control} name="rankEffectiveFrom" label="person.rankFrom" type="date" required />
          <TextField control={form.control} name="rankDecisionNumber" label="person.decisionNumber" hint="person.decisionNumberHint" />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={form.control}
            name="unitId"
            render={({ field, fieldState }) => (
              <UnitSelect
                label={t("people.unit")}
                required
                valueKind="databaseId"
                value={field.value == null ? null : String(field.value)}
                onChange={(value) => field.onChange(value == null ? undefined : Number(value))}
                error={issueText(fieldState.error && { type: fieldState.error.type, message: fieldState.error.message })}
              />
            )}
          />
          <TextField control={form.control} name="unitEffectiveFrom" label="person.unitFrom" type="date" required />
          <TextField control={form.control} name="email" label="person.email" type="email" />
          <TextField control={form.control} name="phone" label="person.phone" type="tel" />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("form.cancel")}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t("person.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
