// A new conference record (hội nghị): the domain's createEventInput checks it as it is typed and
// the API's ValidationError lands on the same fields; participants and outcomes are added after,
// on the record itself.
import { Button, Group, Select, SimpleGrid, Stack } from "@mantine/core";
import { eventKinds } from "@thidua/domain/enums";
import { createEventInput } from "@thidua/domain/inputs/events";
import { Controller } from "react-hook-form";
import { useMutation, useQuery } from "urql";
import { QueryStatus } from "../../components/query-status.tsx";
import { FormFailureAlert, SelectField, TextField, useIssueText } from "../../forms/fields.tsx";
import { useMutationForm } from "../../forms/mutation-form.ts";
import type { EventFormOptionsQuery as EventFormOptionsData } from "../../graphql/generated/graphql.ts";
import { toDateScalar } from "../../graphql/scalars.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { databaseId, globalId } from "../../live/global-id.ts";
import { UnitSelect } from "../people/unit-select.tsx";
import { CreateEventMutation, EventFormOptionsQuery } from "./operations.ts";

export interface CreatedEvent {
  id: string;
  cluster?: { number: number } | null;
}

const optionalId = (type: string, id: number | null | undefined) => (id == null ? null : globalId(type, id));

interface FormProps {
  clusterNumber: number;
  onCreated(event: CreatedEvent): void;
  onCancel(): void;
}

/** The clusters and periods to choose from are read first: the page's cluster is the default. */
export function CreateEventForm(props: FormProps) {
  const [{ data, fetching, error }] = useQuery({ query: EventFormOptionsQuery });
  return data ? <EventFields {...props} options={data} /> : <QueryStatus fetching={fetching} error={error} />;
}

function EventFields({ clusterNumber, onCreated, onCancel, options: data }: FormProps & { options: EventFormOptionsData }) {
  const { t, pick, enumLabel } = useI18n();
  const issueText = useIssueText();
  const [, createEvent] = useMutation(CreateEventMutation);
  const clusters = data.clusters.edges.map(({ node }) => node);
  const pageCluster = clusters.find((cluster) => cluster.number === clusterNumber);
  const { form, onSubmit, failure, unplaced } = useMutationForm<typeof createEventInput, CreatedEvent>({
    schema: createEventInput,
    recordType: "Event",
    defaultValues: { kind: "YEAR_END_REVIEW", title: "", date: toDateScalar(new Date()), clusterId: pageCluster ? databaseId(pageCluster.id) : null, periodId: null, hostUnitId: null },
    submit: ({ clusterId, periodId, hostUnitId, ...values }) =>
      createEvent({ input: { ...values, clusterId: optionalId("Cluster", clusterId), periodId: optionalId("Period", periodId), hostUnitId: optionalId("Unit", hostUnitId) } }),
    onSaved: onCreated,
  });
  const chosenCluster = form.watch("clusterId");
  // only the chosen cluster's periods; the API refuses a closed one with its own message
  const periods = data.periods.edges
    .map(({ node }) => node)
    .filter((period) => chosenCluster != null && databaseId(period.cluster.id) === chosenCluster)
    .map((period) => ({ value: String(databaseId(period.id)), label: `${pick(period.movement.name, period.movement.nameEn)} ${period.year}` }));
  const idField = (value: string | null) => (value == null ? null : Number(value));

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("events.create")}>
      <Stack>
        <FormFailureAlert failure={failure} unplaced={unplaced} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <SelectField control={form.control} name="kind" label="common.kind" data={eventKinds.map((kind) => ({ value: kind, label: enumLabel("EventKind", kind) }))} required />
          <TextField control={form.control} name="date" label="cluster.date" type="date" required />
        </SimpleGrid>
        <TextField control={form.control} name="title" label="cluster.eventTitle" required />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={form.control}
            name="clusterId"
            render={({ field }) => (
              <Select
                label={t("metrics.cluster")}
                data={clusters.map((cluster) => ({ value: String(databaseId(cluster.id)), label: pick(cluster.name, cluster.nameEn) }))}
                clearable
                value={field.value == null ? null : String(field.value)}
                onChange={(value) => {
                  field.onChange(idField(value));
                  form.setValue("periodId", null);
                }}
              />
            )}
          />
          <Controller
            control={form.control}
            name="periodId"
            render={({ field, fieldState }) => (
              <Select
                label={t("metrics.period")}
                data={periods}
                clearable
                value={field.value == null ? null : String(field.value)}
                onChange={(value) => field.onChange(idField(value))}
                error={issueText(fieldState.error && { type: fieldState.error.type, message: fieldState.error.message })}
              />
            )}
          />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="hostUnitId"
          render={({ field, fieldState }) => (
            <UnitSelect
              label={t("cluster.host")}
              valueKind="databaseId"
              value={field.value == null ? null : String(field.value)}
              onChange={(value) => field.onChange(idField(value))}
              error={issueText(fieldState.error && { type: fieldState.error.type, message: fieldState.error.message })}
            />
          )}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("form.cancel")}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t("events.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
