// Subscriptions: a change committed by anyone, delivered over server-sent events to the
// subscribers allowed to know of it. Payloads say what changed and where, never the contents:
// a client refetches what its role may read.
import { filter, pipe } from "graphql-yoga";
import { currentUnitsOf } from "../auth/unit-subtree.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { type LiveChange, type LiveTopic, liveActions } from "../live/live.js";

const LiveActionEnum = builder.enumType("LiveAction", { values: liveActions });

const LiveChangeRef = builder.objectRef<LiveChange>("LiveChange").implement({
  description: "A committed change: what kind of rows, which ones, in which unit, by which account.",
  fields: (t) => ({
    action: t.field({ type: LiveActionEnum, resolve: (change) => change.action }),
    entityType: t.exposeString("entityType", { description: 'The model changed, e.g. "Officer", "Observation", "Commendation".' }),
    entityIds: t.exposeStringList("entityIds", { description: "Database ids of the changed rows (one unit's rows of a bulk import)." }),
    unitId: t.exposeInt("unitId", { nullable: true, description: "Database id of the unit the rows belong to." }),
    accountId: t.exposeInt("accountId", { nullable: true, description: "Database id of the account that made the change." }),
  }),
});

/**
 * The topic's changes the subscriber may see: every topic but the roster in full; the roster's as
 * the auth layer decides (README: roles), a UNIT_EDITOR following its own subtree.
 */
function changesFor(topic: LiveTopic, context: Context): AsyncIterable<LiveChange> {
  const changes = context.live.subscribe(topic);
  if (topic !== "roster") return changes;
  return pipe(
    changes,
    filter((change: LiveChange) => mayHearOf(change, context)),
  );
}

/**
 * Whether the subscriber may hear of a roster change. An edit of a person's own fields comes
 * without a unit (the person row has none): it is news where the person serves today too, or an
 * editor would never see its own officers' names change.
 */
async function mayHearOf(change: LiveChange, { auth, prisma }: Context): Promise<boolean> {
  if (await auth.canSeeUnitChange(change.unitId)) return true;
  if (change.unitId !== null || change.entityType !== "Person") return false;
  const serving = await currentUnitsOf(prisma, change.entityIds.map(Number).filter(Number.isSafeInteger));
  for (const unitId of serving.values()) if (await auth.canSeeUnitChange(unitId)) return true;
  return false;
}

builder.subscriptionType({ authScopes: { authenticated: true } });

builder.subscriptionFields((t) => ({
  rosterChanged: t.field({
    type: LiveChangeRef,
    description: "People, officers, ranks, posts and unit assignments; a UNIT_EDITOR hears of its own subtree only.",
    authScopes: { readRoster: true },
    subscribe: (_root, _args, context) => changesFor("roster", context),
    resolve: (change) => change,
  }),
  observationChanged: t.field({
    type: LiveChangeRef,
    description: "Indicator values recorded, corrected or imported.",
    authScopes: { readRoster: true },
    subscribe: (_root, _args, context) => changesFor("observation", context),
    resolve: (change) => change,
  }),
  commendationChanged: t.field({
    type: LiveChangeRef,
    description: "Commendations proposed, moved through their workflow or decided.",
    authScopes: { readAggregates: true },
    subscribe: (_root, _args, context) => changesFor("commendation", context),
    resolve: (change) => change,
  }),
}));
