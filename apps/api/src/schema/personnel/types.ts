// People and officers (CBCS): ranks, posts, unit assignments and party roles, all effective-dated.
import { Gender, Rank } from "@thidua/db/prisma-enums";
import { rankTier, rankTiers } from "@thidua/domain/ranks";
import { builder } from "../../builder.js";
import { nestedCount, nestedPage } from "../../loaders/nested-connection.js";
import { assignmentsOfPerson, postsOfPerson, rankGrantsOfPerson } from "../../loaders/sources.js";
import { asOfDay, dayOf, inForce } from "../../rosters/as-of.js";

export const RankEnum = builder.enumType(Rank, {
  name: "Rank",
  description: "The rank ladder of the People's Public Security, lowest (BINH_NHI) to highest (DAI_TUONG).",
});

export const RankTierEnum = builder.enumType("RankTier", {
  values: rankTiers,
  description: "Groups of ranks, lowest first: enlisted (chiến sĩ), NCOs (hạ sĩ quan), company, field and general officers (sĩ quan cấp úy, cấp tá, cấp tướng).",
});
export const GenderEnum = builder.enumType(Gender, { name: "Gender" });

export const Person = builder.prismaNode("Person", {
  // names (of event participants, leaders) are aggregate-level; roster details are per field
  authScopes: { readAggregates: true },
  id: { field: "id" },
  nullable: true,
  description: "A person: an officer, or a civilian who took part in an event.",
  fields: (t) => ({
    key: t.exposeString("key", { nullable: true, description: "Stable key from the source, e.g. vu-thanh-chuong." }),
    fullName: t.exposeString("fullName", { description: "Full name with diacritics, exactly as written (NFC)." }),
    organisation: t.exposeString("organisation", { nullable: true, description: "A civilian's organisation outside the police." }),
    gender: t.expose("gender", { authScopes: { readRoster: true }, type: GenderEnum, nullable: true }),
    isOfficer: t.boolean({
      description: "Whether the person serves (or served) in the People's Public Security.",
      select: { officer: { select: { personId: true } } },
      resolve: (person) => person.officer !== null,
    }),
    rank: t.field({
      authScopes: { readRoster: true },
      type: RankEnum,
      nullable: true,
      description: "The rank held on asOf: else on the day its list was read as of, else today in Vietnam; null for civilians.",
      args: { asOf: t.arg({ type: "Date" }) },
      // every grant (an officer has a handful) so that the day can be chosen per row
      select: { officer: { select: { rankGrants: { select: { rank: true, effectiveFrom: true, effectiveTo: true } } } } },
      resolve: (person, { asOf }) => inForce(person.officer?.rankGrants ?? [], asOf ?? dayOf(person) ?? asOfDay(null))[0]?.rank ?? null,
    }),
    rankTimeline: t.prismaConnection({
      authScopes: { readRoster: true },
      type: "RankGrant",
      cursor: "id",
      description: "The ranks held, earliest first, each from its grant until the next (empty for civilians).",
      totalCount: (person, args, context, info) => nestedCount(context, info, args, rankGrantsOfPerson(), person.id),
      resolve: (query, person, args, context, info) =>
        nestedPage(context, info, args, query, rankGrantsOfPerson(), person.id, (ids, selection) =>
          context.prisma.rankGrant.findMany({ ...selection, where: { id: { in: ids } } }),
        ),
    }),
    postTimeline: t.prismaConnection({
      authScopes: { readRoster: true },
      type: "PostAssignment",
      cursor: "id",
      description: "The posts held, earliest first (by their start, or the day a source attests them); with asOf, those held that day.",
      args: { asOf: t.arg({ type: "Date", description: "Only the posts held on this day; all when omitted." }) },
      totalCount: (person, args, context, info) => nestedCount(context, info, args, postsOfPerson(args.asOf), person.id),
      resolve: (query, person, args, context, info) =>
        nestedPage(context, info, args, query, postsOfPerson(args.asOf), person.id, (ids, selection) =>
          context.prisma.postAssignment.findMany({ ...selection, where: { id: { in: ids } } }),
        ),
    }),
    unitsServed: t.prismaConnection({
      authScopes: { readRoster: true },
      type: "UnitAssignment",
      cursor: "id",
      description: "The units served in, earliest first, each with its dates (a transfer ends one and begins the next).",
      totalCount: (person, args, context, info) => nestedCount(context, info, args, assignmentsOfPerson(), person.id),
      resolve: (query, person, args, context, info) =>
        nestedPage(context, info, args, query, assignmentsOfPerson(), person.id, (ids, selection) =>
          context.prisma.unitAssignment.findMany({ ...selection, where: { id: { in: ids } } }),
        ),
    }),
    posts: t.field({
      authScopes: { readRoster: true },
      type: [PostAssignment],
      description: "Posts (chức vụ), latest first; those held on asOf, else on the day its list was read as of; else all.",
      args: { asOf: t.arg({ type: "Date", description: "Only those held on this day." }) },
      select: (_args, _context, nested) => ({ posts: nested({ orderBy: [{ effectiveFrom: { sort: "desc", nulls: "last" } }, { id: "asc" }] }) }),
      resolve: (person, { asOf }) => inForce(person.posts, asOf ?? dayOf(person)),
    }),
    partyRoles: t.field({
      authScopes: { readRoster: true },
      type: [PartyRole],
      description: "Party roles held alongside the posts, latest first; those held on asOf, else on the day its list was read as of; else all.",
      args: { asOf: t.arg({ type: "Date", description: "Only those held on this day." }) },
      select: (_args, _context, nested) => ({ partyRoles: nested({ orderBy: [{ effectiveFrom: { sort: "desc", nulls: "last" } }, { id: "asc" }] }) }),
      resolve: (person, { asOf }) => inForce(person.partyRoles, asOf ?? dayOf(person)),
    }),
    assignments: t.field({
      authScopes: { readRoster: true },
      type: [UnitAssignment],
      description: "The units served in, latest first; the one in force on asOf, else on the day its list was read as of; else all.",
      args: { asOf: t.arg({ type: "Date", description: "Only those in force on this day." }) },
      select: (_args, _context, nested) => ({ unitAssignments: nested({ orderBy: [{ effectiveFrom: "desc" }, { id: "asc" }] }) }),
      resolve: (person, { asOf }) => inForce(person.unitAssignments, asOf ?? dayOf(person)),
    }),
    participations: t.relation("participations", {
      description: "The events the person took part in, latest first.",
      query: { orderBy: [{ event: { date: "desc" } }, { id: "asc" }] },
    }),
  }),
});

builder.prismaObject("RankGrant", {
  authScopes: { readRoster: true },
  description: "A rank held from effectiveFrom until the next grant.",
  fields: (t) => ({
    rank: t.expose("rank", { type: RankEnum }),
    tier: t.field({ type: RankTierEnum, select: { rank: true }, resolve: (grant) => rankTier(grant.rank) }),
    effectiveFrom: t.expose("effectiveFrom", {
      type: "Date",
      description: "When only attested (attestedOn), the day the source confirms it: the grant itself was earlier.",
    }),
    effectiveTo: t.expose("effectiveTo", { type: "Date", nullable: true, description: "Exclusive: the next grant's day; null while held." }),
    attestedOn: t.expose("attestedOn", { type: "Date", nullable: true }),
    decisionNumber: t.exposeString("decisionNumber", { nullable: true }),
    person: t.field({
      type: Person,
      select: (_args, _context, nestedSelection) => ({ officer: { select: { person: nestedSelection(true) } } }),
      resolve: (grant) => grant.officer.person,
    }),
  }),
});

export const PostAssignment = builder.prismaObject("PostAssignment", {
  authScopes: { readRoster: true },
  description: "A post held by a person, in a unit or (for civilians) an outside organisation.",
  fields: (t) => ({
    title: t.exposeString("title", { description: "e.g. Giám đốc" }),
    titleEn: t.exposeString("titleEn", { description: "e.g. Director" }),
    unit: t.relation("unit", { nullable: true }),
    organisation: t.exposeString("organisation", { nullable: true, description: "For posts outside the police." }),
    person: t.relation("person"),
    effectiveFrom: t.expose("effectiveFrom", { type: "Date", nullable: true, description: "Null: held since before our records." }),
    effectiveTo: t.expose("effectiveTo", { type: "Date", nullable: true, description: "Exclusive; null: not known to have ended." }),
    attestedOn: t.expose("attestedOn", { type: "Date", nullable: true, description: "A day a source confirms the post was held." }),
  }),
});

export const PartyRole = builder.prismaObject("PartyRole", {
  authScopes: { readRoster: true },
  description: "A party role, in a unit's party committee or in an outside body.",
  fields: (t) => ({
    title: t.exposeString("title", { description: "e.g. Bí thư Đảng ủy" }),
    titleLong: t.exposeString("titleLong", { nullable: true, description: "The title written out in full, where abbreviated." }),
    titleEn: t.exposeString("titleEn"),
    body: t.exposeString("body", { nullable: true, description: "An outside body, e.g. Thành ủy Hải Phòng." }),
    unit: t.relation("unit", { nullable: true, description: "The unit whose party committee it is." }),
    person: t.relation("person"),
    effectiveFrom: t.expose("effectiveFrom", { type: "Date", nullable: true }),
    effectiveTo: t.expose("effectiveTo", { type: "Date", nullable: true }),
    attestedOn: t.expose("attestedOn", { type: "Date", nullable: true }),
  }),
});

export const UnitAssignment = builder.prismaObject("UnitAssignment", {
  authScopes: { readRoster: true },
  description: "A person serving in a unit; a transfer ends one assignment and begins the next.",
  fields: (t) => ({
    person: t.relation("person"),
    unit: t.relation("unit"),
    effectiveFrom: t.expose("effectiveFrom", { type: "Date" }),
    effectiveTo: t.expose("effectiveTo", { type: "Date", nullable: true, description: "Exclusive; null while serving." }),
  }),
});
