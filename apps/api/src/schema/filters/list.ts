// What every filtered root list shares: its `filter`, `orderBy` and `asOf` arguments, and the
// where-clause compiled once per request for both the page and its totalCount.
import type { ArgBuilder } from "@pothos/core";
import type PrismaTypes from "@thidua/db/pothos-types";
import type { Context } from "../../context.js";
import { asOfDay } from "../../rosters/as-of.js";
import type { EntityFilter, FilterValue } from "./entity-filter.js";
import { filterScope } from "./folded-text.js";
import type { Types } from "./operators.js";
import type { EntityOrder, OrderKey } from "./order-by.js";

type ModelName = keyof PrismaTypes & string;
type Where<Model extends ModelName> = PrismaTypes[Model]["Where"];

export interface ListArgs<Field extends string> {
  filter?: FilterValue | null;
  orderBy?: ReadonlyArray<OrderKey<Field>> | null;
  asOf?: Date | null;
}

export const LIST_AS_OF =
  "The day the filter reads effective-dated facts on (a person's unit, rank and posts, a unit's clusters); today in Vietnam (Asia/Ho_Chi_Minh) when omitted.";

export function listArgs<Model extends ModelName, Field extends string>(
  arg: ArgBuilder<Types>,
  filter: EntityFilter<Model>,
  order: EntityOrder<Model, Field>,
  asOfDescription: string = LIST_AS_OF,
) {
  return {
    filter: arg({ type: filter.ref }),
    orderBy: arg({ type: [order.ref], description: "Keys in turn (the id breaks ties); the list's own order when omitted." }),
    asOf: arg({ type: "Date", description: asOfDescription }),
  };
}

const compiled = new WeakMap<object, Promise<unknown>>();

/**
 * The where-clause of a list's arguments: its filter, read as of its day, ANDed with conditions of
 * its other arguments. Memoised on the arguments object, which Pothos hands both to the page and
 * to totalCount.
 */
export function listWhere<Model extends ModelName>(
  context: Context,
  args: ListArgs<string>,
  filter: EntityFilter<Model>,
  ...also: Array<Where<Model>>
): Promise<Where<Model>> {
  let where = compiled.get(args) as Promise<Where<Model>> | undefined;
  if (!where) {
    where = filter.compile(args.filter, filterScope(context, asOfDay(args.asOf))).then((own) => ({ AND: [own, ...also] }) as Where<Model>);
    compiled.set(args, where);
  }
  return where;
}
