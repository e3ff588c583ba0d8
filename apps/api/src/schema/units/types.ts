// Units (đơn vị): the tree from the ministry down to divisions.
import { UnitKind } from "@thidua/db/prisma-enums";
import { builder } from "../../builder.js";
import { assignedOn, heldOn, matchesSearch } from "../filters/where.js";

export const UnitKindEnum = builder.enumType(UnitKind, { name: "UnitKind" });

export const Unit = builder.prismaNode("Unit", {
  authScopes: { readAggregates: true },
  id: { field: "id" },
  nullable: true,
  description: "A unit of the People's Public Security: the ministry, a department, a city or provincial police, a division.",
  fields: (t) => ({
    code: t.exposeString("code", { description: "This product's stable key, e.g. CATP-HP (not an official ministry code)." }),
    name: t.exposeString("name", { description: "Vietnamese name, exactly as written (NFC)." }),
    nameEn: t.exposeString("nameEn"),
    shortName: t.exposeString("shortName", { nullable: true, description: "e.g. CATP Hải Phòng" }),
    kind: t.expose("kind", { type: UnitKindEnum }),
    parent: t.relation("parent", { nullable: true }),
    children: t.relation("children", {
      description: "The units directly below, by code. A list, not a connection: a unit has few children.",
      query: { orderBy: { code: "asc" } },
    }),
    posts: t.relatedConnection("posts", {
      authScopes: { readRoster: true },
      cursor: "id",
      totalCount: true,
      description: "Posts in this unit (who is Director, Deputy Director…); with asOf, those held on that day.",
      args: { asOf: t.arg({ type: "Date" }) },
      query: (args) => ({ where: heldOn(args.asOf), orderBy: [{ title: "asc" }, { id: "asc" }] }),
    }),
    assignments: t.relatedConnection("unitAssignments", {
      authScopes: { readRoster: true },
      cursor: "id",
      totalCount: true,
      description: "The people serving in this unit (its roster); with asOf, those assigned on that day.",
      args: { asOf: t.arg({ type: "Date" }) },
      query: (args) => ({ where: assignedOn(args.asOf), orderBy: [{ effectiveFrom: "asc" }, { id: "asc" }] }),
    }),
  }),
});
