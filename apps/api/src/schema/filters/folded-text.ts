// contains / startsWith that ignore case and diacritics. Stored names keep their diacritics, so the
// match is made on folded text (@thidua/domain/text): through the row's `searchKey` column where
// it is a folded copy of the filtered column, else by folding the column's distinct values (titles,
// codes, kinds of text with few distinct values) and matching those that fit.
import type { Prisma, PrismaClient } from "@thidua/db/prisma";
import { searchKey } from "@thidua/domain/text";
import type { Context } from "../../context.js";
import type { Operators } from "./operators.js";

/** What compiling a filter may need besides its value: the day it is read as of, and the database. */
export interface FilterScope {
  /** The calendar day relation filters read effective-dated rows on ("current unit", "rank"). */
  asOf: Date;
  /** Distinct values of one text column, once per request. */
  distinctValues(model: string, column: string): Promise<string[]>;
  /** The ids of the units matching a where-clause (a few thousand at most: the tree is small). */
  unitIds(where: Prisma.UnitWhereInput): Promise<number[]>;
}

const distinctCache = new WeakMap<object, Map<string, Promise<string[]>>>();

/** The distinct non-null values of a text column, read once per request. */
export function distinctValues(context: Pick<Context, "prisma">, model: string, column: string): Promise<string[]> {
  let cache = distinctCache.get(context);
  if (!cache) {
    cache = new Map();
    distinctCache.set(context, cache);
  }
  const key = `${model}.${column}`;
  let values = cache.get(key);
  if (!values) {
    values = distinctValuesOf(context.prisma, model, column);
    cache.set(key, values);
  }
  return values;
}

export function filterScope(context: Pick<Context, "prisma">, asOf: Date): FilterScope {
  return {
    asOf,
    distinctValues: (model, column) => distinctValues(context, model, column),
    unitIds: async (where) => (await context.prisma.unit.findMany({ where, select: { id: true } })).map((unit) => unit.id),
  };
}

async function distinctValuesOf(prisma: PrismaClient, model: string, column: string): Promise<string[]> {
  // the model and column come from the filter declarations, never from a request
  const delegate = (prisma as unknown as Record<string, { groupBy(args: object): Promise<Array<Record<string, string | null>>> }>)[
    model.charAt(0).toLowerCase() + model.slice(1)
  ];
  if (!delegate) throw new Error(`No Prisma model ${model}`);
  const rows = await delegate.groupBy({ by: [column] });
  return rows.map((row) => row[column]).filter((value): value is string => value != null);
}

/** The Prisma conditions of contains and startsWith on a column, folded. */
export async function foldedConditions(
  operators: Pick<Operators<string>, "contains" | "startsWith">,
  target: { model: string; column: string; searchKey?: string | undefined },
  scope: FilterScope,
): Promise<object[]> {
  const wanted = (["contains", "startsWith"] as const)
    .filter((operator) => operators[operator] != null)
    .map((operator) => ({ operator, text: searchKey(operators[operator] ?? "") }));
  if (wanted.length === 0) return [];
  if (target.searchKey) {
    return wanted.map(({ operator, text }) => ({ [target.searchKey as string]: { [operator]: text } }));
  }
  const values = await scope.distinctValues(target.model, target.column);
  return wanted.map(({ operator, text }) => ({
    [target.column]: {
      in: values.filter((value) => (operator === "contains" ? searchKey(value).includes(text) : searchKey(value).startsWith(text))),
    },
  }));
}
