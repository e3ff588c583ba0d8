// One person, opened from the roster (?person=<id> in the address, so it can be shared): who they
// are, their rank, post, unit and party-role timelines, and the changes the account may make.
import { Badge, Button, Divider, Drawer, Group, Modal, SimpleGrid, Stack, Tabs, Text, Timeline } from "@mantine/core";
import type { Rank } from "@thidua/domain/ranks";
import { type ReactNode, useState } from "react";
import { useQuery } from "urql";
import { QueryStatus } from "../../components/query-status.tsx";
import { unitLineage, useWriteAccess } from "../../forms/write-access.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/vi.ts";
import { databaseId } from "../../live/global-id.ts";
import { useLiveChanges } from "../../live/use-live-changes.ts";
import { type OfficerSummary, PromoteForm, RetireForm, TransferForm } from "./officer-forms.tsx";
import { PersonDetailQuery } from "./operations.ts";
import { EditPersonForm } from "./person-forms.tsx";

type Action = "edit" | "transfer" | "promote" | "retire";
const actionTitles: Record<Action, MessageKey> = {
  edit: "person.edit",
  transfer: "person.transfer",
  promote: "person.promote",
  retire: "person.retire",
};

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
  // personal fields come back null with a FORBIDDEN error for roles that may not read them
  const personalHidden = error?.graphQLErrors.some((refusal) => refusal.extensions.code === "FORBIDDEN") ?? false;
  const range = (from: string | null | undefined, to: string | null | undefined) =>
    `${from ? date(from) : t("person.sinceUnknown")} – ${to ? date(to) : t("person.untilNow")}`;

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
  const done = () => {
    setAction(null);
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
              <Button size="xs" variant="light" onClick={() => setAction("edit")}>
                {t("person.edit")}
              </Button>
              {officer && (
                <>
                  <Button size="xs" variant="light" onClick={() => setAction("transfer")}>
                    {t("person.transfer")}
                  </Button>
                  <Button size="xs" variant="light" onClick={() => setAction("promote")} disabled={person.rank === "DAI_TUONG"}>
                    {t("person.promote")}
                  </Button>
                  <Button size="xs" variant="light" color="red" onClick={() => setAction("retire")}>
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
              <History empty={person.postTimeline.edges.length === 0}>
                {[...person.postTimeline.edges].reverse().map(({ node: post }) => (
                  <Timeline.Item key={post.id} title={pick(post.title, post.titleEn)}>
                    <Text size="sm">{post.unit ? (post.unit.shortName ?? post.unit.name) : post.organisation}</Text>
                    <Text size="sm" c="dimmed">
                      {range(post.effectiveFrom, post.effectiveTo)}
                      {post.attestedOn && ` · ${t("person.attested", { date: date(post.attestedOn) })}`}
                    </Text>
                  </Timeline.Item>
                ))}
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
              <History empty={person.partyRoles.length === 0}>
                {person.partyRoles.map((role) => (
                  <Timeline.Item key={role.id} title={pick(role.title, role.titleEn)}>
                    <Text size="sm">{role.unit ? (role.unit.shortName ?? role.unit.name) : role.body}</Text>
                    <Text size="sm" c="dimmed">
                      {range(role.effectiveFrom, role.effectiveTo)}
                    </Text>
                  </Timeline.Item>
                ))}
              </History>
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
      <Modal opened={action !== null} onClose={() => setAction(null)} title={action ? t(actionTitles[action]) : ""} size="lg">
        {person && action === "edit" && (
          <EditPersonForm person={person} asOf={asOf} showPersonal={!personalHidden} onDone={done} />
        )}
        {officer && action === "transfer" && <TransferForm officer={officer} asOf={asOf} onDone={done} />}
        {officer && action === "promote" && <PromoteForm officer={officer} asOf={asOf} onDone={done} />}
        {officer && action === "retire" && <RetireForm officer={officer} asOf={asOf} onDone={done} />}
      </Modal>
    </Drawer>
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
