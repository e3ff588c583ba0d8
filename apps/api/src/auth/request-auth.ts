// The per-request side of authorization: who is calling, from where, and lookups the scopes need,
// each made at most once per request.
import type { PrismaClient } from "@thidua/db/prisma";
import type { LoginLimiter } from "./login-limiter.js";
import { seesUnitChange } from "./scopes.js";
import type { Session } from "./session.js";
import { currentUnitsOf, unitSubtree } from "./unit-subtree.js";

export interface RequestAuth {
  /** The caller's address (the socket's; no proxy header is trusted), for rate limiting and sessions. */
  clientAddress: string;
  userAgent: string | null;
  /** The units under the session's unit, itself included; empty without one. */
  unitSubtree(): Promise<ReadonlySet<number>>;
  /** Whether the caller may hear of a roster change in this unit (null: in no unit); the rules are in scopes.ts. */
  canSeeUnitChange(unitId: number | null): Promise<boolean>;
  /** The unit a person serves in today, or null; batched across one request's fields. */
  currentUnitOf(personId: number): Promise<number | null>;
  /** Queues a Set-Cookie header for this request's response. */
  setCookie(cookie: string): void;
  /** The API instance's count of failed sign-ins. */
  loginLimiter: LoginLimiter;
}

export function createRequestAuth(options: {
  prisma: PrismaClient;
  session: Session | null;
  clientAddress: string;
  userAgent: string | null;
  cookies: string[];
  loginLimiter: LoginLimiter;
}): RequestAuth {
  const { prisma, session } = options;
  let subtree: Promise<ReadonlySet<number>> | undefined;
  const auth: RequestAuth = {
    clientAddress: options.clientAddress,
    userAgent: options.userAgent,
    unitSubtree() {
      subtree ??= session?.unitId != null ? unitSubtree(prisma, session.unitId) : Promise.resolve(new Set<number>());
      return subtree;
    },
    canSeeUnitChange: (unitId) => seesUnitChange(session, unitId, auth),
    currentUnitOf: batched((personIds) => currentUnitsOf(prisma, personIds)),
    setCookie: (cookie) => void options.cookies.push(cookie),
    loginLimiter: options.loginLimiter,
  };
  return auth;
}

/** Collects the keys asked for until the event loop turns and loads them in one call; remembers every answer. */
function batched(load: (keys: number[]) => Promise<Map<number, number>>) {
  const answers = new Map<number, Promise<number | null>>();
  let pending: Array<{ key: number; resolve: (value: number | null) => void; reject: (error: unknown) => void }> = [];
  return (key: number) => {
    let answer = answers.get(key);
    if (!answer) {
      answer = new Promise((resolve, reject) => {
        if (pending.length === 0) {
          setImmediate(() => {
            const batch = pending;
            pending = [];
            load(batch.map((entry) => entry.key)).then(
              (values) => {
                for (const entry of batch) entry.resolve(values.get(entry.key) ?? null);
              },
              (error: unknown) => {
                for (const entry of batch) entry.reject(error);
              },
            );
          });
        }
        pending.push({ key, resolve, reject });
      });
      answers.set(key, answer);
    }
    return answer;
  };
}
