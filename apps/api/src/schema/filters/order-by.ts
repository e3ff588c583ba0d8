// Multi-key ordering: `orderBy: [{ field: BIRTH_DATE, direction: DESC }, { field: FULL_NAME }]`.
// Every ordering ends with the id, so that pages and cursors are stable.
import type PrismaTypes from "@thidua/db/pothos-types";
import { builder } from "../../builder.js";
import type { InputObjectOf } from "./operators.js";

export const OrderDirectionEnum = builder.enumType("OrderDirection", {
  values: { ASC: { value: "asc" }, DESC: { value: "desc" } } as const,
});
type Direction = "asc" | "desc";

type ModelName = keyof PrismaTypes & string;
type OrderByOf<Model extends ModelName> = PrismaTypes[Model]["OrderBy"];

export interface OrderKey<Field extends string> {
  field: Field;
  direction?: Direction | null;
}

export interface EntityOrder<Model extends ModelName, Field extends string> {
  ref: InputObjectOf<OrderKey<Field>>;
  /** Prisma's orderBy for the keys given (the default when none), then the id. */
  compile(keys: ReadonlyArray<OrderKey<Field>> | null | undefined): OrderByOf<Model>[];
}

/**
 * `<Plural>OrderBy` and its `<Plural>OrderField` enum. Each field names how Prisma orders by it
 * in a direction; nullable columns sort their nulls last either way, as most analysts expect.
 */
export function entityOrder<Model extends ModelName, Field extends string>(
  _model: Model,
  plural: string,
  fields: Record<Field, (direction: Direction) => OrderByOf<Model>>,
  defaultOrder: ReadonlyArray<OrderKey<NoInfer<Field>>>,
): EntityOrder<Model, Field> {
  const FieldEnum = builder.enumType(`${plural}OrderField`, {
    values: Object.keys(fields) as Field[],
  });
  const ref = builder.inputRef<OrderKey<Field>>(`${plural}OrderBy`).implement({
    description: "One key of an ordering; the keys of a list apply in turn, then the id.",
    fields: (t) => ({
      field: t.field({ type: FieldEnum, required: true }),
      direction: t.field({ type: OrderDirectionEnum, defaultValue: "asc" }),
    }) as never,
  });

  return {
    ref,
    compile(keys) {
      const given = keys?.length ? keys : defaultOrder;
      // the id breaks ties in the direction of the last key
      const last = given[given.length - 1]?.direction ?? "asc";
      return [...given.map(({ field, direction }) => fields[field](direction ?? "asc")), { id: last } as OrderByOf<Model>];
    },
  };
}

/** A column that may be null, ordered with its nulls last in either direction. */
export const nullsLast =
  <Column extends string>(column: Column) =>
  (direction: Direction) =>
    ({ [column]: { sort: direction, nulls: "last" } }) as { [C in Column]: { sort: Direction; nulls: "last" } };

/** A column that is never null. */
export const plain =
  <Column extends string>(column: Column) =>
  (direction: Direction) =>
    ({ [column]: direction }) as { [C in Column]: Direction };
