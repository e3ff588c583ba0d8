// People and officers: create and edit people; an officer's transfers, promotions and retirement;
// posts and party roles. Every span is effective-dated, [effectiveFrom, effectiveTo).
import {
  assignPartyRoleInput,
  assignPostInput,
  createOfficerInput,
  createPersonInput,
  endPartyRoleInput,
  endPostInput,
  promoteOfficerInput,
  retireOfficerInput,
  transferOfficerInput,
  updatePersonInput,
} from "@thidua/domain/inputs/people";
import { isPromotion } from "@thidua/domain/ranks";
import { searchKeyOf } from "@thidua/domain/text";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { NotFoundError, ValidationError } from "../../errors.js";
import { entities, type OfficerSnapshot } from "../../write/entities.js";
import { databaseId, day, type InputFields, idOf, optionalDay, parseInput } from "../../write/input.js";
import { activeUnit, found, refuseOverlap, type Span } from "../../write/rules.js";
import { adminOnly, writeUnits } from "../../write/scopes.js";
import { forgetPostTitles } from "../../rosters/post-titles.js";
import { applyChange, type Tx } from "../../write/write-transaction.js";
import { writeErrors } from "../errors.js";
import { GenderEnum, RankEnum } from "./types.js";

const VERSION = "Changes with every edit; an update names the version it read.";
builder.prismaObjectFields("Person", (t) => ({
  version: t.exposeInt("version", { description: `${VERSION} (updatePerson)` }),
  officerVersion: t.int({
    nullable: true,
    description: "The officer record's version, named by transfers, promotions and retirement; null for civilians.",
    select: { officer: { select: { version: true } } },
    resolve: (person) => person.officer?.version ?? null,
  }),
}));
for (const model of ["PostAssignment", "PartyRole"] as const) {
  builder.prismaObjectFields(model, (t) => ({
    id: t.globalID({ resolve: (held) => ({ type: model, id: held.id }) }),
    version: t.exposeInt("version", { description: VERSION }),
  }));
}

// ---------------------------------------------------------------- inputs

const personFields = (t: InputFields) => ({
  fullName: t.string({ required: true }),
  gender: t.field({ type: GenderEnum }),
  birthDate: t.field({ type: "Date" }),
  organisation: t.string({ description: "For civilians: the organisation outside the police." }),
  email: t.string(),
  phone: t.string(),
});

const CreatePersonInput = builder.inputType("CreatePersonInput", {
  description: "Anyone who takes part: officers (see createOfficer) and civilians.",
  fields: (t) => ({ key: t.string({ description: "Stable key from a source, e.g. vu-thanh-chuong." }), ...personFields(t) }),
});

const UpdatePersonInput = builder.inputType("UpdatePersonInput", {
  description: "Absent fields stay as they are; null clears an optional one. The key never changes.",
  fields: (t) => ({
    id: idOf(t, "Person", { required: true }),
    version: t.int({ required: true }),
    ...personFields(t),
    fullName: t.string(),
  }),
});

const CreateOfficerInput = builder.inputType("CreateOfficerInput", {
  description: "A person serving in the People's Public Security: the first rank and the first unit.",
  fields: (t) => ({
    key: t.string(),
    ...personFields(t),
    serviceNumber: t.string({ required: true, description: "Số hiệu CAND." }),
    rank: t.field({ type: RankEnum, required: true }),
    rankEffectiveFrom: t.field({ type: "Date", required: true }),
    rankDecisionNumber: t.string(),
    unitId: idOf(t, "Unit", { required: true }),
    unitEffectiveFrom: t.field({ type: "Date", required: true }),
  }),
});

const officerRef = (t: InputFields) => ({
  personId: idOf(t, "Person", { required: true }),
  version: t.int({ required: true, description: "The officer's version (Person.officerVersion)." }),
});

const TransferOfficerInput = builder.inputType("TransferOfficerInput", {
  fields: (t) => ({
    ...officerRef(t),
    toUnitId: idOf(t, "Unit", { required: true }),
    effectiveFrom: t.field({ type: "Date", required: true, description: "The first day in the new unit." }),
  }),
});

const PromoteOfficerInput = builder.inputType("PromoteOfficerInput", {
  fields: (t) => ({
    ...officerRef(t),
    currentRank: t.field({ type: RankEnum, required: true, description: "The rank the client saw." }),
    newRank: t.field({ type: RankEnum, required: true, description: "A rank above the current one." }),
    decisionNumber: t.string({ required: true }),
    effectiveFrom: t.field({ type: "Date", required: true }),
  }),
});

const RetireOfficerInput = builder.inputType("RetireOfficerInput", {
  fields: (t) => ({ ...officerRef(t), retiredAt: t.field({ type: "Date", required: true }) }),
});

const heldFields = (t: InputFields) => ({
  personId: idOf(t, "Person", { required: true }),
  unitId: idOf(t, "Unit"),
  title: t.string({ required: true }),
  titleEn: t.string({ required: true }),
  effectiveFrom: t.field({ type: "Date", description: "Null: held since before our records." }),
  effectiveTo: t.field({ type: "Date", description: "Exclusive; null: still held." }),
  attestedOn: t.field({ type: "Date", description: "A day a source confirms it was held." }),
});

const AssignPostInput = builder.inputType("AssignPostInput", {
  description: "A post in a unit, or (for a civilian) in an outside organisation: exactly one of unitId and organisation.",
  fields: (t) => ({ ...heldFields(t), organisation: t.string() }),
});

const AssignPartyRoleInput = builder.inputType("AssignPartyRoleInput", {
  description: "A party role in a unit's committee, or in an outside body: exactly one of unitId and body.",
  fields: (t) => ({ ...heldFields(t), body: t.string(), titleLong: t.string() }),
});

const endFields = (typename: "PostAssignment" | "PartyRole") => (t: InputFields) => ({
  id: idOf(t, typename, { required: true }),
  version: t.int({ required: true }),
  effectiveTo: t.field({ type: "Date", required: true, description: "Exclusive: the first day it is no longer held." }),
});
const EndPostInput = builder.inputType("EndPostInput", { fields: endFields("PostAssignment") });
const EndPartyRoleInput = builder.inputType("EndPartyRoleInput", { fields: endFields("PartyRole") });

// ---------------------------------------------------------------- rules

/** Whom a person's records belong to: the editor of the unit they serve in today. */
const personScope = async (personId: number, { auth }: Context) => writeUnits(await auth.currentUnitOf(personId));

async function unusedKey(tx: Tx, key: string | null | undefined): Promise<void> {
  if (key && (await tx.person.findUnique({ where: { key }, select: { id: true } }))) {
    throw ValidationError.of("key", `A person with key ${key} exists`, "keyTaken");
  }
}

/** The officer as audited, serving (not retired) and with an open unit assignment. */
function serving(officer: OfficerSnapshot) {
  if (officer.retiredAt) throw ValidationError.of("personId", "The officer has retired", "retired");
  const assignment = officer.person.unitAssignments.find((held) => held.effectiveTo === null);
  if (!assignment) throw ValidationError.of("personId", "The officer serves in no unit", "noCurrentAssignment");
  return assignment;
}

const after = (start: Date, text: string, path: string, what: string) => {
  if (day(text).getTime() <= start.getTime()) {
    throw ValidationError.of(path, `Must be after ${what} (${start.toISOString().slice(0, 10)})`, "datesOverlap");
  }
};

type Held = Span & { id: number; personId: number; title: string; unitId: number | null; attestedOn: Date | null };

/** The same person may not hold the same title in the same place twice over the same days. */
function refuseDuplicate(span: Span, others: readonly Held[]): void {
  refuseOverlap(span, others, "effectiveFrom", "the same title held by the same person in the same place");
}

/** Ends a post or party role on `effectiveTo` (exclusive), not before it began or was attested. */
function checkEnd(held: Held, effectiveTo: Date): void {
  if (held.effectiveTo !== null) throw ValidationError.of("id", "It has already ended", "alreadyEnded");
  if (held.effectiveFrom && effectiveTo < held.effectiveFrom) {
    throw ValidationError.of("effectiveTo", "Ends before it starts", "endsBeforeStart");
  }
  if (held.attestedOn && effectiveTo < held.attestedOn) {
    throw ValidationError.of("effectiveTo", "A source attests it was held later", "endsBeforeAttested");
  }
}

const heldSpan = (input: { effectiveFrom?: string | null; effectiveTo?: string | null; attestedOn?: string | null }) => ({
  effectiveFrom: optionalDay(input.effectiveFrom) ?? null,
  effectiveTo: optionalDay(input.effectiveTo) ?? null,
  attestedOn: optionalDay(input.attestedOn) ?? null,
});

const personRow = (person: { fullName: string; gender?: "MALE" | "FEMALE" | null | undefined; birthDate?: string | null | undefined }) => ({
  searchKey: searchKeyOf(person.fullName),
  birthDate: optionalDay(person.birthDate),
});

// ---------------------------------------------------------------- mutations

builder.mutationFields((t) => ({
  createPerson: t.prismaField({
    type: "Person",
    description: "A person in no unit (a civilian guest); officers come with their unit through createOfficer.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: CreatePersonInput, required: true }) },
    authScopes: adminOnly,
    resolve: async (query, _root, args, context) => {
      const input = parseInput(createPersonInput, args.input);
      const { id } = await applyChange(context, {
        action: "CREATE",
        entity: entities.Person,
        change: async (tx) => {
          await unusedKey(tx, input.key);
          const person = await tx.person.create({ data: { ...input, ...personRow(input), source: "REPORTED" } });
          return person.id;
        },
      });
      return context.prisma.person.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  updatePerson: t.prismaField({
    type: "Person",
    description: "Edits a person's own fields; needs write access to the unit they serve in (the admin's for civilians).",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: UpdatePersonInput, required: true }) },
    authScopes: (_root, { input }, context) => personScope(databaseId(input.id), context),
    resolve: async (query, _root, args, context) => {
      const { id, version, ...fields } = parseInput(updatePersonInput, args.input);
      await applyChange(context, {
        action: "UPDATE",
        entity: entities.Person,
        id,
        expectedVersion: version,
        change: async (tx, person) => {
          const fullName = fields.fullName ?? person.fullName;
          await tx.person.update({
            where: { id },
            data: { ...fields, searchKey: searchKeyOf(fullName), birthDate: optionalDay(fields.birthDate) },
          });
        },
      });
      return context.prisma.person.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  createOfficer: t.prismaField({
    type: "Person",
    description: "A new officer with the first rank grant and the first unit assignment.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: CreateOfficerInput, required: true }) },
    authScopes: (_root, { input }) => writeUnits(databaseId(input.unitId)),
    resolve: async (query, _root, args, context) => {
      const input = parseInput(createOfficerInput, args.input);
      const { serviceNumber, rank, rankEffectiveFrom, rankDecisionNumber, unitId, unitEffectiveFrom, ...person } = input;
      const { id } = await applyChange(context, {
        action: "CREATE",
        entity: entities.Officer,
        change: async (tx) => {
          await activeUnit(tx, unitId, "unitId");
          await unusedKey(tx, person.key);
          if (await tx.officer.findUnique({ where: { serviceNumber }, select: { personId: true } })) {
            throw ValidationError.of("serviceNumber", `Service number ${serviceNumber} is taken`, "serviceNumberTaken");
          }
          const created = await tx.person.create({ data: { ...person, ...personRow(person), source: "REPORTED" } });
          await tx.officer.create({
            data: {
              personId: created.id,
              serviceNumber,
              rankGrants: {
                create: { rank, effectiveFrom: day(rankEffectiveFrom), decisionNumber: rankDecisionNumber ?? null, source: "REPORTED" },
              },
            },
          });
          await tx.unitAssignment.create({
            data: { personId: created.id, unitId, effectiveFrom: day(unitEffectiveFrom), source: "REPORTED" },
          });
          return created.id;
        },
      });
      return context.prisma.person.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  transferOfficer: t.prismaField({
    type: "Person",
    description: "Closes the current unit assignment on effectiveFrom and opens one in the new unit. Needs write access to both units.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: TransferOfficerInput, required: true }) },
    authScopes: async (_root, { input }, { auth }) =>
      writeUnits(await auth.currentUnitOf(databaseId(input.personId)), databaseId(input.toUnitId)),
    resolve: async (query, _root, args, context) => {
      const input = parseInput(transferOfficerInput, args.input);
      await applyChange(context, {
        action: "UPDATE",
        entity: entities.Officer,
        id: input.personId,
        expectedVersion: input.version,
        change: async (tx, officer) => {
          const current = serving(officer);
          if (current.unitId === input.toUnitId) throw ValidationError.of("toUnitId", "The officer serves there already", "sameUnit");
          await activeUnit(tx, input.toUnitId, "toUnitId");
          after(current.effectiveFrom, input.effectiveFrom, "effectiveFrom", "the current assignment's start");
          const from = day(input.effectiveFrom);
          await tx.unitAssignment.update({ where: { id: current.id }, data: { effectiveTo: from } });
          await tx.unitAssignment.create({
            data: { personId: input.personId, unitId: input.toUnitId, effectiveFrom: from, source: "REPORTED" },
          });
        },
      });
      return context.prisma.person.findUniqueOrThrow({ ...query, where: { id: input.personId } });
    },
  }),

  promoteOfficer: t.prismaField({
    type: "Person",
    description: "A new rank grant up the ladder, with its decision; the previous grant ends the day it takes effect.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: PromoteOfficerInput, required: true }) },
    authScopes: (_root, { input }, context) => personScope(databaseId(input.personId), context),
    resolve: async (query, _root, args, context) => {
      const input = parseInput(promoteOfficerInput, args.input);
      await applyChange(context, {
        action: "UPDATE",
        entity: entities.Officer,
        id: input.personId,
        expectedVersion: input.version,
        change: async (tx, officer) => {
          serving(officer);
          const grant = officer.rankGrants.at(-1);
          if (!grant) throw new NotFoundError("RankGrant", String(input.personId));
          if (grant.rank !== input.currentRank) {
            throw ValidationError.of("currentRank", `The officer's rank is ${grant.rank}`, "rankChanged");
          }
          if (!isPromotion(grant.rank, input.newRank)) {
            throw ValidationError.of("newRank", `Must be a rank above ${grant.rank}`, "promotionGoesUp");
          }
          after(grant.effectiveFrom, input.effectiveFrom, "effectiveFrom", "the current rank's start");
          const from = day(input.effectiveFrom);
          await tx.rankGrant.update({ where: { id: grant.id }, data: { effectiveTo: from } });
          await tx.rankGrant.create({
            data: { officerId: input.personId, rank: input.newRank, effectiveFrom: from, decisionNumber: input.decisionNumber, source: "REPORTED" },
          });
        },
      });
      return context.prisma.person.findUniqueOrThrow({ ...query, where: { id: input.personId } });
    },
  }),

  retireOfficer: t.prismaField({
    type: "Person",
    description: "Retirement ends the unit assignment and the posts still held, on retiredAt.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: RetireOfficerInput, required: true }) },
    authScopes: (_root, { input }, context) => personScope(databaseId(input.personId), context),
    resolve: async (query, _root, args, context) => {
      const input = parseInput(retireOfficerInput, args.input);
      await applyChange(context, {
        action: "UPDATE",
        entity: entities.Officer,
        id: input.personId,
        expectedVersion: input.version,
        change: async (tx, officer) => {
          const current = serving(officer);
          after(current.effectiveFrom, input.retiredAt, "retiredAt", "the current assignment's start");
          const retiredAt = day(input.retiredAt);
          await tx.officer.update({ where: { personId: input.personId }, data: { retiredAt } });
          await tx.unitAssignment.update({ where: { id: current.id }, data: { effectiveTo: retiredAt } });
          await tx.postAssignment.updateMany({
            where: { personId: input.personId, effectiveTo: null, unitId: { not: null } },
            data: { effectiveTo: retiredAt },
          });
        },
      });
      return context.prisma.person.findUniqueOrThrow({ ...query, where: { id: input.personId } });
    },
  }),

  assignPost: t.prismaField({
    type: "PostAssignment",
    description: "A post (chức vụ) held from a day; needs write access to its unit (the admin's for outside organisations).",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: AssignPostInput, required: true }) },
    authScopes: (_root, { input }) => writeUnits(input.unitId ? databaseId(input.unitId) : null),
    resolve: async (query, _root, args, context) => {
      const input = parseInput(assignPostInput, args.input);
      const { id } = await applyChange(context, {
        action: "CREATE",
        entity: entities.PostAssignment,
        change: async (tx) => {
          await found(tx.person.findUnique({ where: { id: input.personId }, select: { id: true } }), "Person", input.personId);
          if (input.unitId != null) await activeUnit(tx, input.unitId, "unitId");
          const span = heldSpan(input);
          refuseDuplicate(
            span,
            await tx.postAssignment.findMany({
              where: { personId: input.personId, title: input.title, unitId: input.unitId ?? null, organisation: input.organisation ?? null },
            }),
          );
          const post = await tx.postAssignment.create({
            data: { ...input, ...span, unitId: input.unitId ?? null, organisation: input.organisation ?? null, source: "REPORTED" },
          });
          return post.id;
        },
      });
      forgetPostTitles(context.prisma);
      return context.prisma.postAssignment.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  endPost: t.prismaField({
    type: "PostAssignment",
    description: "Ends a post held until now.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: EndPostInput, required: true }) },
    authScopes: async (_root, { input }, { prisma }) => {
      const post = await prisma.postAssignment.findUnique({ where: { id: databaseId(input.id) }, select: { unitId: true } });
      return writeUnits(post?.unitId);
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(endPostInput, args.input);
      await applyChange(context, {
        action: "UPDATE",
        entity: entities.PostAssignment,
        id: input.id,
        expectedVersion: input.version,
        change: async (tx, post) => {
          checkEnd(post, day(input.effectiveTo));
          await tx.postAssignment.update({ where: { id: post.id }, data: { effectiveTo: day(input.effectiveTo) } });
        },
      });
      return context.prisma.postAssignment.findUniqueOrThrow({ ...query, where: { id: input.id } });
    },
  }),

  assignPartyRole: t.prismaField({
    type: "PartyRole",
    description: "A party role held alongside a post; needs write access to its unit (the admin's for outside bodies).",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: AssignPartyRoleInput, required: true }) },
    authScopes: (_root, { input }) => writeUnits(input.unitId ? databaseId(input.unitId) : null),
    resolve: async (query, _root, args, context) => {
      const input = parseInput(assignPartyRoleInput, args.input);
      const { id } = await applyChange(context, {
        action: "CREATE",
        entity: entities.PartyRole,
        change: async (tx) => {
          await found(tx.person.findUnique({ where: { id: input.personId }, select: { id: true } }), "Person", input.personId);
          if (input.unitId != null) await activeUnit(tx, input.unitId, "unitId");
          const span = heldSpan(input);
          refuseDuplicate(
            span,
            await tx.partyRole.findMany({
              where: { personId: input.personId, title: input.title, unitId: input.unitId ?? null, body: input.body ?? null },
            }),
          );
          const role = await tx.partyRole.create({
            data: { ...input, ...span, unitId: input.unitId ?? null, body: input.body ?? null, source: "REPORTED" },
          });
          return role.id;
        },
      });
      return context.prisma.partyRole.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),

  endPartyRole: t.prismaField({
    type: "PartyRole",
    description: "Ends a party role held until now.",
    errors: { types: writeErrors, directResult: true },
    args: { input: t.arg({ type: EndPartyRoleInput, required: true }) },
    authScopes: async (_root, { input }, { prisma }) => {
      const role = await prisma.partyRole.findUnique({ where: { id: databaseId(input.id) }, select: { unitId: true } });
      return writeUnits(role?.unitId);
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(endPartyRoleInput, args.input);
      await applyChange(context, {
        action: "UPDATE",
        entity: entities.PartyRole,
        id: input.id,
        expectedVersion: input.version,
        change: async (tx, role) => {
          checkEnd(role, day(input.effectiveTo));
          await tx.partyRole.update({ where: { id: role.id }, data: { effectiveTo: day(input.effectiveTo) } });
        },
      });
      return context.prisma.partyRole.findUniqueOrThrow({ ...query, where: { id: input.id } });
    },
  }),
}));
