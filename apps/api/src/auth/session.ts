// Server-side sessions: a random token goes to the client (cookie or bearer), its sha-256 is the
// row id, so a leaked database holds no usable token.
import { createHash, randomBytes } from "node:crypto";
import type { Database } from "@thidua/db/client";
import type { PrismaClient } from "@thidua/db/prisma";
import type { AccountRole } from "@thidua/db/prisma-enums";
import { env } from "../env.js";

export interface Session {
  /** The session row id (the token's sha-256). */
  id: string;
  accountId: number;
  role: AccountRole;
  /** The unit whose subtree a UNIT_EDITOR may write in. */
  unitId: number | null;
  /** A generated or reset password: nothing but `me`, `changePassword` and `logout` until it changes. */
  mustChangePassword: boolean;
}

export const SESSION_IDLE_MS = env.SESSION_IDLE_MINUTES * 60_000;
export const SESSION_MAX_MS = env.SESSION_MAX_HOURS * 3_600_000;
/** Sliding renewal writes at most this often per session, not on every request. */
const RENEW_AFTER_MS = 5 * 60_000;

const secure = env.SESSION_COOKIE_SECURE ? env.SESSION_COOKIE_SECURE === "true" : env.NODE_ENV === "production";
/** `__Host-` binds the cookie to this exact origin; browsers accept the prefix only on Secure cookies. */
export const SESSION_COOKIE = secure ? "__Host-thidua_session" : "thidua_session";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

const TOKEN = /^[\w-]{43}$/;

/** The token a request carries: `Authorization: Bearer …` first, else the session cookie. */
export function tokenOf(request: Request): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  const token = bearer ?? cookieValue(request.headers.get("cookie"), SESSION_COOKIE);
  return token && TOKEN.test(token) ? token : null;
}

function cookieValue(header: string | null, name: string): string | null {
  for (const part of header?.split(";") ?? []) {
    const [key, ...value] = part.split("=");
    if (key?.trim() === name) return value.join("=").trim();
  }
  return null;
}

/** Set-Cookie for a new session: httpOnly, SameSite=Strict, living as long as the session may. */
export function sessionCookie(token: string): string {
  const attributes = ["Path=/", "HttpOnly", "SameSite=Strict", `Max-Age=${Math.floor(SESSION_MAX_MS / 1000)}`];
  return [`${SESSION_COOKIE}=${token}`, ...attributes, ...(secure ? ["Secure"] : [])].join("; ");
}

/** Set-Cookie that makes the browser forget the session. */
export function clearedSessionCookie(): string {
  return [`${SESSION_COOKIE}=`, "Path=/", "HttpOnly", "SameSite=Strict", "Max-Age=0", ...(secure ? ["Secure"] : [])].join("; ");
}

/** Opens a session for the account; returns the token, which exists nowhere else. */
export async function startSession(
  prisma: PrismaClient,
  accountId: number,
  client: { ip?: string | null; userAgent?: string | null } = {},
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const now = Date.now();
  const expiresAt = new Date(now + Math.min(SESSION_IDLE_MS, SESSION_MAX_MS));
  await prisma.session.create({
    data: {
      id: hashToken(token),
      accountId,
      expiresAt,
      ip: client.ip ?? null,
      userAgent: client.userAgent?.slice(0, 512) ?? null,
    },
  });
  return { token, expiresAt };
}

// the session with its account, in one statement (it runs on every request); times as epoch
// milliseconds, read the same through either path
const SESSION_ROW = `
  SELECT (extract(epoch FROM s."createdAt") * 1000)::float8 AS "createdAt",
         (extract(epoch FROM s."expiresAt") * 1000)::float8 AS "expiresAt",
         (extract(epoch FROM s."lastSeenAt") * 1000)::float8 AS "lastSeenAt",
         a.id AS "accountId", a.role::text AS role, a."unitId", a.active, a."mustChangePassword"
    FROM session s JOIN account a ON a.id = s."accountId"
   WHERE s.id = $1`;

/** The live session behind a token, renewed when used; null when unknown, expired or disabled. */
export async function resolveSession(db: Pick<Database, "prisma" | "driverQuery">, token: string): Promise<Session | null> {
  const { prisma } = db;
  const id = hashToken(token);
  // on PostgreSQL straight through the driver: Prisma's own work per statement was half the cost
  // of an empty request (pnpm bench, floor)
  const [row] = db.driverQuery ? await db.driverQuery<SessionRow>(SESSION_ROW, [id]) : await prisma.$queryRawUnsafe<SessionRow[]>(SESSION_ROW, id);
  const now = Date.now();
  if (!row?.active) return null;
  if (row.expiresAt <= now) {
    await prisma.session.deleteMany({ where: { id } });
    return null;
  }
  if (now - row.lastSeenAt > RENEW_AFTER_MS) {
    const expiresAt = new Date(Math.min(now + SESSION_IDLE_MS, row.createdAt + SESSION_MAX_MS));
    await prisma.session.update({ where: { id }, data: { lastSeenAt: new Date(now), expiresAt } });
  }
  return { id, accountId: row.accountId, role: row.role, unitId: row.unitId, mustChangePassword: row.mustChangePassword };
}

interface SessionRow {
  /** Epoch milliseconds. */
  createdAt: number;
  expiresAt: number;
  lastSeenAt: number;
  accountId: number;
  role: AccountRole;
  unitId: number | null;
  active: boolean;
  mustChangePassword: boolean;
}
