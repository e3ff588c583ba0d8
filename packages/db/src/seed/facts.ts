// The facts of the source article (shared/seed/facts.json), validated and inserted exactly as
// they stand: names byte for byte, and every row marked SOURCE_ARTICLE.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  aggregations,
  clusterRoles,
  commendationKinds,
  commendationStatuses,
  directions,
  eventKinds,
  indicatorCategories,
  measureKinds,
  participantRoles,
  periodStatuses,
  unitKinds,
} from "@thidua/domain/enums";
import { ranks } from "@thidua/domain/ranks";
import { searchKeyOf } from "@thidua/domain/text";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { repoRoot } from "../client.js";
import type { Prisma } from "../generated/prisma/client.js";
import { day } from "./dates.js";

/** The facts as committed, so that a clone seeds anywhere; a test keeps this copy byte-identical
 * to the project's source of truth, shared/seed/facts.json beside the repository. */
export const factsPath = fileURLToPath(new URL("./facts.json", import.meta.url));
export const sharedFactsPath = resolve(repoRoot, "../shared/seed/facts.json");

const SOURCE = "SOURCE_ARTICLE" as const;

/** Text as stored: it must already be NFC, so that what we insert is byte-identical to the source. */
const text = z
  .string()
  .min(1)
  .refine((value) => value === value.normalize("NFC"), { message: "not NFC-normalised" });
const isoDate = z.iso.date();

const unitSchema = z.strictObject({
  code: text,
  name: text,
  shortName: text.optional(),
  nameEn: text,
  kind: z.enum(unitKinds),
  parent: text.nullable(),
});

const postSchema = z
  .strictObject({
    title: text,
    titleEn: text,
    unit: text.optional(),
    organisation: text.optional(),
    asOf: isoDate,
  })
  .refine((post) => (post.unit === undefined) !== (post.organisation === undefined), {
    message: "a post is held either in a unit or in an outside organisation",
  });

const partyRoleSchema = z.strictObject({
  title: text,
  titleLong: text.optional(),
  titleEn: text,
  unit: text.optional(),
  body: text.optional(),
});

const personSchema = z
  .strictObject({
    key: text,
    fullName: text,
    rank: z.enum(ranks).nullable(),
    civilian: z.boolean().optional(),
    posts: z.array(postSchema).min(1),
    partyRoles: z.array(partyRoleSchema).optional(),
  })
  .refine((person) => (person.civilian === true) === (person.rank === null), {
    message: "an officer has a rank, a civilian has none",
  });

const factsSchema = z.strictObject({
  source: z.strictObject({
    file: text,
    title: text,
    published: z.iso.datetime({ offset: true }),
    byline: text,
  }),
  units: z.array(unitSchema).min(1),
  unitCodeNote: text,
  clusters: z.array(
    z.strictObject({
      number: z.int().positive(),
      name: text,
      nameEn: text,
      members: z.array(text).min(1),
      membersFromYear: z.int(),
      leadership: z.array(
        z.strictObject({
          year: z.int(),
          role: z.enum(clusterRoles),
          unit: text,
          handedOverAt: isoDate.optional(),
          /** The full name of the person who received the role. */
          handedOverTo: text.optional(),
        }),
      ),
    }),
  ),
  movements: z.array(
    z.strictObject({
      code: text,
      name: text,
      shortName: text.optional(),
      nameEn: text,
      periods: z.array(z.strictObject({ cluster: z.int(), year: z.int(), status: z.enum(periodStatuses) })),
    }),
  ),
  indicators: z.array(
    z.strictObject({
      code: text,
      name: text,
      nameEn: text,
      category: z.enum(indicatorCategories),
      measure: z.enum(measureKinds),
      direction: z.enum(directions),
      aggregation: z.enum(aggregations),
    }),
  ),
  observations: z.array(
    z.strictObject({
      indicator: text,
      scope: z.literal("cluster"),
      cluster: z.int(),
      year: z.int(),
      value: z.number(),
      note: text,
    }),
  ),
  people: z.array(personSchema),
  events: z.array(
    z.strictObject({
      key: text,
      kind: z.enum(eventKinds),
      title: text,
      date: isoDate,
      timeOfDay: text,
      cluster: z.int(),
      movement: text,
      year: z.int(),
      hostUnit: text,
      participants: z.array(z.strictObject({ person: text, role: z.enum(participantRoles) })),
      outcomes: z.array(text),
    }),
  ),
  commendations: z.array(
    z.strictObject({
      kind: z.enum(commendationKinds),
      recipientScope: text,
      period: z.strictObject({ cluster: z.int(), year: z.int() }),
      status: z.enum(commendationStatuses),
      note: text,
    }),
  ),
});

export type Facts = z.infer<typeof factsSchema>;
export type FactPerson = Facts["people"][number];

export function loadFacts(path: string = factsPath): Facts {
  if (!existsSync(path)) {
    throw new Error(
      `The seed's facts file is missing: ${path}. It is committed at packages/db/src/seed/facts.json ` +
        "as a copy of shared/seed/facts.json.",
    );
  }
  const parsed = factsSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path} is not valid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function periodKey(movement: string, cluster: number, year: number): string {
  return `${movement}:${cluster}:${year}`;
}

/** The ids of the inserted facts, by their keys in facts.json. */
export interface FactIds {
  units: Map<string, number>;
  clusters: Map<number, number>;
  movements: Map<string, number>;
  /** by periodKey(movement, cluster, year) */
  periods: Map<string, number>;
  indicators: Map<string, number>;
  people: Map<string, number>;
  events: Map<string, number>;
}

function lookup<K, V>(map: Map<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`facts.json refers to an unknown ${what}: ${String(key)}`);
  return value;
}

/** The post a person held on a day, as the source attests it (the first one listed for that day). */
export function postOn(person: FactPerson, date: string): FactPerson["posts"][number] | undefined {
  return person.posts.find((post) => post.asOf === date);
}

/** The one day the source attests a person's posts on. */
function attestedDay(person: FactPerson): string {
  const days = new Set(person.posts.map((post) => post.asOf));
  if (days.size !== 1) throw new Error(`facts.json: ${person.key} has posts on several days; which day do the rest attest?`);
  return [...days][0]!;
}

export async function seedFacts(tx: Prisma.TransactionClient, facts: Facts): Promise<FactIds> {
  const ids: FactIds = {
    units: new Map(),
    clusters: new Map(),
    movements: new Map(),
    periods: new Map(),
    indicators: new Map(),
    people: new Map(),
    events: new Map(),
  };

  // Units, parents before children.
  let pending = facts.units;
  while (pending.length > 0) {
    const ready = pending.filter((unit) => unit.parent === null || ids.units.has(unit.parent));
    if (ready.length === 0) throw new Error(`facts.json: units with unknown parents: ${pending.map((u) => u.code).join(", ")}`);
    for (const unit of ready) {
      const row = await tx.unit.create({
        data: {
          code: unit.code,
          name: unit.name,
          nameEn: unit.nameEn,
          shortName: unit.shortName ?? null,
          kind: unit.kind,
          parentId: unit.parent === null ? null : ids.units.get(unit.parent)!,
          searchKey: searchKeyOf(unit.name, unit.shortName, unit.code, unit.nameEn),
          source: SOURCE,
        },
        select: { id: true },
      });
      ids.units.set(unit.code, row.id);
    }
    pending = pending.filter((unit) => !ids.units.has(unit.code));
  }

  for (const cluster of facts.clusters) {
    const row = await tx.cluster.create({
      data: { number: cluster.number, name: cluster.name, nameEn: cluster.nameEn, searchKey: searchKeyOf(cluster.name, cluster.nameEn), source: SOURCE },
      select: { id: true },
    });
    ids.clusters.set(cluster.number, row.id);
    await tx.clusterMembership.createMany({
      data: cluster.members.map((code) => ({
        clusterId: row.id,
        unitId: lookup(ids.units, code, "unit"),
        fromYear: cluster.membersFromYear,
        toYear: null,
        source: SOURCE,
      })),
    });
  }

  for (const indicator of facts.indicators) {
    const row = await tx.indicator.create({ data: { ...indicator, source: SOURCE }, select: { id: true } });
    ids.indicators.set(indicator.code, row.id);
  }

  for (const movement of facts.movements) {
    const { periods, ...fields } = movement;
    const row = await tx.movement.create({ data: { ...fields, shortName: fields.shortName ?? null, source: SOURCE }, select: { id: true } });
    ids.movements.set(movement.code, row.id);
    for (const period of periods) {
      const created = await tx.movementPeriod.create({
        data: { movementId: row.id, clusterId: lookup(ids.clusters, period.cluster, "cluster"), year: period.year, status: period.status, source: SOURCE },
        select: { id: true },
      });
      ids.periods.set(periodKey(movement.code, period.cluster, period.year), created.id);
    }
  }

  // People. Service numbers are not in the source: these are synthetic (SRC-…), one per officer
  // in the order facts.json lists them, so that the officers can exist at all.
  let serviceIndex = 0;
  for (const person of facts.people) {
    const asOf = day(attestedDay(person));
    const civilianPost = person.posts.find((post) => post.organisation !== undefined);
    const row = await tx.person.create({
      data: {
        key: person.key,
        fullName: person.fullName,
        searchKey: searchKeyOf(person.fullName),
        organisation: person.civilian ? (civilianPost?.organisation ?? null) : null,
        source: SOURCE,
      },
      select: { id: true },
    });
    ids.people.set(person.key, row.id);
    if (person.rank !== null) {
      serviceIndex++;
      await tx.officer.create({
        data: {
          personId: row.id,
          serviceNumber: `SRC-${String(serviceIndex).padStart(4, "0")}`,
          // The source gives the rank held on the day, not when it was granted.
          rankGrants: { create: { rank: person.rank, effectiveFrom: asOf, attestedOn: asOf, source: SOURCE } },
        },
      });
    }
    await tx.postAssignment.createMany({
      data: person.posts.map((post) => ({
        personId: row.id,
        unitId: post.unit === undefined ? null : lookup(ids.units, post.unit, "unit"),
        organisation: post.organisation ?? null,
        title: post.title,
        titleEn: post.titleEn,
        // the source attests the post on one day and gives no dates of appointment or departure
        effectiveFrom: null,
        effectiveTo: null,
        attestedOn: day(post.asOf),
        source: SOURCE,
      })),
    });
    await tx.partyRole.createMany({
      data: (person.partyRoles ?? []).map((role) => ({
        personId: row.id,
        unitId: role.unit === undefined ? null : lookup(ids.units, role.unit, "unit"),
        body: role.body ?? null,
        title: role.title,
        titleLong: role.titleLong ?? null,
        titleEn: role.titleEn,
        // stated on the same day as the posts, with no dates of their own
        attestedOn: asOf,
        source: SOURCE,
      })),
    });
  }

  const peopleByKey = new Map(facts.people.map((person) => [person.key, person]));
  for (const event of facts.events) {
    const row = await tx.event.create({
      data: {
        key: event.key,
        kind: event.kind,
        title: event.title,
        date: day(event.date),
        timeOfDay: event.timeOfDay,
        clusterId: lookup(ids.clusters, event.cluster, "cluster"),
        periodId: lookup(ids.periods, periodKey(event.movement, event.cluster, event.year), "movement period"),
        hostUnitId: lookup(ids.units, event.hostUnit, "unit"),
        outcomes: event.outcomes,
        source: SOURCE,
      },
      select: { id: true },
    });
    ids.events.set(event.key, row.id);
    await tx.eventParticipant.createMany({
      data: event.participants.map((participant, index) => {
        const person = lookup(peopleByKey, participant.person, "person");
        const post = postOn(person, event.date);
        return {
          eventId: row.id,
          personId: lookup(ids.people, participant.person, "person"),
          role: participant.role,
          titleAtEvent: post?.title ?? null,
          titleAtEventEn: post?.titleEn ?? null,
          rankAtEvent: person.rank,
          unitId: post?.unit === undefined ? null : lookup(ids.units, post.unit, "unit"),
          sortOrder: index + 1,
        };
      }),
    });
  }

  /** The one event of a cluster's year: where its figures were reported and its proposals made. */
  const eventOf = (cluster: number, year: number) => {
    const matches = facts.events.filter((event) => event.cluster === cluster && event.year === year);
    if (matches.length !== 1) throw new Error(`facts.json: expected one event for cluster ${cluster} in ${year}, found ${matches.length}`);
    return matches[0]!;
  };

  for (const cluster of facts.clusters) {
    for (const term of cluster.leadership) {
      const handover = term.handedOverAt === undefined ? undefined : facts.events.find((event) => event.cluster === cluster.number && event.date === term.handedOverAt);
      if (term.handedOverAt !== undefined && handover === undefined) {
        throw new Error(`facts.json: no event of cluster ${cluster.number} on ${term.handedOverAt} for the handover`);
      }
      const receivers = facts.people.filter((person) => person.fullName === term.handedOverTo);
      if (term.handedOverTo !== undefined && receivers.length !== 1) {
        throw new Error(`facts.json: handedOverTo "${term.handedOverTo}" must name exactly one person`);
      }
      await tx.leadershipTerm.create({
        data: {
          clusterId: lookup(ids.clusters, cluster.number, "cluster"),
          year: term.year,
          role: term.role,
          unitId: lookup(ids.units, term.unit, "unit"),
          handedOverAt: term.handedOverAt === undefined ? null : day(term.handedOverAt),
          handedOverAtEventId: handover === undefined ? null : ids.events.get(handover.key)!,
          receivedById: receivers[0] === undefined ? null : ids.people.get(receivers[0].key)!,
          source: SOURCE,
        },
      });
    }
  }

  for (const observation of facts.observations) {
    const event = eventOf(observation.cluster, observation.year);
    await tx.clusterObservation.create({
      data: {
        clusterId: lookup(ids.clusters, observation.cluster, "cluster"),
        indicatorId: lookup(ids.indicators, observation.indicator, "indicator"),
        granularity: "YEAR",
        periodStart: day(`${observation.year}-01-01`),
        year: observation.year,
        value: observation.value,
        note: observation.note,
        eventId: ids.events.get(event.key)!,
        source: SOURCE,
      },
    });
  }

  for (const commendation of facts.commendations) {
    const { cluster, year } = commendation.period;
    const event = eventOf(cluster, year);
    const proposedAt = day(event.date);
    await tx.commendation.create({
      data: {
        kind: commendation.kind,
        year,
        periodId: lookup(ids.periods, periodKey(event.movement, cluster, year), "movement period"),
        clusterId: lookup(ids.clusters, cluster, "cluster"),
        recipientScope: commendation.recipientScope,
        status: commendation.status,
        proposedAt,
        proposedAtEventId: ids.events.get(event.key)!,
        note: commendation.note,
        source: SOURCE,
        transitions: { create: { fromStatus: null, toStatus: commendation.status, at: proposedAt } },
      },
    });
  }

  return ids;
}
