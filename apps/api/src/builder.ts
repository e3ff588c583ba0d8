// The schema builder: configuration and plugins only; types and fields live in src/schema/<area>.ts.
import SchemaBuilder from "@pothos/core";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ValidationPlugin from "@pothos/plugin-validation";
import type PrismaTypes from "@thidua/db/pothos-types";
import { getDatamodel } from "@thidua/db/pothos-types";
import { GraphQLError } from "graphql";
import { type AuthScopes, authScopes } from "./auth/scopes.js";
import type { Context } from "./context.js";
import PageSizePlugin from "./pagination/page-size-plugin.js";

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: AuthScopes;
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
    /** A record as the audit log stores it. */
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  // scope-auth first: nothing runs before authorization; errors before prisma, so that `errors`
  // also wraps prisma fields
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin, PageSizePlugin],
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
  scopeAuth: {
    authScopes,
    unauthorizedError: (_parent, context) => unauthorized(context),
    // a subscription is refused when it starts, not on each event it would deliver
    authorizeOnSubscribe: true,
  },
});

/** Anonymous callers are told to sign in; signed-in ones that their role does not reach this. */
function unauthorized({ session }: Context) {
  return session
    ? new GraphQLError("Your account's role does not allow this.", { extensions: { code: "FORBIDDEN" } })
    : new GraphQLError("Sign in first.", { extensions: { code: "UNAUTHENTICATED" } });
}

// Every root field needs a session unless it says otherwise (only `login` does).
builder.queryType({ authScopes: { authenticated: true } });
builder.mutationType({ authScopes: { authenticated: true } });
