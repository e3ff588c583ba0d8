// ClusterFilter and ClustersOrderBy.
import { type EntityFilter, entityFilter } from "../filters/entity-filter.js";
import { enumFilter } from "../filters/operators.js";
import { entityOrder, plain } from "../filters/order-by.js";
import { memberIn } from "../filters/where.js";
import { UnitFilter } from "../units/filters.js";
import { ClusterKindEnum } from "./types.js";

export const ClusterKindFilter = enumFilter(ClusterKindEnum, "ClusterKind");

export const ClusterFilter: EntityFilter<"Cluster"> = entityFilter("Cluster", "ClusterFilter", "Conditions on clusters.", (f) => ({
  number: f.int("number"),
  name: f.text("name"),
  nameEn: f.text("nameEn"),
  kind: f.enum(ClusterKindFilter, "kind"),
  member: f.relation(
    () => UnitFilter,
    (inner, { asOf }) => ({ memberships: { some: { AND: [memberIn(asOf.getUTCFullYear()), { unit: inner }] } } }),
    "Has a matching member unit in the year of asOf.",
  ),
}));

export const ClustersOrder = entityOrder("Cluster", "Clusters", { NUMBER: plain("number"), NAME: plain("name") }, [{ field: "NUMBER" }]);
