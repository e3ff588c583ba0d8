// What every resolver receives: the database client, the request's id and the caller's session.
import type { PrismaClient } from "@thidua/db/prisma";
import type { RequestAuth } from "./auth/request-auth.js";
import type { Session } from "./auth/session.js";
import type { Live } from "./live/live.js";
import type { RawReads } from "./loaders/raw-reads.js";

export interface Context {
  prisma: PrismaClient;
  /** Hand-written read statements outside transactions (metrics, the roster loader): the driver on PostgreSQL. */
  reads: RawReads;
  /** The caller's `x-request-id`, or a fresh one; echoed in the response and in error logs. */
  requestId: string;
  /** The signed-in account, or null for an anonymous request. */
  session: Session | null;
  /** Per-request lookups for the auth scopes (memoised), the caller's address, response cookies. */
  auth: RequestAuth;
  /** Publishes committed changes to subscriptions (`live.publish(topic, change)` after the commit). */
  live: Live;
}
