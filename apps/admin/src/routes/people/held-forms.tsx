// A person's posts (chức vụ) and party roles (chức vụ Đảng): assigning one and ending one. Both are
// held alike — in a unit, or outside the police (an organisation for a post, a party body for a
// role), effective-dated — so one form of each serves both kinds, validated with the kind's own
// schema from @thidua/domain. Loaded with the first of them (the drawer imports this lazily).
import { Input, SegmentedControl, SimpleGrid, Text, TextInput } from "@mantine/core";
import { assignPartyRoleInput, assignPostInput, endPartyRoleInput, endPostInput } from "@thidua/domain/inputs/people";
import { useState } from "react";
import { Controller } from "react-hook-form";
import { useMutation } from "urql";
import type { z } from "zod";
import { useAccount } from "../../components/account.tsx";
import { ConflictDialog } from "../../forms/conflict-dialog.tsx";
import { FormFailureAlert, TextField, useIssueText } from "../../forms/fields.tsx";
import { useMutationForm } from "../../forms/mutation-form.ts";
import { toDateScalar } from "../../graphql/scalars.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/vi.ts";
import { databaseId, globalId } from "../../live/global-id.ts";
import { type HeldKind, heldTitles } from "./held-kinds.ts";
import { StepForm } from "./officer-forms.tsx";
import { AssignPartyRoleMutation, AssignPostMutation, EndPartyRoleMutation, EndPostMutation } from "./operations.ts";
import { UnitSelect } from "./unit-select.tsx";

/** A post or party role as the drawer lists it; `place` is its unit's or outside place's name. */
export interface HeldItem {
  id: string;
  version: number;
  title: string;
  effectiveFrom?: string | null;
  place: string;
}

/** Who is given the post or role, and where they serve today (the unit offered first). */
export interface HeldHolder {
  id: string;
  unit: { id: string; code: string } | null;
}

interface KindSpec {
  /** The GraphQL type both of its mutations answer with. */
  recordType: string;
  /** Where it is held outside the police: the input field and its label. */
  outside: "organisation" | "body";
  outsideLabel: MessageKey;
  titleHint: MessageKey;
}

const kinds = {
  post: { recordType: "PostAssignment", outside: "organisation", outsideLabel: "person.postOrganisation", titleHint: "person.postTitleHint" },
  partyRole: { recordType: "PartyRole", outside: "body", outsideLabel: "person.partyBody", titleHint: "person.partyTitleHint" },
} as const satisfies Record<HeldKind, KindSpec>;

// the fields of both assign schemas; each kind fills its own place outside the police
type AssignSchema = z.ZodType<
  z.output<typeof assignPostInput> & z.output<typeof assignPartyRoleInput>,
  z.input<typeof assignPostInput> & z.input<typeof assignPartyRoleInput>
>;
const assignSchemas: Record<HeldKind, AssignSchema> = { post: assignPostInput, partyRole: assignPartyRoleInput };
const endSchemas = { post: endPostInput, partyRole: endPartyRoleInput } as const;

/**
 * A new post or party role from a day. In a unit (the holder's own first), or — for the admin
 * only, as the API allows — outside the police; exactly one of the two, as the schema requires.
 */
export function AssignHeldForm({
  kind,
  holder,
  mayGoOutside,
  asOf,
  onDone,
}: {
  kind: HeldKind;
  holder: HeldHolder;
  mayGoOutside: boolean;
  asOf: string;
  onDone(): void;
}) {
  const { t } = useI18n();
  const issueText = useIssueText();
  const account = useAccount();
  // a unit editor writes only in its own unit's subtree: other units are not offered
  const within = account.role === "UNIT_EDITOR" ? (account.unit?.code ?? null) : null;
  const spec = kinds[kind];
  const [, assignPost] = useMutation(AssignPostMutation);
  const [, assignPartyRole] = useMutation(AssignPartyRoleMutation);
  const ownUnit = holder.unit ? databaseId(holder.unit.id) : null;
  const [place, setPlace] = useState<"unit" | "outside">(ownUnit !== null || !mayGoOutside ? "unit" : "outside");
  const { form, onSubmit, failure, unplaced } = useMutationForm({
    schema: assignSchemas[kind],
    recordType: spec.recordType,
    defaultValues: {
      personId: databaseId(holder.id),
      unitId: place === "unit" ? ownUnit : null,
      title: "",
      titleEn: "",
      effectiveFrom: toDateScalar(new Date()),
    },
    submit: ({ personId, unitId, organisation, body, titleLong, ...held }) => {
      const input = { ...held, personId: globalId("Person", personId), unitId: unitId == null ? null : globalId("Unit", unitId) };
      return kind === "post"
        ? assignPost({ input: { ...input, organisation }, asOf })
        : assignPartyRole({ input: { ...input, body, titleLong }, asOf });
    },
    onSaved: onDone,
  });

  const choosePlace = (next: string) => {
    const chosen = next === "outside" ? "outside" : "unit";
    setPlace(chosen);
    // the other place is cleared (the schema takes exactly one); back in a unit, the holder's own
    form.setValue("unitId", chosen === "unit" ? ownUnit : null);
    form.setValue(spec.outside, null);
    form.clearErrors(["unitId", spec.outside]);
  };

  return (
    <StepForm label={heldTitles[kind].assign} onSubmit={onSubmit} submitting={form.formState.isSubmitting} onCancel={onDone}>
      <FormFailureAlert failure={failure} unplaced={unplaced} />
      {mayGoOutside && (
        <Input.Wrapper label={t("person.heldWhere")}>
          <SegmentedControl
            fullWidth
            value={place}
            onChange={choosePlace}
            data={[
              { value: "unit", label: t("person.heldInUnit") },
              { value: "outside", label: t("person.heldOutside") },
            ]}
          />
        </Input.Wrapper>
      )}
      {place === "unit" ? (
        <Controller
          control={form.control}
          name="unitId"
          render={({ field, fieldState }) => (
            <UnitSelect
              label={t("people.unit")}
              required
              valueKind="databaseId"
              within={within}
              selectedCode={holder.unit && field.value === ownUnit ? holder.unit.code : null}
              value={field.value == null ? null : String(field.value)}
              onChange={(value) => field.onChange(value == null ? null : Number(value))}
              error={issueText(fieldState.error && { type: fieldState.error.type, message: fieldState.error.message })}
            />
          )}
        />
      ) : (
        <Controller
          control={form.control}
          name={spec.outside}
          render={({ field, fieldState }) => {
            // "exactly one of unitId and …" is reported on unitId, which this place does not show
            const issue = fieldState.error ?? form.formState.errors.unitId;
            return (
              <TextInput
                label={t(spec.outsideLabel)}
                required
                name={field.name}
                ref={field.ref}
                onBlur={field.onBlur}
                value={field.value ?? ""}
                onChange={(event) => field.onChange(event.currentTarget.value)}
                error={issueText(issue && { type: issue.type, message: issue.message })}
              />
            );
          }}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField control={form.control} name="title" label="person.heldTitle" hint={spec.titleHint} required />
        <TextField control={form.control} name="titleEn" label="person.heldTitleEn" hint="person.heldTitleEnHint" required />
      </SimpleGrid>
      {kind === "partyRole" && <TextField control={form.control} name="titleLong" label="person.partyTitleLong" hint="person.partyTitleLongHint" />}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextField control={form.control} name="effectiveFrom" label="person.heldFrom" hint="person.heldFromHint" type="date" />
        <TextField control={form.control} name="effectiveTo" label="person.heldTo" hint="person.heldToHint" type="date" />
        <TextField control={form.control} name="attestedOn" label="person.attestedOn" hint="person.attestedOnHint" type="date" />
      </SimpleGrid>
    </StepForm>
  );
}

/** Ends a post or party role held until now, on a day (the first it is no longer held). */
export function EndHeldForm({ kind, item, asOf, onDone }: { kind: HeldKind; item: HeldItem; asOf: string; onDone(): void }) {
  const { t, date } = useI18n();
  const spec = kinds[kind];
  const [, endPost] = useMutation(EndPostMutation);
  const [, endPartyRole] = useMutation(EndPartyRoleMutation);
  const { form, onSubmit, conflict, reapply, discard, failure, unplaced } = useMutationForm({
    schema: endSchemas[kind],
    recordType: spec.recordType,
    defaultValues: { id: databaseId(item.id), version: item.version, effectiveTo: toDateScalar(new Date()) },
    submit: ({ id: _id, ...values }) =>
      kind === "post" ? endPost({ input: { ...values, id: item.id }, asOf }) : endPartyRole({ input: { ...values, id: item.id }, asOf }),
    onSaved: onDone,
  });
  // a refusal of the record itself (alreadyEnded names its id) is the form's own
  const recordIssue = form.formState.errors.id;
  const formIssues = recordIssue ? [...unplaced, { path: ["id"], code: recordIssue.type, message: recordIssue.message ?? "" }] : unplaced;
  const mine = form.watch("effectiveTo");
  // the record as the other save left it (its audit snapshot): dates as timestamps
  const theirs = conflict?.current.effectiveTo;
  const shown = (day: unknown) => (typeof day === "string" && day ? date(day.slice(0, 10)) : "");
  return (
    <StepForm label={heldTitles[kind].end} onSubmit={onSubmit} submitting={form.formState.isSubmitting} onCancel={onDone}>
      <FormFailureAlert failure={failure} unplaced={formIssues} />
      <Text size="sm">
        {t("person.endIntro", {
          title: item.title,
          place: item.place,
          from: item.effectiveFrom ? date(item.effectiveFrom) : t("person.sinceUnknown"),
        })}
      </Text>
      <TextField control={form.control} name="effectiveTo" label="person.heldEndsOn" hint="person.heldEndsOnHint" type="date" required />
      <ConflictDialog
        conflict={conflict}
        fields={[{ label: "person.heldEndsOn", theirs: shown(theirs), mine: shown(mine) }]}
        onReapply={reapply}
        onDiscard={() => discard({ ...form.getValues(), version: conflict?.currentVersion ?? item.version })}
      />
    </StepForm>
  );
}
