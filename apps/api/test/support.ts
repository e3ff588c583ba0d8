// Test databases and GraphQL over real HTTP semantics (yoga.fetch), shared by the test files.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { repoRoot } from "@thidua/db/client";
import { seedDatabase } from "@thidua/db/seed";
import { createTestDatabase, type TestDatabase } from "@thidua/db/test-database";
import { expect } from "vitest";
import { env } from "../src/env.js";
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
    cacheKey: "demo",
    onQuery: options.onQuery,
  });
}

export function testApi(db: TestDatabase) {
  const yoga = createApi({ db });

  // biome-ignore lint/suspicious/noExplicitAny: the tests assert the shape of what comes back
  async function graphql<Data = Record<string, any>>(query: string, variables?: Record<string, unknown>) {
    const response = await yoga.fetch("http://api.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
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

  return { yoga, graphql, data };
}

/** The source facts, read from the file itself (not through the seed), beside the repository. */
export function readFacts(): Facts {
  return JSON.parse(readFileSync(resolve(repoRoot, "../shared/seed/facts.json"), "utf8")) as Facts;
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
