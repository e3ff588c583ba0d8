// Test databases and GraphQL over real HTTP semantics (yoga.fetch), shared by the test files.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { seedDatabase, seedFingerprint } from "@thidua/db/seed";
import { createTestDatabase, type TestDatabase } from "@thidua/db/test-database";
import type { AccountRole } from "@thidua/db/prisma-enums";
import { expect } from "vitest";
import { hashPassword } from "../src/auth/passwords.js";
import { SESSION_COOKIE, startSession } from "../src/auth/session.js";
import { env } from "../src/env.js";
import type { Live } from "../src/live/live.js";
import { createApi } from "../src/yoga.js";

export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/** A throw-away copy of the seeded database (facts + demo): in-memory PGlite, or PostgreSQL when
 * DATABASE_URL names one. The seeded image is built once and copied for every call. */
export function seededTestDatabase(options: { onQuery?: (sql: string) => void } = {}): Promise<TestDatabase> {
  return createTestDatabase({
    url: env.DATABASE_URL,
    prepare: async (db) => {
      await seedDatabase(db.prisma, { demo: true });
    },
    // the template is rebuilt whenever the seed changes (PostgreSQL keeps it across runs)
    cacheKey: `demo-${seedFingerprint()}`,
    onQuery: options.onQuery,
  });
}

/** The unit of the test UNIT_EDITOR, as the demo's editor account. */
export const TEST_EDITOR_UNIT = "CATP-HP";

/** A test account of that role (one per role and database) with a fresh session: its token. */
export async function signIn(db: TestDatabase, role: AccountRole): Promise<string> {
  const unit = role === "UNIT_EDITOR" ? await db.prisma.unit.findUniqueOrThrow({ where: { code: TEST_EDITOR_UNIT } }) : null;
  const email = `${role.toLowerCase().replace("_", "-")}@test.thidua`;
  const account = await db.prisma.account.upsert({
    where: { email },
    update: {},
    // no password signs in to it: tests hold its session token
    create: { email, passwordHash: "!", displayName: `Test ${role}`, role, unitId: unit?.id ?? null },
  });
  return (await startSession(db.prisma, account.id)).token;
}

/** An account that signs in with a password, as an admin would create it. */
export async function addAccount(
  db: TestDatabase,
  account: { email: string; password: string; role: AccountRole; unitCode?: string; active?: boolean; mustChangePassword?: boolean },
) {
  const { password, unitCode, ...rest } = account;
  const unit = unitCode ? await db.prisma.unit.findUniqueOrThrow({ where: { code: unitCode } }) : null;
  return db.prisma.account.create({
    data: { ...rest, displayName: account.email, passwordHash: await hashPassword(password), unitId: unit?.id ?? null },
  });
}

export interface TestApiOptions {
  /** The caller's role: ADMIN unless said; null for an anonymous caller. */
  as?: AccountRole | null;
  /** How the session travels: the cookie (as the dashboard) or a bearer token (as a script). */
  via?: "cookie" | "bearer";
  /** Live updates shared with other API instances (in-process and private to this one when not given). */
  live?: Live;
}

export function testApi(db: TestDatabase, { as = "ADMIN", via = "cookie", live }: TestApiOptions = {}) {
  const yoga = createApi({ db, live });
  // started now, so that signing in is over before a test counts statements
  const token = as ? signIn(db, as) : Promise.resolve(null);
  token.catch(() => undefined);

  /** Headers carrying the session, for tests that make their own requests. */
  async function authHeaders(): Promise<Record<string, string>> {
    const value = await token;
    if (!value) return {};
    return via === "bearer" ? { authorization: `Bearer ${value}` } : { cookie: `${SESSION_COOKIE}=${value}` };
  }

  // biome-ignore lint/suspicious/noExplicitAny: the tests assert the shape of what comes back
  async function graphql<Data = Record<string, any>>(query: string, variables?: Record<string, unknown>) {
    const response = await yoga.fetch("http://api.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...(await authHeaders()) },
      body: JSON.stringify({ query, variables }),
    });
    expect(response.headers.get("content-type")).toMatch(/json/);
    return (await response.json()) as GraphQLResponse<Data>;
  }

  /** The data of a request that must succeed. */
  // biome-ignore lint/suspicious/noExplicitAny: the tests assert the shape of what comes back
  async function data<Data = Record<string, any>>(query: string, variables?: Record<string, unknown>) {
    const result = await graphql<Data>(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data as Data;
  }

  return { yoga, graphql, data, authHeaders };
}

const factsPath = createRequire(import.meta.url).resolve("@thidua/db/facts.json");

/** The source facts, read from the file itself (not through the seed). */
export function readFacts(): Facts {
  return JSON.parse(readFileSync(factsPath, "utf8")) as Facts;
}

export interface Facts {
  units: Array<{ code: string; name: string; nameEn: string; shortName?: string; kind: string; parent: string | null }>;
  clusters: Array<{
    number: number;
    name: string;
    nameEn: string;
    members: string[];
    membersFromYear: number;
    leadership: Array<{ year: number; role: string; unit: string; handedOverAt?: string; handedOverTo?: string }>;
  }>;
  indicators: Array<{ code: string; name: string; nameEn: string; category: string; measure: string; direction: string; aggregation: string }>;
  observations: Array<{ indicator: string; scope: string; cluster: number; year: number; value: number }>;
  people: Array<{
    key: string;
    fullName: string;
    rank: string | null;
    civilian?: boolean;
    posts: Array<{ title: string; titleEn: string; unit?: string; organisation?: string; asOf: string }>;
    partyRoles?: Array<{ title: string; titleLong?: string; titleEn: string; body?: string; unit?: string }>;
  }>;
  events: Array<{
    key: string;
    kind: string;
    title: string;
    date: string;
    timeOfDay: string;
    cluster: number;
    year: number;
    hostUnit: string;
    participants: Array<{ person: string; role: string }>;
    outcomes: string[];
  }>;
}
