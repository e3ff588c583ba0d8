// People and officers (CBCS): ranks, posts, unit assignments and party roles, all effective-dated.
import { Rank } from "@thidua/db/prisma-enums";
import { builder } from "../../builder.js";
import { assignedOn, heldOn, matchesSearch } from "../filters/where.js";

export const RankEnum = builder.enumType(Rank, {
  name: "Rank",
  description: "The rank ladder of the People's Public Security, lowest (BINH_NHI) to highest (DAI_TUONG).",
});

builder.prismaNode("Person", {
  id: { field: "id" },
  nullable: true,
  description: "A person: an officer, or a civilian who took part in an event.",
  fields: (t) => ({
    key: t.exposeString("key", { nullable: true, description: "Stable key from the source, e.g. vu-thanh-chuong." }),
    fullName: t.exposeString("fullName", { description: "Full name with diacritics, exactly as written (NFC)." }),
    organisation: t.exposeString("organisation", { nullable: true, description: "A civilian's organisation outside the police." }),
    isOfficer: t.boolean({
      description: "Whether the person serves (or served) in the People's Public Security.",
      select: { officer: { select: { personId: true } } },
      resolve: (person) => person.officer !== null,
    }),
    rank: t.field({
      type: RankEnum,
      nullable: true,
      description: "The rank held on asOf (today when omitted); null for civilians.",
      args: { asOf: t.arg({ type: "Date" }) },
      select: ({ asOf }) => ({
        officer: {
          select: {
            rankGrants: {
              where: { effectiveFrom: { lte: asOf ?? new Date() } },
              orderBy: { effectiveFrom: "desc" },
              take: 1,
              select: { rank: true },
            },
          },
        },
      }),
      resolve: (person) => person.officer?.rankGrants[0]?.rank ?? null,
    }),
    posts: t.relation("posts", {
      description: "Posts (chức vụ), latest first.",
      args: { asOf: t.arg({ type: "Date", description: "Only those held on this day; all when omitted." }) },
      query: ({ asOf }) => ({ where: heldOn(asOf), orderBy: [{ effectiveFrom: { sort: "desc", nulls: "last" } }, { id: "asc" }] }),
    }),
    partyRoles: t.relation("partyRoles", {
      description: "Party roles held alongside the posts, latest first.",
      args: { asOf: t.arg({ type: "Date", description: "Only those held on this day; all when omitted." }) },
      query: ({ asOf }) => ({ where: heldOn(asOf), orderBy: [{ effectiveFrom: { sort: "desc", nulls: "last" } }, { id: "asc" }] }),
    }),
    assignments: t.relation("unitAssignments", {
      description: "The units served in, latest first.",
      args: { asOf: t.arg({ type: "Date", description: "Only those held on this day; all when omitted." }) },
      query: ({ asOf }) => ({ where: assignedOn(asOf), orderBy: [{ effectiveFrom: "desc" }, { id: "asc" }] }),
    }),
    participations: t.relation("participations", {
      description: "The events the person took part in, latest first.",
      query: { orderBy: [{ event: { date: "desc" } }, { id: "asc" }] },
    }),
  }),
});

builder.prismaObject("PostAssignment", {
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

builder.prismaObject("PartyRole", {
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

builder.prismaObject("UnitAssignment", {
  description: "A person serving in a unit; a transfer ends one assignment and begins the next.",
  fields: (t) => ({
    person: t.relation("person"),
    unit: t.relation("unit"),
    effectiveFrom: t.expose("effectiveFrom", { type: "Date" }),
    effectiveTo: t.expose("effectiveTo", { type: "Date", nullable: true, description: "Exclusive; null while serving." }),
  }),
});
