// One person, opened from the roster (?person=<id> in the address, so it can be shared): who they
// are, their rank, post, unit and party-role timelines, and the changes the account may make.
import { Badge, Button, Divider, Drawer, Group, Loader, Modal, SimpleGrid, Stack, Tabs, Text, Timeline } from "@mantine/core";
import type { Rank } from "@thidua/domain/ranks";
import { IconPlus } from "@tabler/icons-react";
import { lazy, type ReactNode, Suspense, useState } from "react";
import { useQuery } from "urql";
import { QueryStatus } from "../../components/query-status.tsx";
import { unitLineage, useWriteAccess } from "../../forms/write-access.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/vi.ts";
import { databaseId } from "../../live/global-id.ts";
import { useLiveChanges } from "../../live/use-live-changes.ts";
import type { HeldItem } from "./held-forms.tsx";
import { type HeldKind, heldTitles } from "./held-kinds.ts";
import { type OfficerSummary, PromoteForm, RetireForm, TransferForm } from "./officer-forms.tsx";
import { PersonDetailQuery } from "./operations.ts";
import { EditPersonForm } from "./person-forms.tsx";

// posts and party roles are changed less often than a person: their forms load when first opened
const AssignHeldForm = lazy(() => import("./held-forms.tsx").then((module) => ({ default: module.AssignHeldForm })));
const EndHeldForm = lazy(() => import("./held-forms.tsx").then((module) => ({ default: module.EndHeldForm })));

type Action =
  | { name: "edit" | "transfer" | "promote" | "retire" }
  | { name: "assign"; kind: HeldKind }
  | { name: "end"; kind: HeldKind; item: HeldItem };
const actionTitles: Record<"edit" | "transfer" | "promote" | "retire", MessageKey> = {
  edit: "person.edit",
  transfer: "person.transfer",
  promote: "person.promote",
  retire: "person.retire",
};
function titleOf(action: Action): MessageKey {
  return action.name === "assign" || action.name === "end" ? heldTitles[action.kind][action.name] : actionTitles[action.name];
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

export function PersonDrawer({ personId, asOf, onClose }: { personId: string | null; asOf: string; onClose(): void }) {
  const { t, pick, enumLabel, date } = useI18n();
  const access = useWriteAccess();
  const [action, setAction] = useState<Action | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PersonDetailQuery,
    variables: { id: personId ?? "", asOf },
    pause: !personId,
  });
  // someone else changed this person (or their posts): read them again
  useLiveChanges(
    "roster",
    (change) => {
      if (!personId) return;
      const about = ["Person", "Officer"].includes(change.entityType) ? change.entityIds.includes(String(databaseId(personId))) : true;
      if (about) refetch({ requestPolicy: "network-only" });
    },
    { pause: !personId },
  );

  const person = data?.node?.__typename === "Person" ? data.node : null;
  const current = person?.unitsServed.edges.map((edge) => edge.node).find((held) => held.effectiveTo === null) ?? null;
  const mayEdit = person !== null && access.canWriteIn(unitLineage(current?.unit ?? null));
  const mayEditCivilian = person !== null && !person.isOfficer && access.isAdmin;
  // a post or role is checked against its own unit; one outside the police is the admin's
  const mayEnd = (held: { effectiveTo?: string | null; unit?: { code: string; parent?: unknown } | null }) =>
    !held.effectiveTo && access.canWriteIn(unitLineage(held.unit));
  // personal fields come back null with a FORBIDDEN error for roles that may not read them
  const personalHidden = error?.graphQLErrors.some((refusal) => refusal.extensions.code === "FORBIDDEN") ?? false;
  const range = (from: string | null | undefined, to: string | null | undefined) =>
    `${from ? date(from) : t("person.sinceUnknown")} – ${to ? date(to) : t("person.untilNow")}`;
  // a post and a party role read alike: the title, its unit (else the outside organisation or body), the dates
  const heldEntry = (kind: HeldKind, held: HeldEntry, outside: string | null | undefined) => {
    const item = { ...held, title: pick(held.title, held.titleEn), place: held.unit ? (held.unit.shortName ?? held.unit.name) : (outside ?? "") };
    return (
      <Timeline.Item key={held.id} title={item.title}>
        <Text size="sm">{item.place}</Text>
        <Text size="sm" c="dimmed">
          {range(held.effectiveFrom, held.effectiveTo)}
          {held.attestedOn && ` · ${t("person.attested", { date: date(held.attestedOn) })}`}
        </Text>
        {mayEnd(held) && <EndButton title={item.title} onClick={() => setAction({ name: "end", kind, item })} />}
      </Timeline.Item>
    );
  };

  const officer: OfficerSummary | null =
    person?.isOfficer && person.officerVersion != null
      ? {
          id: person.id,
          fullName: person.fullName,
          officerVersion: person.officerVersion,
          rank: (person.rank as Rank | null) ?? null,
          unit: current ? { id: current.unit.id, code: current.unit.code, label: current.unit.shortName ?? current.unit.name } : null,
        }
      : null;
  const close = () => setAction(null);
  const done = () => {
    close();
    refetch({ requestPolicy: "network-only" });
  };

  return (
    <Drawer
      opened={personId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={person ? person.fullName : t("person.title")}
      styles={{ title: { fontSize: "var(--mantine-h3-font-size)", fontWeight: 650 } }}
      closeButtonProps={{ "aria-label": t("form.close") }}
    >
      {!person && <QueryStatus fetching={fetching} error={error} />}
      {person && (
        <Stack>
          <Group gap="xs">
            {person.rank ? <Badge size="lg">{enumLabel("Rank", person.rank)}</Badge> : <Badge color="gray">{t("common.civilian")}</Badge>}
            {person.posts.map((post) => (
              <Badge key={post.id} variant="light">
                {pick(post.title, post.titleEn)}
              </Badge>
            ))}
            {current && <Text c="dimmed">{current.unit.shortName ?? current.unit.name}</Text>}
          </Group>
          {(mayEdit || mayEditCivilian) && (
            <Group gap="xs" aria-label={t("person.actions")} role="group">
              <Button size="xs" variant="light" onClick={() => setAction({ name: "edit" })}>
                {t("person.edit")}
              </Button>
              {officer && (
                <>
                  <Button size="xs" variant="light" onClick={() => setAction({ name: "transfer" })}>
                    {t("person.transfer")}
                  </Button>
                  <Button size="xs" variant="light" onClick={() => setAction({ name: "promote" })} disabled={person.rank === "DAI_TUONG"}>
                    {t("person.promote")}
                  </Button>
                  <Button size="xs" variant="light" color="red" onClick={() => setAction({ name: "retire" })}>
                    {t("person.retire")}
                  </Button>
                </>
              )}
            </Group>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Field label={t("person.serviceNumber")}>{person.serviceNumber ?? t("common.none")}</Field>
            <Field label={t("person.gender")}>{person.gender ? enumLabel("Gender", person.gender) : t("common.none")}</Field>
            <Field label={t("person.birthDate")}>{person.birthDate ? date(person.birthDate) : t("common.none")}</Field>
          </SimpleGrid>
          {personalHidden && (
            <Text size="sm" c="dimmed">
              {t("person.personalHidden")}
            </Text>
          )}
          <Divider />
          <Tabs defaultValue="ranks">
            <Tabs.List>
              <Tabs.Tab value="ranks">{t("person.ranks")}</Tabs.Tab>
              <Tabs.Tab value="posts">{t("person.posts")}</Tabs.Tab>
              <Tabs.Tab value="units">{t("person.units")}</Tabs.Tab>
              <Tabs.Tab value="party">{t("person.partyRoles")}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="ranks" pt="md">
              <History empty={person.rankTimeline.edges.length === 0}>
                {[...person.rankTimeline.edges].reverse().map(({ node: grant }) => (
                  <Timeline.Item key={`${grant.rank}-${grant.effectiveFrom}`} title={enumLabel("Rank", grant.rank)}>
                    <Text size="sm" c="dimmed">
                      {range(grant.effectiveFrom, grant.effectiveTo)}
                      {grant.decisionNumber && ` · ${t("person.decision", { number: grant.decisionNumber })}`}
                    </Text>
                  </Timeline.Item>
                ))}
              </History>
            </Tabs.Panel>
            <Tabs.Panel value="posts" pt="md">
              {mayEdit && <AssignButton kind="post" onClick={() => setAction({ name: "assign", kind: "post" })} />}
              <History empty={person.postTimeline.edges.length === 0}>
                {[...person.postTimeline.edges].reverse().map(({ node: post }) => heldEntry("post", post, post.organisation))}
              </History>
            </Tabs.Panel>
            <Tabs.Panel value="units" pt="md">
              <History empty={person.unitsServed.edges.length === 0}>
                {[...person.unitsServed.edges].reverse().map(({ node: served }) => (
                  <Timeline.Item key={`${served.unit.code}-${served.effectiveFrom}`} title={served.unit.shortName ?? served.unit.name}>
                    <Text size="sm" c="dimmed">
                      {range(served.effectiveFrom, served.effectiveTo)}
                    </Text>
                  </Timeline.Item>
                ))}
              </History>
            </Tabs.Panel>
            <Tabs.Panel value="party" pt="md">
              {mayEdit && <AssignButton kind="partyRole" onClick={() => setAction({ name: "assign", kind: "partyRole" })} />}
              <History empty={person.partyRoles.length === 0}>
                {person.partyRoles.map((role) => heldEntry("partyRole", role, role.body))}
              </History>
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
      <Modal opened={action !== null} onClose={close} title={action ? t(titleOf(action)) : ""} size="lg">
        {person && action?.name === "edit" && (
          <EditPersonForm person={person} asOf={asOf} showPersonal={!personalHidden} onDone={done} />
        )}
        {officer && action?.name === "transfer" && <TransferForm officer={officer} asOf={asOf} onDone={done} />}
        {officer && action?.name === "promote" && <PromoteForm officer={officer} asOf={asOf} onDone={done} />}
        {officer && action?.name === "retire" && <RetireForm officer={officer} asOf={asOf} onDone={done} />}
        {/* the answer carries the person's posts and roles: the cache updates the timelines, no refetch */}
        <Suspense fallback={<Loader size="sm" aria-label={t("state.loading")} />}>
          {person && action?.name === "assign" && (
            <AssignHeldForm
              kind={action.kind}
              holder={{ id: person.id, unit: current ? { id: current.unit.id, code: current.unit.code } : null }}
              mayGoOutside={access.isAdmin}
              asOf={asOf}
              onDone={close}
            />
          )}
          {action?.name === "end" && <EndHeldForm kind={action.kind} item={action.item} asOf={asOf} onDone={close} />}
        </Suspense>
      </Modal>
    </Drawer>
  );
}

/** What the drawer reads of a post or a party role. */
interface HeldEntry {
  id: string;
  version: number;
  title: string;
  titleEn: string;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  attestedOn?: string | null;
  unit?: { code: string; shortName?: string | null; name: string; parent?: unknown } | null;
}

function AssignButton({ kind, onClick }: { kind: HeldKind; onClick(): void }) {
  const { t } = useI18n();
  return (
    <Group justify="flex-end" mb="sm">
      <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={onClick}>
        {t(heldTitles[kind].assign)}
      </Button>
    </Group>
  );
}

function EndButton({ title, onClick }: { title: string; onClick(): void }) {
  const { t } = useI18n();
  return (
    <Button size="compact-xs" variant="subtle" color="red" mt={4} aria-label={t("person.endHeld", { title })} onClick={onClick}>
      {t("person.end")}
    </Button>
  );
}

function History({ empty, children }: { empty: boolean; children: ReactNode }) {
  const { t } = useI18n();
  if (empty) return <Text c="dimmed">{t("person.noHistory")}</Text>;
  return (
    <Timeline active={0} bulletSize={14} lineWidth={2}>
      {children}
    </Timeline>
  );
}
