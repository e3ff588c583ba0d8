// PersonFilter, PostFilter, RankGrantFilter and their orderings. A person's rank, unit and posts
// are read on the list's asOf day (today when omitted).
import { type Rank, ranks, ranksInTier, rankTiers } from "@thidua/domain/ranks";
import { EventFilter } from "../events/filters.js";
import { type EntityFilter, entityFilter } from "../filters/entity-filter.js";
import { compileOperators, enumFilter, matchingValues, type Operators } from "../filters/operators.js";
import { entityOrder, nullsLast, plain } from "../filters/order-by.js";
import { heldOn, inForceOn } from "../filters/where.js";
import { UnitFilter } from "../units/filters.js";
import { GenderEnum, RankEnum, RankTierEnum } from "./types.js";

export const RankFilter = enumFilter(RankEnum, "Rank", { ordered: "up the rank ladder (BINH_NHI lowest, DAI_TUONG highest)" });
export const RankTierFilter = enumFilter(RankTierEnum, "RankTier", { ordered: "from ENLISTED up to GENERAL" });
export const GenderFilter = enumFilter(GenderEnum, "Gender");

/** People holding, on `day`, a rank grant that meets `conditions` (any rank when none). */
function holdingRank(day: Date, conditions: object[]) {
  return { officer: { rankGrants: { some: { AND: [inForceOn(day), ...conditions] } } } };
}

/** A rank (or tier) filter on the rank held that day; isNull: true finds people with none that day. */
function rankHeld(operators: Operators<string>, day: Date, allowed: () => readonly Rank[]) {
  const { isNull, ...rest } = operators;
  const conditions: object[] = [];
  if (Object.values(rest).some((value) => value != null)) conditions.push(holdingRank(day, [{ rank: { in: [...allowed()] } }]));
  if (isNull != null) conditions.push(isNull ? { NOT: holdingRank(day, []) } : holdingRank(day, []));
  return { AND: conditions };
}

export const PersonFilter: EntityFilter<"Person"> = entityFilter("Person", "PersonFilter", "Conditions on people, read on the list's asOf day.", (f) => ({
  key: f.text("key", { description: "The source key, e.g. vu-thanh-chuong." }),
  fullName: f.text("fullName", { searchKey: "searchKey" }),
  gender: f.enum(GenderFilter, "gender"),
  organisation: f.text("organisation", { description: "A civilian's organisation." }),
  isOfficer: f.custom("Boolean", (officer) => (officer ? { officer: { isNot: null } } : { officer: { is: null } }), "Serves (or served) in the police."),
  rank: f.custom(
    RankFilter,
    (operators, { asOf }) => rankHeld(operators, asOf, () => matchingValues(operators, ranks)),
    "The rank held on asOf: { gte: THUONG_TA } is Thượng tá and above.",
  ),
  rankTier: f.custom(
    RankTierFilter,
    (operators, { asOf }) => rankHeld(operators, asOf, () => matchingValues(operators, rankTiers).flatMap(ranksInTier)),
    "The tier of the rank held on asOf.",
  ),
  unit: f.relation(
    () => UnitFilter,
    // the matching units first (the unit table is small), so that the assignments are read through
    // their unit index rather than joined to a unit (and its ancestors, for `within`) row by row
    async (inner, { asOf, unitIds }) => ({ unitAssignments: { some: { AND: [inForceOn(asOf), { unitId: { in: await unitIds(inner) } }] } } }),
    "Serves on asOf in a matching unit; { within: … } reaches the divisions of a unit.",
  ),
  post: f.relation(
    () => PostFilter,
    (inner, { asOf }) => ({ posts: { some: { AND: [heldOn(asOf), inner] } } }),
    "Holds on asOf a matching post.",
  ),
  participatedIn: f.relation(() => EventFilter, (inner) => ({ participations: { some: { event: inner } } }), "Took part in a matching event."),
}));

export const PostFilter: EntityFilter<"PostAssignment"> = entityFilter("PostAssignment", "PostFilter", "Conditions on posts (chức vụ).", (f) => ({
  title: f.text("title", { description: "e.g. Giám đốc; contains: \"giam doc\" finds it too." }),
  titleEn: f.text("titleEn", { description: "e.g. Director" }),
  organisation: f.text("organisation"),
  effectiveFrom: f.date("effectiveFrom", "Null: held since before our records."),
  effectiveTo: f.date("effectiveTo", "Exclusive; null: not known to have ended."),
  attestedOn: f.date("attestedOn"),
  unit: f.relation(() => UnitFilter, (inner) => ({ unit: inner }), "The unit of the post."),
  person: f.relation(() => PersonFilter, (inner) => ({ person: inner }), "Who holds it."),
}));

export const RankGrantFilter: EntityFilter<"RankGrant"> = entityFilter("RankGrant", "RankGrantFilter", "Conditions on rank grants.", (f) => ({
  rank: f.custom(
    RankFilter,
    (operators) => ({ AND: compileOperators(operators, { column: "rank", nullable: false, order: ranks }) }),
    "The rank granted; lt…gte go up the ladder.",
  ),
  effectiveFrom: f.date("effectiveFrom"),
  effectiveTo: f.date("effectiveTo"),
  attestedOn: f.date("attestedOn"),
  decisionNumber: f.text("decisionNumber"),
  person: f.relation(() => PersonFilter, (inner) => ({ officer: { person: inner } }), "The officer."),
}));

export const PeopleOrder = entityOrder(
  "Person",
  "People",
  { FULL_NAME: plain("fullName"), KEY: nullsLast("key"), GENDER: nullsLast("gender") },
  [{ field: "FULL_NAME" }],
);

export const PostsOrder = entityOrder(
  "PostAssignment",
  "Posts",
  {
    TITLE: plain("title"),
    TITLE_EN: plain("titleEn"),
    EFFECTIVE_FROM: nullsLast("effectiveFrom"),
    EFFECTIVE_TO: nullsLast("effectiveTo"),
    UNIT_CODE: (direction) => ({ unit: { code: direction } }),
  },
  [{ field: "TITLE" }],
);

export const RankGrantsOrder = entityOrder(
  "RankGrant",
  "RankGrants",
  { RANK: plain("rank"), EFFECTIVE_FROM: plain("effectiveFrom"), EFFECTIVE_TO: nullsLast("effectiveTo") },
  [{ field: "EFFECTIVE_FROM" }],
);
