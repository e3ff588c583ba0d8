// The records the API edits: how each is loaded as the audit log shows it, and how its version
// is claimed. One entry per editable model; the GraphQL type name is the audit's entityType.
import type {
  ClusterMembership,
  Commendation,
  Event,
  EventParticipant,
  Exemplar,
  LeadershipTerm,
  MovementPeriod,
  Observation,
  PartyRole,
  Person,
  Pledge,
  PostAssignment,
  Prisma,
  SavedQuery,
  Unit,
} from "@thidua/db/prisma";
import type { LiveTopic } from "../live/live.js";
import type { Tx } from "./write-transaction.js";

/** Every editable record carries the version an update must name. */
export interface Snapshot {
  version: number;
}

export interface AuditedEntity<S extends Snapshot> {
  /** The GraphQL type, stored as the audit row's entityType, e.g. "Officer". */
  type: string;
  /** The live-update topic its changes are published on, if subscribers follow it. */
  topic: LiveTopic | null;
  /** The units the record belongs to, which decide who hears of a change. */
  unitsOf(record: S): Array<number | null>;
  /** The record as audited, inside the transaction; null when there is none. */
  load(tx: Tx, id: number): Promise<S | null>;
  /** Bumps the version if it is still `version`; the number of rows changed (0 or 1). */
  claim(tx: Tx, id: number, version: number): Promise<number>;
}

// The Prisma delegates of the versioned models, seen only through what this module calls.
type VersionedModel =
  | "unit"
  | "clusterMembership"
  | "leadershipTerm"
  | "movementPeriod"
  | "pledge"
  | "observation"
  | "person"
  | "officer"
  | "postAssignment"
  | "partyRole"
  | "event"
  | "eventParticipant"
  | "commendation"
  | "exemplar"
  | "initiative"
  | "savedQuery";

interface Delegate {
  findUnique(args: { where: Record<string, number>; include?: object }): Promise<unknown>;
  updateMany(args: { where: Record<string, number>; data: { version: { increment: number } } }): Promise<{ count: number }>;
}

interface EntityOptions<S> {
  /** The key column, when it is not `id`. */
  key?: string;
  /** The related rows the audit shows with the record. */
  include?: object;
  topic?: LiveTopic;
  unitsOf?: (record: S) => Array<number | null>;
}

function entity<S extends Snapshot>(type: string, model: VersionedModel, options: EntityOptions<S> = {}): AuditedEntity<S> {
  const key = options.key ?? "id";
  const delegate = (tx: Tx) => tx[model] as unknown as Delegate;
  return {
    type,
    topic: options.topic ?? null,
    unitsOf: options.unitsOf ?? (() => []),
    load: (tx, id) =>
      delegate(tx).findUnique({ where: { [key]: id }, ...(options.include ? { include: options.include } : {}) }) as Promise<S | null>,
    claim: async (tx, id, version) =>
      (await delegate(tx).updateMany({ where: { [key]: id, version }, data: { version: { increment: 1 } } })).count,
  };
}

const officerAudit = {
  rankGrants: { orderBy: { effectiveFrom: "asc" } },
  person: {
    include: { unitAssignments: { orderBy: { effectiveFrom: "asc" } }, posts: { orderBy: { id: "asc" } } },
  },
} satisfies Prisma.OfficerInclude;
export type OfficerSnapshot = Prisma.OfficerGetPayload<{ include: typeof officerAudit }>;

const initiativeAudit = { replications: { orderBy: { id: "asc" } } } satisfies Prisma.InitiativeInclude;
export type InitiativeSnapshot = Prisma.InitiativeGetPayload<{ include: typeof initiativeAudit }>;

const inUnit = (record: { unitId: number | null }) => [record.unitId];

export const entities = {
  Unit: entity<Unit>("Unit", "unit"),
  ClusterMembership: entity<ClusterMembership>("ClusterMembership", "clusterMembership"),
  LeadershipTerm: entity<LeadershipTerm>("LeadershipTerm", "leadershipTerm"),
  MovementPeriod: entity<MovementPeriod>("Period", "movementPeriod"),
  Pledge: entity<Pledge>("Pledge", "pledge"),
  Observation: entity<Observation>("Observation", "observation", { topic: "observation", unitsOf: inUnit }),
  Person: entity<Person>("Person", "person", { topic: "roster" }),
  // An officer's audit shows the person, the rank history, the unit assignments and the posts:
  // promotions, transfers and retirement change those and bump the officer's version. It belongs
  // to the units of its open assignments.
  Officer: entity<OfficerSnapshot>("Officer", "officer", {
    key: "personId",
    include: officerAudit,
    topic: "roster",
    unitsOf: (officer) => officer.person.unitAssignments.filter((held) => held.effectiveTo === null).map((held) => held.unitId),
  }),
  PostAssignment: entity<PostAssignment>("PostAssignment", "postAssignment", { topic: "roster", unitsOf: inUnit }),
  PartyRole: entity<PartyRole>("PartyRole", "partyRole", { topic: "roster", unitsOf: inUnit }),
  Event: entity<Event>("Event", "event"),
  EventParticipant: entity<EventParticipant>("EventParticipant", "eventParticipant"),
  Commendation: entity<Commendation>("Commendation", "commendation", {
    topic: "commendation",
    unitsOf: (commendation) => [commendation.recipientUnitId],
  }),
  Exemplar: entity<Exemplar>("Exemplar", "exemplar"),
  // Replications are part of the initiative: taking one up bumps the initiative's version.
  Initiative: entity<InitiativeSnapshot>("Initiative", "initiative", { include: initiativeAudit }),
  SavedQuery: entity<SavedQuery>("SavedQuery", "savedQuery"),
};
