// The schema builder: configuration and plugins only; types and fields live in src/schema/<area>.ts.
import SchemaBuilder from "@pothos/core";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ValidationPlugin from "@pothos/plugin-validation";
import type PrismaTypes from "@thidua/db/pothos-types";
import { getDatamodel } from "@thidua/db/pothos-types";
import type { Context } from "./context.js";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  // non-null unless a field says otherwise, connection edges and nodes included
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  Scalars: {
    ID: { Input: string; Output: string | number };
    /** A calendar day, YYYY-MM-DD (held as UTC midnight, as Prisma reads `@db.Date`). */
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
  };
}>({
  // errors before prisma, so that `errors` also wraps prisma fields (scope-auth will go first)
  plugins: [ErrorsPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin],
  defaultFieldNullability: false,
  prisma: {
    // one client per database, not per process: the API is created around an open database
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: "error",
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    edgesFieldOptions: { nullable: { list: false, items: false } },
    nodeFieldOptions: { nullable: false },
  },
  errors: {
    defaultTypes: [],
  },
});

builder.queryType({});
