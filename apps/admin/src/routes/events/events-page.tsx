// Events (hội nghị): the conferences of a cluster, and one conference's record — who took part in
// which role with the title they held that day, what it concluded, and the cluster-leader
// handover performed there. ?event=<id> names the open one.
import { ActionIcon, Badge, Button, Card, Group, List, Modal, NavLink, NumberInput, Select, SimpleGrid, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { participantRoles } from "@thidua/domain/enums";
import { handOverLeadershipInput } from "@thidua/domain/inputs/clusters";
import { addParticipantInput } from "@thidua/domain/inputs/events";
import { IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { Controller } from "react-hook-form";
import { useSearchParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { QueryStatus } from "../../components/query-status.tsx";
import { FormFailureAlert, SelectField, TextField, useIssueText } from "../../forms/fields.tsx";
import { useMutationForm } from "../../forms/mutation-form.ts";
import { unitLineage, useWriteAccess } from "../../forms/write-access.ts";
import type { EventDetailQuery as EventDetail } from "../../graphql/generated/graphql.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { databaseId, globalId } from "../../live/global-id.ts";
import { UnitSelect } from "../people/unit-select.tsx";
import { type CreatedEvent, CreateEventForm } from "./create-event-form.tsx";
import {
  AddParticipantMutation,
  EventDetailQuery,
  EventListQuery,
  HandOverMutation,
  PersonOptionsQuery,
  RemoveParticipantMutation,
  UpdateOutcomesMutation,
} from "./operations.ts";

type EventRecord = Extract<NonNullable<EventDetail["node"]>, { __typename?: "Event"; participants: unknown }>;

/** A person found by typing part of the name, with or without diacritics. */
function PersonSelect({ label, value, onChange, error, required }: { label: string; value: number | null | undefined; onChange(id: number | null): void; error?: string; required?: boolean }) {
  const { t } = useI18n();
  const [search, setSearch] = useState("");
  const [{ data }] = useQuery({ query: PersonOptionsQuery, variables: { search: search.trim() || null }, pause: search.trim().length < 2 });
  const options = (data?.people.edges ?? []).map(({ node }) => ({ value: String(databaseId(node.id)), label: node.fullName }));
  return (
    <Select
      label={label}
      required={required}
      error={error}
      searchable
      clearable
      data={options}
      value={value == null ? null : String(value)}
      onChange={(next) => onChange(next == null ? null : Number(next))}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      placeholder={t("events.personPlaceholder")}
      nothingFoundMessage={search.trim().length < 2 ? t("events.typeTwo") : t("form.nothingFound")}
    />
  );
}

function AddParticipantForm({ event, onDone }: { event: EventRecord; onDone(): void }) {
  const { t, enumLabel } = useI18n();
  const issueText = useIssueText();
  const [, add] = useMutation(AddParticipantMutation);
  const { form, onSubmit, failure, unplaced } = useMutationForm({
    schema: addParticipantInput,
    recordType: "EventParticipant",
    defaultValues: { eventId: databaseId(event.id), role: "ATTENDS", titleAtEvent: "", titleAtEventEn: "", sortOrder: event.participants.length },
    submit: ({ eventId, personId, unitId, ...values }) =>
      add({
        input: { ...values, eventId: globalId("Event", eventId), personId: globalId("Person", personId), unitId: unitId == null ? null : globalId("Unit", unitId) },
      }),
    onSaved: onDone,
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("events.addParticipant")}>
      <Stack>
        <FormFailureAlert failure={failure} unplaced={unplaced} />
        <Controller
          control={form.control}
          name="personId"
          render={({ field, fieldState }) => (
            <PersonSelect label={t("events.person")} required value={field.value} onChange={field.onChange} error={issueText(fieldState.error && { type: fieldState.error.type, message: fieldState.error.message })} />
          )}
        />
        <SelectField control={form.control} name="role" label="events.role" data={participantRoles.map((role) => ({ value: role, label: enumLabel("ParticipantRole", role) }))} required />
        <TextField control={form.control} name="titleAtEvent" label="events.titleAtEvent" hint="events.titleAtEventHint" />
        <TextField control={form.control} name="titleAtEventEn" label="events.titleAtEventEn" />
        <Controller
          control={form.control}
          name="unitId"
          render={({ field }) => (
            <UnitSelect label={t("events.represents")} valueKind="databaseId" value={field.value == null ? null : String(field.value)} onChange={(value) => field.onChange(value == null ? null : Number(value))} />
          )}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("form.cancel")}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t("events.addParticipant")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function HandOverForm({ event, onDone }: { event: EventRecord; onDone(): void }) {
  const { t } = useI18n();
  const issueText = useIssueText();
  const [, handOver] = useMutation(HandOverMutation);
  const { form, onSubmit, failure, unplaced } = useMutationForm({
    schema: handOverLeadershipInput,
    recordType: "LeadershipTerm",
    defaultValues: {
      clusterId: event.cluster ? databaseId(event.cluster.id) : undefined,
      eventId: databaseId(event.id),
      handedOverAt: event.date,
      year: Number(event.date.slice(0, 4)) + 1,
      role: "LEADER",
    },
    submit: ({ clusterId, unitId, eventId, receivedById, ...values }) =>
      handOver({
        input: {
          ...values,
          clusterId: globalId("Cluster", clusterId),
          unitId: globalId("Unit", unitId),
          eventId: eventId == null ? null : globalId("Event", eventId),
          receivedById: receivedById == null ? null : globalId("Person", receivedById),
        },
      }),
    onSaved: onDone,
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("events.handover")}>
      <Stack>
        <FormFailureAlert failure={failure} unplaced={unplaced} />
        <Controller
          control={form.control}
          name="year"
          render={({ field }) => <NumberInput label={t("events.termYear")} required value={field.value as number} onChange={(value) => field.onChange(Number(value))} />}
        />
        <Controller
          control={form.control}
          name="unitId"
          render={({ field, fieldState }) => (
            <UnitSelect
              label={t("events.newLeader")}
              required
              valueKind="databaseId"
              value={field.value == null ? null : String(field.value)}
              onChange={(value) => field.onChange(value == null ? undefined : Number(value))}
              error={issueText(fieldState.error && { type: fieldState.error.type, message: fieldState.error.message })}
            />
          )}
        />
        <Controller
          control={form.control}
          name="receivedById"
          render={({ field }) => <PersonSelect label={t("events.receivedBy")} value={field.value} onChange={field.onChange} />}
        />
        <TextField control={form.control} name="handedOverAt" label="events.handedOverAt" type="date" required />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("form.cancel")}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t("events.handover")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Outcomes({ event, editable }: { event: EventRecord; editable: boolean }) {
  const { t } = useI18n();
  const [text, setText] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, update] = useMutation(UpdateOutcomesMutation);
  async function add() {
    const result = await update({ input: { id: event.id, version: event.version, outcomes: [...event.outcomes, text.trim()] } });
    const answer = result.data?.updateEvent;
    if (answer?.__typename === "Event") {
      setText("");
      setFailure(null);
    } else {
      setFailure(answer?.__typename === "ConflictError" ? t("conflict.title") : (answer && "message" in answer ? answer.message : (result.error?.message ?? "")));
    }
  }
  return (
    <Stack gap="xs">
      {event.outcomes.length === 0 ? <Text c="dimmed">{t("person.noHistory")}</Text> : <List spacing={4}>{event.outcomes.map((outcome) => <List.Item key={outcome}>{outcome}</List.Item>)}</List>}
      {editable && (
        <Group align="flex-end">
          <Textarea label={t("events.newOutcome")} value={text} onChange={(change) => setText(change.currentTarget.value)} rows={2} style={{ flex: 1 }} error={failure} />
          <Button onClick={add} disabled={!text.trim()} loading={fetching}>
            {t("events.addOutcome")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function EventRecordView({ id }: { id: string }) {
  const { t, pick, enumLabel, date } = useI18n();
  const access = useWriteAccess();
  const [{ data, fetching, error }, refetch] = useQuery({ query: EventDetailQuery, variables: { id } });
  const [, remove] = useMutation(RemoveParticipantMutation);
  const [dialog, setDialog] = useState<"participant" | "handover" | null>(null);
  const event = data?.node && "participants" in data.node ? (data.node as EventRecord) : null;
  if (!event) return <QueryStatus fetching={fetching} error={error} />;
  const editable = event.hostUnit ? access.canWriteIn(unitLineage(event.hostUnit)) : access.isAdmin;
  const close = () => {
    setDialog(null);
    refetch({ requestPolicy: "network-only" });
  };
  return (
    <Stack>
      <div>
        <Title order={2}>{pick(event.title, event.titleEn)}</Title>
        <Text c="dimmed">
          {enumLabel("EventKind", event.kind)} · {date(event.date)}
          {event.timeOfDay && ` (${event.timeOfDay})`}
          {event.hostUnit && ` · ${t("cluster.host")}: ${event.hostUnit.shortName ?? event.hostUnit.name}`}
        </Text>
      </div>
      <Card withBorder>
        <Group justify="space-between" mb="xs">
          <Title order={3} size="h4">
            {t("cluster.participants")}
          </Title>
          {editable && (
            <Button size="xs" variant="light" onClick={() => setDialog("participant")}>
              {t("events.addParticipant")}
            </Button>
          )}
        </Group>
        <Table striped aria-label={t("cluster.participants")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("cluster.role")}</Table.Th>
              <Table.Th scope="col">{t("cluster.person")}</Table.Th>
              <Table.Th scope="col">{t("cluster.titleAtEvent")}</Table.Th>
              <Table.Th scope="col">{t("cluster.unit")}</Table.Th>
              {editable && <Table.Th scope="col" aria-label={t("person.actions")} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {event.participants.map((participant) => (
              <Table.Tr key={participant.id}>
                <Table.Td>
                  {/* a badge may shrink to an ellipsis in a narrow table: it keeps its label's width */}
                  <Badge variant="light" miw="max-content">
                    {enumLabel("ParticipantRole", participant.role)}
                  </Badge>
                </Table.Td>
                <Table.Th scope="row">{participant.person.fullName}</Table.Th>
                <Table.Td>
                  {participant.rankAtEvent && `${enumLabel("Rank", participant.rankAtEvent)}, `}
                  {pick(participant.titleAtEvent ?? "", participant.titleAtEventEn)}
                </Table.Td>
                <Table.Td>{participant.unit ? (participant.unit.shortName ?? participant.unit.name) : t("common.none")}</Table.Td>
                {editable && (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t("events.removeParticipant", { name: participant.person.fullName })}
                      onClick={async () => {
                        await remove({ input: { id: participant.id, version: participant.version } });
                        refetch({ requestPolicy: "network-only" });
                      }}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t("cluster.outcomes")}
          </Title>
          <Outcomes event={event} editable={editable} />
        </Card>
        <Card withBorder>
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h4">
              {t("events.handovers")}
            </Title>
            {access.isAdmin && event.cluster && (
              <Button size="xs" variant="light" onClick={() => setDialog("handover")}>
                {t("events.handover")}
              </Button>
            )}
          </Group>
          {event.handovers.length === 0 ? (
            <Text c="dimmed">{t("events.noHandover")}</Text>
          ) : (
            event.handovers.map((term) => (
              <Text key={term.id}>
                {t("events.handoverLine", {
                  unit: term.unit.shortName ?? term.unit.name,
                  year: term.year,
                  date: term.handedOverAt ? date(term.handedOverAt) : "",
                  person: term.receivedBy?.fullName ?? t("common.none"),
                })}
              </Text>
            ))
          )}
        </Card>
      </SimpleGrid>
      <Modal opened={dialog !== null} onClose={() => setDialog(null)} title={dialog === "handover" ? t("events.handover") : t("events.addParticipant")} size="lg">
        {dialog === "participant" && <AddParticipantForm event={event} onDone={close} />}
        {dialog === "handover" && <HandOverForm event={event} onDone={close} />}
      </Modal>
    </Stack>
  );
}

export function EventsPage() {
  const { t, pick, date, enumLabel } = useI18n();
  const [params, setParams] = useSearchParams();
  const clusterNumber = Number(params.get("cluster")) || 1;
  const access = useWriteAccess();
  const [creating, setCreating] = useState(false);
  const [{ data, fetching, error }, refetchList] = useQuery({ query: EventListQuery, variables: { clusterNumber, year: null } });
  const created = (event: CreatedEvent) => {
    setCreating(false);
    setParams({ cluster: String(event.cluster?.number ?? clusterNumber), event: event.id }, { replace: true });
    refetchList({ requestPolicy: "network-only" });
  };
  const events = data?.events.edges.map((edge) => edge.node) ?? [];
  const selected = params.get("event") ?? events[0]?.id ?? null;
  return (
    <Stack>
      <title>{t("events.title")}</title>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t("events.title")}</Title>
        {/* a unit editor may record the events its own units host; the API checks the host */}
        <Group align="flex-end">
          {(access.isAdmin || access.role === "UNIT_EDITOR") && <Button onClick={() => setCreating(true)}>{t("events.create")}</Button>}
          <NumberInput label={t("metrics.cluster")} value={clusterNumber} min={1} w={120} onChange={(value) => setParams({ cluster: String(value || 1) }, { replace: true })} />
        </Group>
      </Group>
      <QueryStatus fetching={fetching && !data} error={error} />
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder p="xs" component="nav" aria-label={t("events.list")}>
          {events.length === 0 && !fetching && <Text c="dimmed">{t("state.empty")}</Text>}
          {events.map((event) => (
            <NavLink
              key={event.id}
              active={event.id === selected}
              label={pick(event.title, event.titleEn)}
              description={`${date(event.date)} · ${enumLabel("EventKind", event.kind)}`}
              onClick={() => setParams((current) => ({ ...Object.fromEntries(current), event: event.id }), { replace: true })}
            />
          ))}
        </Card>
        <div style={{ gridColumn: "span 2" }}>{selected && <EventRecordView key={selected} id={selected} />}</div>
      </SimpleGrid>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t("events.create")} size="lg">
        {creating && <CreateEventForm clusterNumber={clusterNumber} onCreated={created} onCancel={() => setCreating(false)} />}
      </Modal>
    </Stack>
  );
}
