// Resolvers of nested connections over `loadNestedPages`: the calls of one field for all the
// parents of a level are gathered into one batch (one page statement, one statement to hydrate
// the rows with Prisma and the selection Pothos computed, one count statement when totalCount is
// asked), so a request's statements depend on its shape, not on how many parents it has.
import type { Context } from "../context.js";
import type { GraphQLResolveInfo } from "graphql";
import { countNested, loadNestedPages, type NestedSource } from "./nested-pages.js";

/** What Pothos hands a prismaConnection resolver: the selection plus the page (take is ±(size + 1)). */
interface PageQuery {
  take: number;
  skip?: number;
  cursor?: { id?: number | undefined };
  select?: object;
  include?: object;
}

/** The Prisma selection of the nodes alone (Pothos' `select` or `include`), without the page. */
export type Selection = { select?: object } | { include?: object };

/** Loads rows by id with a selection; the order does not matter. */
export type Hydrate<Row> = (ids: number[], selection: Selection) => Promise<Row[]>;

interface Batch<Result> {
  parentIds: Set<number>;
  result: Promise<Map<number, Result>>;
}

const batches = new WeakMap<Context, Map<string, Batch<unknown>>>();

/** Gathers the calls of one field (same arguments, same selection) until the current work settles. */
function batched<Result>(context: Context, key: string, parentId: number, run: (parentIds: number[]) => Promise<Map<number, Result>>) {
  let open = batches.get(context);
  if (!open) {
    open = new Map();
    batches.set(context, open);
  }
  let batch = open.get(key) as Batch<Result> | undefined;
  if (!batch) {
    const parentIds = new Set<number>();
    const scheduled = open;
    // setImmediate: after every promise and nextTick of the level has run, so all its parents are in
    const result = new Promise<Map<number, Result>>((resolve, reject) =>
      setImmediate(() => {
        scheduled.delete(key);
        run([...parentIds]).then(resolve, reject);
      }),
    );
    batch = { parentIds, result };
    open.set(key, batch as Batch<unknown>);
  }
  batch.parentIds.add(parentId);
  return batch.result.then((results) => results.get(parentId) as Result);
}

/** One batch per field occurrence in the document and its arguments. */
const fieldKey = (info: GraphQLResolveInfo, kind: string, args: object) => {
  const node = info.fieldNodes[0];
  return `${kind}:${info.parentType.name}.${info.fieldName}@${node?.loc?.start ?? node?.alias?.value ?? ""}:${JSON.stringify(args)}`;
};

/** The rows of one parent's page, in page order; pass `query` as Pothos gives it. */
export function nestedPage<Row extends { id: number }>(
  context: Context,
  info: GraphQLResolveInfo,
  args: object,
  query: PageQuery,
  source: NestedSource,
  parentId: number,
  hydrate: Hydrate<Row>,
): Promise<Row[]> {
  const take = query.take;
  const cursor = query.cursor?.id ?? null;
  const selection: Selection = query.select ? { select: query.select } : query.include ? { include: query.include } : {};
  return batched(context, fieldKey(info, "page", args), parentId, async (parentIds) => {
    const pages = await loadNestedPages(context.prisma, source, { parentIds, limit: Math.abs(take), backward: take < 0, cursor });
    const ids = [...new Set([...pages.values()].flat())];
    const rows = ids.length ? await hydrate(ids, selection) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return new Map([...pages].map(([parent, childIds]) => [parent, childIds.map((id) => byId.get(id)).filter((row): row is Row => !!row)]));
  });
}

/** A parent's number of children (its connection's totalCount). */
export function nestedCount(context: Context, info: GraphQLResolveInfo, args: object, source: NestedSource, parentId: number): Promise<number> {
  return batched(context, fieldKey(info, "count", args), parentId, (parentIds) => countNested(context.prisma, source, parentIds));
}
