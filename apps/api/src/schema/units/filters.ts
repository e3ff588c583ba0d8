// UnitFilter and UnitsOrderBy: units by their fields, their place in the tree, their clusters and
// their years as cluster leader.
import { ClusterRoleEnum } from "../clusters/types.js";
import { ClusterFilter } from "../clusters/filters.js";
import { type EntityFilter, entityFilter } from "../filters/entity-filter.js";
import { enumFilter } from "../filters/operators.js";
import { entityOrder, plain } from "../filters/order-by.js";
import { memberIn } from "../filters/where.js";
import { UnitKindEnum } from "./types.js";

/** How many units above a unit `within` looks: deeper than any tree the seeds or the ministry have. */
export const UNIT_TREE_DEPTH = 6;

export const UnitKindFilter = enumFilter(UnitKindEnum, "UnitKind");
export const ClusterRoleFilter = enumFilter(ClusterRoleEnum, "ClusterRole");

export const UnitFilter: EntityFilter<"Unit"> = entityFilter("Unit", "UnitFilter", "Conditions on units.", (f) => ({
  code: f.text("code"),
  name: f.text("name", { description: "The Vietnamese name." }),
  nameEn: f.text("nameEn"),
  shortName: f.text("shortName", { description: "e.g. CATP Hải Phòng; null for most divisions." }),
  kind: f.enum(UnitKindFilter, "kind"),
  active: f.boolean("active"),
  parent: f.relation(() => UnitFilter, (inner) => ({ parent: inner }), "The unit directly above matches."),
  within: f.relation(
    () => UnitFilter,
    (inner) => {
      // the unit itself, its parent, its parent's parent…: Prisma has no recursive where
      const levels = [inner];
      for (let depth = 1; depth < UNIT_TREE_DEPTH; depth += 1) levels.push({ parent: levels[depth - 1]! });
      return { OR: levels };
    },
    "The unit itself or a unit above it matches: the divisions of CATP Hải Phòng are within it.",
  ),
  cluster: f.relation(
    () => ClusterFilter,
    (inner, { asOf }) => ({ memberships: { some: { AND: [memberIn(asOf.getUTCFullYear()), { cluster: inner }] } } }),
    "A member of a matching cluster in the year of asOf.",
  ),
  leadershipTerm: f.relation(
    () => LeadershipTermFilter,
    (inner) => ({ leadershipTerms: { some: inner } }),
    "Held a matching term as cluster leader or deputy: { role: { eq: LEADER }, year: { eq: 2022 } }.",
  ),
}));

export const LeadershipTermFilter: EntityFilter<"LeadershipTerm"> = entityFilter("LeadershipTerm", "LeadershipTermFilter", "Conditions on a year as cluster leader or deputy.", (f) => ({
  year: f.int("year"),
  role: f.enum(ClusterRoleFilter, "role"),
  cluster: f.relation(() => ClusterFilter, (inner) => ({ cluster: inner }), "The cluster led."),
  handedOverAt: f.date("handedOverAt", "The day the role was handed to the unit."),
}));

export const UnitsOrder = entityOrder(
  "Unit",
  "Units",
  { CODE: plain("code"), NAME: plain("name"), NAME_EN: plain("nameEn"), KIND: plain("kind") },
  [{ field: "CODE" }],
);
