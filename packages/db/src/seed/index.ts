// Seeds an empty, migrated database: the facts always, the demo dataset unless told not to,
// and the large scale for PostgreSQL benchmarks on request. All of it in one transaction, so
// that a failure leaves the database empty and the seed can simply run again.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "../generated/prisma/client.js";
import { type DemoSummary, seedDemo } from "./demo.js";
import { factsPath, loadFacts, seedFacts } from "./facts.js";
import { type LargeScaleSize, largeScale, refuseLargeScaleOnPglite, seedLarge } from "./large.js";

export interface SeedOptions {
  demo: boolean;
  scale?: "large";
  /** Run the large scale on PGlite too (see refuseLargeScaleOnPglite for why it does not by default). */
  force?: boolean;
  /** A smaller large scale (tests). */
  largeSize?: LargeScaleSize;
  log?: (line: string) => void;
}

export interface SeedSummary {
  /** false when the database already had units: nothing was done */
  seeded: boolean;
  message: string;
  demo: DemoSummary | null;
  /** rows per table after seeding */
  rows: Record<string, number>;
  durationMs: { facts: number; demo: number; large: number; total: number };
}

const countedTables = [
  "unit",
  "cluster",
  "cluster_membership",
  "leadership_term",
  "movement",
  "movement_period",
  "indicator",
  "observation",
  "cluster_observation",
  "pledge",
  "person",
  "officer",
  "rank_grant",
  "unit_assignment",
  "post_assignment",
  "party_role",
  "event",
  "event_participant",
  "commendation",
  "commendation_transition",
  "exemplar",
  "initiative",
  "initiative_replication",
] as const;

/**
 * A hash of everything that decides what the seed writes (its code and facts.json). Put it in
 * the cacheKey of a seeded test image, so that a PostgreSQL template kept across runs is rebuilt
 * when the seed changes.
 */
export function seedFingerprint(): string {
  const dir = dirname(fileURLToPath(import.meta.url));
  const hash = createHash("sha256");
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts")).sort()) {
    hash.update(file).update(readFileSync(join(dir, file)));
  }
  if (existsSync(factsPath)) hash.update(readFileSync(factsPath));
  return hash.digest("hex").slice(0, 12);
}

/** The seed's guard: a database with units in it has been seeded (or is in use) already. */
export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.unit.count()) === 0;
}

export async function seedDatabase(prisma: PrismaClient, options: SeedOptions): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const durationMs = { facts: 0, demo: 0, large: 0, total: 0 };
  if (!(await isDatabaseEmpty(prisma))) {
    const message = "The database already has units: not seeding it again (seed an empty, migrated database).";
    log(message);
    return { seeded: false, message, demo: null, rows: {}, durationMs };
  }
  if (options.scale === "large") await refuseLargeScaleOnPglite(prisma, options.force ?? false);
  const facts = loadFacts();
  const started = performance.now();
  let demo: DemoSummary | null = null;
  const rows = await prisma.$transaction(
    async (tx) => {
      let mark = performance.now();
      const ids = await seedFacts(tx, facts);
      durationMs.facts = Math.round(performance.now() - mark);
      log(`facts: ${facts.units.length} units, ${facts.people.length} people, ${facts.events.length} event (${durationMs.facts} ms)`);
      if (options.demo) {
        mark = performance.now();
        demo = await seedDemo(tx, facts, ids);
        durationMs.demo = Math.round(performance.now() - mark);
        log(
          `demo: ${demo.units} units, ${demo.officers} officers, ${demo.observations} observations, ${demo.events} events, ` +
            `${demo.commendations} commendations (${durationMs.demo} ms)`,
        );
      }
      if (options.scale === "large") {
        mark = performance.now();
        const large = await seedLarge(tx, { size: options.largeSize ?? largeScale, log });
        durationMs.large = Math.round(performance.now() - mark);
        log(`large: ${large.units} units, ${large.officers} officers, ${large.observations} observations (${durationMs.large} ms)`);
      }
      const counts: Record<string, number> = {};
      for (const table of countedTables) {
        const [row] = await tx.$queryRawUnsafe<Array<{ count: bigint | number }>>(`SELECT count(*) AS count FROM "${table}"`);
        counts[table] = Number(row?.count ?? 0);
      }
      return counts;
    },
    // the large scale loads millions of rows in this one transaction
    { timeout: 60 * 60_000, maxWait: 60_000 },
  );
  durationMs.total = Math.round(performance.now() - started);
  const message = `Seeded ${rows.unit} units, ${rows.person} people and ${rows.observation} observations in ${durationMs.total} ms.`;
  log(message);
  return { seeded: true, message, demo, rows, durationMs };
}
