// Commendations (khen thưởng) as a board by workflow state. Each card offers only the steps the
// workflow allows from its state (@thidua/domain's commendationTransitions), each a small form
// checked with the step's own schema; the admin takes the steps, editors propose.
import { Badge, Button, Card, Group, Modal, NumberInput, ScrollArea, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { commendationKinds, commendationLevels, commendationStatuses, commendationTransitions } from "@thidua/domain/enums";
import {
  approveCommendationInput,
  decideCommendationInput,
  proposeCommendationInput,
  rejectCommendationInput,
  reviewCommendationInput,
} from "@thidua/domain/inputs/commendations";
import { useState } from "react";
import { Controller } from "react-hook-form";
import { useSearchParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { QueryStatus } from "../../components/query-status.tsx";
import { ConflictDialog } from "../../forms/conflict-dialog.tsx";
import { FormFailureAlert, SelectField, TextField, useIssueText } from "../../forms/fields.tsx";
import { useMutationForm } from "../../forms/mutation-form.ts";
import { useWriteAccess } from "../../forms/write-access.ts";
import type { CommendationCardFragment, CommendationStatus } from "../../graphql/generated/graphql.ts";
import { toDateScalar } from "../../graphql/scalars.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/vi.ts";
import { databaseId, globalId } from "../../live/global-id.ts";
import { useLiveChanges } from "../../live/use-live-changes.ts";
import { UnitSelect } from "../people/unit-select.tsx";
import {
  ApproveCommendationMutation,
  CommendationBoardQuery,
  DecideCommendationMutation,
  ProposeCommendationMutation,
  RejectCommendationMutation,
  ReviewCommendationMutation,
} from "./operations.ts";

type Step = "REVIEWED" | "APPROVED" | "REJECTED" | "DECIDED";
const stepLabels: Record<Step, MessageKey> = {
  REVIEWED: "commendations.review",
  APPROVED: "commendations.approve",
  REJECTED: "commendations.reject",
  DECIDED: "commendations.decide",
};
const statusColor: Record<CommendationStatus, string> = { PROPOSED: "blue", REVIEWED: "cyan", APPROVED: "teal", REJECTED: "red", DECIDED: "green" };

/** The steps a card may take next: exactly the workflow's transitions from its state. */
export function nextSteps(status: CommendationStatus): Step[] {
  return commendationTransitions[status] as Step[];
}

function useKindOptions(withUnspecified: boolean) {
  const { enumLabel } = useI18n();
  return commendationKinds
    .filter((kind) => withUnspecified || kind !== "UNSPECIFIED")
    .map((kind) => ({ value: kind, label: enumLabel("CommendationKind", kind) }));
}

function StepForm({ card, step, onDone }: { card: CommendationCardFragment; step: Step; onDone(): void }) {
  const { t, enumLabel } = useI18n();
  const kinds = useKindOptions(false);
  const levels = commendationLevels.map((level) => ({ value: level, label: enumLabel("CommendationLevel", level) }));
  const [, review] = useMutation(ReviewCommendationMutation);
  const [, approve] = useMutation(ApproveCommendationMutation);
  const [, reject] = useMutation(RejectCommendationMutation);
  const [, decide] = useMutation(DecideCommendationMutation);
  const schema = { REVIEWED: reviewCommendationInput, APPROVED: approveCommendationInput, REJECTED: rejectCommendationInput, DECIDED: decideCommendationInput }[step];
  const { form, onSubmit, conflict, reapply, discard, failure, unplaced } = useMutationForm({
    schema: schema as typeof decideCommendationInput,
    recordType: "Commendation",
    defaultValues: {
      id: databaseId(card.id),
      version: card.version,
      note: "",
      ...(step === "DECIDED"
        ? { decisionNumber: "", decisionDate: toDateScalar(new Date()), ...(card.kind !== "UNSPECIFIED" ? { kind: card.kind } : {}), ...(card.level ? { level: card.level } : {}) }
        : {}),
    },
    submit: (values) => {
      const input = { ...values, id: globalId("Commendation", values.id) };
      if (step === "REVIEWED") return review({ input });
      if (step === "APPROVED") return approve({ input });
      if (step === "REJECTED") return reject({ input: { ...input, note: values.note ?? "" } });
      return decide({ input });
    },
    onSaved: onDone,
  });
  const theirs = (conflict?.current ?? {}) as { status?: CommendationStatus };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t(stepLabels[step])}>
      <Stack>
        <FormFailureAlert failure={failure} unplaced={unplaced} />
        {step === "DECIDED" && (
          <>
            <TextField control={form.control} name="decisionNumber" label="commendations.decisionNumber" hint="person.decisionNumberHint" required />
            <TextField control={form.control} name="decisionDate" label="commendations.decisionDate" type="date" required />
            <SelectField control={form.control} name="kind" label="commendations.kind" data={kinds} required={card.kind === "UNSPECIFIED"} />
            <SelectField control={form.control} name="level" label="commendations.level" data={levels} clearable />
          </>
        )}
        <TextField control={form.control} name="note" label={step === "REJECTED" ? "commendations.rejectReason" : "commendations.note"} required={step === "REJECTED"} multiline />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("form.cancel")}
          </Button>
          <Button type="submit" color={step === "REJECTED" ? "red" : undefined} loading={form.formState.isSubmitting}>
            {t(stepLabels[step])}
          </Button>
        </Group>
      </Stack>
      <ConflictDialog
        conflict={conflict}
        fields={[
          {
            label: "commendations.status",
            theirs: theirs.status ? enumLabel("CommendationStatus", theirs.status) : "",
            mine: enumLabel("CommendationStatus", step),
          },
        ]}
        onReapply={reapply}
        onDiscard={() => {
          discard({ ...form.getValues(), version: conflict?.currentVersion ?? card.version });
          onDone();
        }}
      />
    </form>
  );
}

function ProposeForm({ year, onDone }: { year: number; onDone(): void }) {
  const { t, enumLabel } = useI18n();
  const issueText = useIssueText();
  const kinds = useKindOptions(true);
  const levels = commendationLevels.map((level) => ({ value: level, label: enumLabel("CommendationLevel", level) }));
  const [, propose] = useMutation(ProposeCommendationMutation);
  const { form, onSubmit, failure, unplaced } = useMutationForm({
    schema: proposeCommendationInput,
    recordType: "Commendation",
    defaultValues: { kind: "UNSPECIFIED", year, proposedAt: toDateScalar(new Date()), title: "", note: "" },
    // the form names a recipient unit; proposals for a person or a scope in words come from the API
    submit: ({ recipientUnitId, ...values }) =>
      propose({ input: { ...values, recipientUnitId: recipientUnitId == null ? null : globalId("Unit", recipientUnitId) } }),
    onSaved: onDone,
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("commendations.propose")}>
      <Stack>
        <FormFailureAlert failure={failure} unplaced={unplaced} />
        <Controller
          control={form.control}
          name="recipientUnitId"
          render={({ field, fieldState }) => (
            <UnitSelect
              label={t("commendations.recipientUnit")}
              required
              valueKind="databaseId"
              value={field.value == null ? null : String(field.value)}
              onChange={(value) => field.onChange(value == null ? null : Number(value))}
              error={issueText(fieldState.error && { type: fieldState.error.type, message: fieldState.error.message })}
            />
          )}
        />
        <TextField control={form.control} name="title" label="commendations.titleField" />
        <Group grow>
          <SelectField control={form.control} name="kind" label="commendations.kind" data={kinds} />
          <SelectField control={form.control} name="level" label="commendations.level" data={levels} clearable />
        </Group>
        <Group grow>
          <Controller
            control={form.control}
            name="year"
            render={({ field }) => <NumberInput label={t("metrics.year")} value={field.value as number} onChange={(value) => field.onChange(Number(value))} />}
          />
          <TextField control={form.control} name="proposedAt" label="commendations.proposedAt" type="date" required />
        </Group>
        <TextField control={form.control} name="note" label="commendations.note" multiline />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("form.cancel")}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t("commendations.propose")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CommendationsPage() {
  const { t, enumLabel, date } = useI18n();
  const access = useWriteAccess();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get("year")) || new Date().getFullYear() - 1;
  const [{ data, fetching, error }, refetch] = useQuery({ query: CommendationBoardQuery, variables: { year } });
  useLiveChanges("commendation", () => refetch({ requestPolicy: "network-only" }));
  const [active, setActive] = useState<{ card: CommendationCardFragment; step: Step } | null>(null);
  const [proposing, setProposing] = useState(false);
  const cards = data?.commendations.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack>
      <title>{t("commendations.title")}</title>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t("commendations.title")}</Title>
        <Group align="flex-end">
          <NumberInput label={t("metrics.year")} value={year} w={120} min={1945} max={2100} onChange={(value) => setParams({ year: String(value || year) }, { replace: true })} />
          {(access.role === "ADMIN" || access.role === "UNIT_EDITOR") && <Button onClick={() => setProposing(true)}>{t("commendations.propose")}</Button>}
        </Group>
      </Group>
      <QueryStatus fetching={fetching && !data} error={error} />
      <ScrollArea type="auto">
        <SimpleGrid cols={5} miw={1100} spacing="sm">
          {commendationStatuses.map((status) => {
            const column = cards.filter((card) => card.status === status);
            return (
              <Stack key={status} gap="xs" component="section" aria-label={enumLabel("CommendationStatus", status)}>
                <Group justify="space-between">
                  <Title order={2} size="h5">
                    {enumLabel("CommendationStatus", status)}
                  </Title>
                  <Badge color={statusColor[status]} variant="light">
                    {column.length}
                  </Badge>
                </Group>
                {column.map((card) => (
                  <Card key={card.id} withBorder padding="sm" radius="md" component="article" aria-label={card.title ?? enumLabel("CommendationKind", card.kind)}>
                    <Text fw={600} size="sm">
                      {card.title ?? enumLabel("CommendationKind", card.kind)}
                    </Text>
                    <Text size="sm">{card.recipientUnit?.shortName ?? card.recipientUnit?.name ?? card.recipientPerson?.fullName ?? card.recipientScope}</Text>
                    <Text size="xs" c="dimmed">
                      {enumLabel("CommendationKind", card.kind)}
                      {card.level && ` · ${enumLabel("CommendationLevel", card.level)}`} · {date(card.proposedAt)}
                    </Text>
                    {card.decisionNumber && (
                      <Text size="xs" mt={4}>
                        {t("commendations.decision", { number: card.decisionNumber, date: card.decisionDate ? date(card.decisionDate) : "" })}
                      </Text>
                    )}
                    {access.isAdmin && nextSteps(card.status).length > 0 && (
                      <Group gap={4} mt="xs">
                        {nextSteps(card.status).map((step) => (
                          <Button key={step} size="compact-xs" variant="light" color={step === "REJECTED" ? "red" : undefined} onClick={() => setActive({ card, step })}>
                            {t(stepLabels[step])}
                          </Button>
                        ))}
                      </Group>
                    )}
                  </Card>
                ))}
              </Stack>
            );
          })}
        </SimpleGrid>
      </ScrollArea>
      <Modal opened={active !== null} onClose={() => setActive(null)} title={active ? t(stepLabels[active.step]) : ""}>
        {active && <StepForm card={active.card} step={active.step} onDone={() => setActive(null)} />}
      </Modal>
      <Modal opened={proposing} onClose={() => setProposing(false)} title={t("commendations.propose")} size="lg">
        {proposing && <ProposeForm year={year} onDone={() => setProposing(false)} />}
      </Modal>
    </Stack>
  );
}
