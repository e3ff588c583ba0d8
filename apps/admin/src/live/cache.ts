// The normalised cache (graphcache): every record with an id is stored once, so a mutation's
// answer or a live refresh updates every view showing it without refetching whole lists. Lists
// whose membership a change may alter (a new officer, a transfer, an import) are invalidated, and
// each page of them refetches itself.
import { type Cache, cacheExchange, type Entity, type UpdatesConfig, type Variables } from "@urql/exchange-graphcache";
import type { IntrospectionObjectType } from "graphql";
import schema from "../graphql/generated/schema.ts";

/** Types without an id (connections, edges, errors, values) live inside their parent record. */
const embeddedTypes = Object.fromEntries(
  schema.__schema.types
    .filter((type): type is IntrospectionObjectType => type.kind === "OBJECT")
    .filter((type) => !type.fields.some((field) => field.name === "id"))
    .filter((type) => !["Query", "Mutation", "Subscription"].includes(type.name))
    .map((type) => [type.name, () => null]),
);

/** Every cached page of a list (a root one unless told), or those whose arguments `matches` picks. */
export function invalidateList(
  cache: Cache,
  fieldName: string,
  { entity = "Query", matches = () => true }: { entity?: Entity; matches?(args: Variables | null): boolean } = {},
): void {
  for (const field of cache.inspectFields(entity)) {
    if (field.fieldName === fieldName && matches(field.arguments)) cache.invalidate(entity, field.fieldName, field.arguments);
  }
}

/** The lists a mutation can add a record to or move one out of, when it succeeded. */
function invalidatesOnSuccess(typename: string, lists: readonly string[]) {
  return (result: Record<string, unknown>, _args: unknown, cache: Cache) => {
    const answer = Object.values(result)[0] as { __typename?: string } | null;
    if (answer?.__typename !== typename) return;
    for (const list of lists) invalidateList(cache, list);
  };
}

/** An import adds records only when committed. */
function invalidatesOnCommit(lists: readonly string[]) {
  return (result: Record<string, unknown>, _args: unknown, cache: Cache) => {
    const report = Object.values(result)[0] as { committed?: boolean } | null;
    if (report?.committed) for (const list of lists) invalidateList(cache, list);
  };
}

/**
 * A post assigned or ended: the person's timelines come with the answer; what it may alter besides
 * are the rosters filtered by post and who holds the posts of the post's unit.
 */
function postChanged(result: Record<string, unknown>, _args: unknown, cache: Cache) {
  const answer = Object.values(result)[0] as { __typename?: string; unit?: { id: string } | null } | null;
  if (answer?.__typename !== "PostAssignment") return;
  invalidateList(cache, "people", { matches: (args) => JSON.stringify(args?.filter ?? null).includes('"post"') });
  if (answer.unit) invalidateList(cache, "posts", { entity: { __typename: "Unit", id: answer.unit.id } });
}

const updates: UpdatesConfig = {
  Mutation: {
    createOfficer: invalidatesOnSuccess("Person", ["people"]),
    createPerson: invalidatesOnSuccess("Person", ["people"]),
    // the unit and the posts held change: unit-filtered rosters gain or lose the officer
    transferOfficer: invalidatesOnSuccess("Person", ["people"]),
    retireOfficer: invalidatesOnSuccess("Person", ["people"]),
    assignPost: postChanged,
    endPost: postChanged,
    // party roles are read per person only: the answer carries the person's, nothing else lists them
    importOfficers: invalidatesOnCommit(["people"]),
    importObservations: invalidatesOnCommit(["observations"]),
    recordObservation: invalidatesOnSuccess("Observation", ["observations"]),
    createEvent: invalidatesOnSuccess("Event", ["events"]),
    proposeCommendation: invalidatesOnSuccess("Commendation", ["commendations"]),
  },
};

/** The dashboard's cache exchange: schema-aware (unions of mutation results), keyed, updated. */
export function liveCacheExchange() {
  return cacheExchange({ schema, keys: embeddedTypes, updates });
}
