// The configured GraphQL server around one open database; it serves requests but never listens
// (server.ts does, tests call `yoga.fetch`).
import { randomUUID } from "node:crypto";
import type { Database } from "@thidua/db/client";
import { createYoga, type Plugin, type YogaLogger } from "graphql-yoga";
import type { Context } from "./context.js";
import { useHealthProbes } from "./health.js";
import { schema } from "./schema/index.js";

export interface ApiOptions {
  db: Database;
  logger?: YogaLogger | false;
  /** Unmasked error messages in responses: development only. */
  exposeErrors?: boolean;
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Takes the caller's x-request-id when it is sane, else makes one; echoes it on the response. */
function useRequestId(ids: WeakMap<Request, string>): Plugin {
  const idOf = (request: Request) => {
    let id = ids.get(request);
    if (!id) {
      const given = request.headers.get("x-request-id");
      id = given && REQUEST_ID.test(given) ? given : randomUUID();
      ids.set(request, id);
    }
    return id;
  };
  return {
    onRequest: ({ request }) => void idOf(request),
    onResponse: ({ request, response }) => response.headers.set("x-request-id", idOf(request)),
  };
}

export function createApi({ db, logger = false, exposeErrors = false }: ApiOptions) {
  const requestIds = new WeakMap<Request, string>();
  return createYoga<Record<string, unknown>, Context>({
    schema,
    logging: logger,
    // anything not a GraphQLError (or a typed result) reaches clients as "Unexpected error."
    maskedErrors: { isDev: exposeErrors },
    landingPage: false,
    plugins: [useHealthProbes(db), useRequestId(requestIds)],
    context: ({ request }) => ({ prisma: db.prisma, requestId: requestIds.get(request) ?? randomUUID() }),
  });
}
