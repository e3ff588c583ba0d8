// The configured GraphQL server around one open database; it serves requests but never listens
// (server.ts does, tests call `yoga.fetch`).
import { randomUUID } from "node:crypto";
import type { Database } from "@thidua/db/client";
import { createYoga, type Plugin, type YogaLogger } from "graphql-yoga";
import { LOGIN_LIMITS, LoginLimiter } from "./auth/login-limiter.js";
import { createRequestAuth } from "./auth/request-auth.js";
import { resolveSession, type Session, tokenOf } from "./auth/session.js";
import { useCsvExport } from "./bulk/export.js";
import type { Context } from "./context.js";
import { LIMITS } from "./hardening/limits.js";
import { useHardening } from "./hardening/plugins.js";
import { useHealthProbes } from "./health.js";
import { createLive, type Live } from "./live/live.js";
import { rawReads } from "./loaders/raw-reads.js";
import { schema } from "./schema/index.js";

export interface ApiOptions {
  db: Database;
  logger?: YogaLogger | false;
  /** Unmasked error messages in responses: development only. */
  exposeErrors?: boolean;
  /** Where committed changes are published for subscriptions; in-process when not given. */
  live?: Live;
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

/** Sends the Set-Cookie headers resolvers queued (login, logout) with the response. */
function useResponseCookies(cookies: WeakMap<Request, string[]>): Plugin {
  return {
    onResponse: ({ request, response }) => {
      for (const cookie of cookies.get(request) ?? []) response.headers.append("set-cookie", cookie);
    },
  };
}

/** What node's http server hands yoga beside the request (nothing under `yoga.fetch`). */
interface ServerContext {
  req?: { socket?: { remoteAddress?: string } };
}

export function createApi({ db, logger = false, exposeErrors = false, live = createLive() }: ApiOptions) {
  const requestIds = new WeakMap<Request, string>();
  const responseCookies = new WeakMap<Request, string[]>();
  const loginLimiter = new LoginLimiter(LOGIN_LIMITS);
  const reads = rawReads(db);
  // looked up once per request: before validation (for anonymous restrictions) and for the context
  const sessions = new WeakMap<Request, Promise<Session | null>>();
  const sessionOf = (request: Request) => {
    let session = sessions.get(request);
    if (!session) {
      const token = tokenOf(request);
      session = token ? resolveSession(db, token) : Promise.resolve(null);
      sessions.set(request, session);
    }
    return session;
  };
  // GraphQL requests and the CSV export routes alike
  const contextOf = async (request: Request, { req }: ServerContext): Promise<Context> => {
    const session = await sessionOf(request);
    const cookies: string[] = [];
    responseCookies.set(request, cookies);
    const auth = createRequestAuth({
      prisma: db.prisma,
      session,
      clientAddress: req?.socket?.remoteAddress ?? "unknown",
      userAgent: request.headers.get("user-agent"),
      cookies,
      loginLimiter,
    });
    return { prisma: db.prisma, reads, requestId: requestIds.get(request) ?? randomUUID(), session, auth, live };
  };
  return createYoga<ServerContext, Context>({
    schema,
    logging: logger,
    // anything not a GraphQLError (or a typed result) reaches clients as "Unexpected error."
    maskedErrors: { isDev: exposeErrors },
    landingPage: false,
    // the dashboard is the UI (GraphiQL would load from a CDN); same origin, so no CORS either
    graphiql: false,
    cors: false,
    batching: false,
    maxRequestBodySize: LIMITS.bodyBytes,
    plugins: [
      useHealthProbes(db),
      useRequestId(requestIds),
      useResponseCookies(responseCookies),
      ...useHardening({ sessionOf }),
      useCsvExport(contextOf),
    ],
    context: ({ request, req }) => contextOf(request, { req }),
  });
}
