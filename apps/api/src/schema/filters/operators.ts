// Operator inputs, one per field type (IntFilter, StringFilter, DateFilter, enum filters…), all made
// by `operatorInput`, and their translation to Prisma conditions on one column.
import type { EnumRef } from "@pothos/core";
import { builder } from "../../builder.js";

/** The builder's schema types, for typing refs made here. */
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
/** An implemented input object type whose values have this shape. */
export type InputObjectOf<Shape extends object> = ReturnType<ReturnType<typeof builder.inputRef<Shape>>["implement"]>;

/** What every operator input may hold; each type offers the subset its field type supports. */
export interface Operators<T> {
  eq?: T | null;
  ne?: T | null;
  in?: readonly T[] | null;
  notIn?: readonly T[] | null;
  lt?: T | null;
  lte?: T | null;
  gt?: T | null;
  gte?: T | null;
  isNull?: boolean | null;
  contains?: string | null;
  startsWith?: string | null;
}
export type Operator = keyof Operators<unknown>;

const descriptions: Record<Operator, string> = {
  eq: "Equal to.",
  ne: "Not equal to (rows where the field is null do not match, as in SQL).",
  in: "Equal to one of these.",
  notIn: "Equal to none of these (null does not match).",
  lt: "Less than.",
  lte: "Less than or equal to.",
  gt: "Greater than.",
  gte: "Greater than or equal to.",
  isNull: "true: the field is null; false: it is not.",
  contains: "Contains this text, ignoring case and diacritics (“hai phong” finds “Hải Phòng”, “d” finds “đ”).",
  startsWith: "Starts with this text, ignoring case and diacritics.",
};

const listOperators = new Set<Operator>(["in", "notIn"]);
const equality: Operator[] = ["eq", "ne", "in", "notIn", "isNull"];
const comparable: Operator[] = [...equality, "lt", "lte", "gt", "gte"];

type ScalarName = "Int" | "Float" | "String" | "Boolean" | "Date";

/** An input type of operators over one GraphQL type; `ordered` enums get lt…gte by `order`. */
function operatorInput<T>(name: string, description: string, type: ScalarName | EnumRef<Types, T, T>, operators: readonly Operator[]) {
  return builder.inputRef<Operators<T>>(name).implement({
    description,
    fields: (t) =>
      Object.fromEntries(
        operators.map((operator) => [
          operator,
          operator === "isNull"
            ? t.boolean({ description: descriptions[operator] })
            : operator === "contains" || operator === "startsWith"
              ? t.string({ description: descriptions[operator] })
              : listOperators.has(operator)
                ? t.field({ type: [type] as never, description: descriptions[operator] })
                : t.field({ type: type as never, description: descriptions[operator] }),
        ]),
      ) as never,
  });
}

export type OperatorInput<T> = InputObjectOf<Operators<T>>;

export const IntFilter = operatorInput<number>("IntFilter", "Conditions on a whole number; all that are given must hold.", "Int", comparable);
export const FloatFilter = operatorInput<number>("FloatFilter", "Conditions on a number; all that are given must hold.", "Float", comparable);
export const DateFilter = operatorInput<Date>("DateFilter", "Conditions on a calendar day; all that are given must hold.", "Date", comparable);
export const BooleanFilter = operatorInput<boolean>("BooleanFilter", "Conditions on a yes/no field.", "Boolean", ["eq", "ne", "isNull"]);
export const StringFilter = operatorInput<string>(
  "StringFilter",
  "Conditions on text; eq, in and the comparisons are exact (as stored, NFC), contains and startsWith ignore case and diacritics.",
  "String",
  [...comparable, "contains", "startsWith"],
);

/** The filter of an enum: equality, or also lt…gte when the enum has an order (the rank ladder). */
export function enumFilter<T extends string>(enumRef: EnumRef<Types, T, T>, name: string, options: { ordered?: string } = {}) {
  return operatorInput<T>(
    `${name}Filter`,
    options.ordered ? `Conditions on a ${name}; lt, lte, gt and gte compare ${options.ordered}.` : `Conditions on a ${name}.`,
    enumRef,
    options.ordered ? comparable : equality,
  );
}

/** How to match one column: its name, whether it can be null, and (enums) the values in order. */
export interface ColumnInfo {
  column: string;
  nullable: boolean;
  order?: readonly string[];
}

/** A condition that matches no row, whatever the model (Prisma renders `in: []` as false). */
export const nothing = (column: string) => ({ [column]: { in: [] } });

/**
 * The Prisma conditions (to be ANDed) for the exact operators on one column. contains and
 * startsWith are not here: they need folding (see folded-text.ts).
 */
export function compileOperators<T>(operators: Operators<T>, { column, nullable, order }: ColumnInfo): object[] {
  const { eq, ne, lt, lte, gt, gte, isNull, contains: _contains, startsWith: _startsWith, ...lists } = operators;
  const nulls = nullConditions(isNull, column, nullable);
  if (order) {
    // Prisma compares enums only for equality: a range on the ladder is the set of values in it
    const given = [eq, ne, lt, lte, gt, gte, lists.in, lists.notIn].some((value) => value != null);
    const values = matchingValues({ eq, ne, lt, lte, gt, gte, ...lists } as Operators<string>, order);
    return given ? [{ [column]: { in: values } }, ...nulls] : nulls;
  }
  const conditions = Object.entries({ equals: eq, not: ne, in: lists.in, notIn: lists.notIn, lt, lte, gt, gte })
    .filter(([, value]) => value != null)
    .map(([operator, value]) => ({ [column]: { [operator]: Array.isArray(value) ? [...value] : value } }));
  return [...conditions, ...nulls];
}

function nullConditions(isNull: boolean | null | undefined, column: string, nullable: boolean): object[] {
  if (isNull == null) return [];
  if (nullable) return [{ [column]: isNull ? null : { not: null } }];
  return isNull ? [nothing(column)] : [];
}

/** The values of an ordered enum (lowest first) that satisfy every operator given. */
export function matchingValues<T extends string>(operators: Omit<Operators<T>, "isNull" | "contains" | "startsWith">, order: readonly T[]): T[] {
  const at = (value: T | null | undefined) => (value == null ? null : order.indexOf(value));
  const [lt, lte, gt, gte] = [at(operators.lt), at(operators.lte), at(operators.gt), at(operators.gte)];
  return order.filter(
    (value, index) =>
      (operators.eq == null || value === operators.eq) &&
      (operators.ne == null || value !== operators.ne) &&
      (operators.in == null || operators.in.includes(value)) &&
      (operators.notIn == null || !operators.notIn.includes(value)) &&
      (lt === null || index < lt) &&
      (lte === null || index <= lte) &&
      (gt === null || index > gt) &&
      (gte === null || index >= gte),
  );
}
