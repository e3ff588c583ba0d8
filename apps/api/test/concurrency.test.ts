// Optimistic concurrency under load: 50 updates of one officer at once, all naming the version
// they read. On PGlite the one connection serialises them; on PostgreSQL they race for real.
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "../src/env.js";
import { ConflictError } from "../src/errors.js";
import { entities } from "../src/write/entities.js";
import { applyChange } from "../src/write/write-transaction.js";
import { type Api, type Fixtures, fixtures, gid, mutate } from "./mutations-support.js";
import { seededTestDatabase, testApi } from "./support.js";

const WRITERS = 50;

let db: TestDatabase;
let api: Api;
let f: Fixtures;
let hp: number;

beforeAll(async () => {
  db = await seededTestDatabase();
  api = testApi(db);
  f = fixtures(db);
  hp = await f.unitId("CATP-HP");
});
afterAll(() => db?.dispose());

describe(`${WRITERS} concurrent promotions of one officer, all naming version 1`, () => {
  it("persist exactly the successful ones; every other one is a ConflictError and writes nothing", async () => {
    const officer = await f.officer(hp);
    expect(officer.version).toBe(1);
    const auditBefore = await db.prisma.auditLog.count({ where: { entityType: "Officer", entityId: String(officer.personId) } });

    const outcomes = await Promise.all(
      Array.from({ length: WRITERS }, (_, writer) =>
        mutate(api, "promoteOfficer", {
          personId: gid("Person", officer.personId),
          version: 1,
          currentRank: "THIEU_TA",
          newRank: "TRUNG_TA",
          decisionNumber: `${writer + 1}/QĐ-BCA`,
          effectiveFrom: "2024-06-01",
        }),
      ),
    );

    for (const { result, errors } of outcomes) {
      expect(errors).toBeUndefined();
      expect(["Person", "ConflictError"]).toContain(result?.__typename);
    }
    const successes = outcomes.filter(({ result }) => result?.__typename === "Person");
    const conflicts = outcomes.filter(({ result }) => result?.__typename === "ConflictError");
    expect(successes.length).toBeGreaterThanOrEqual(1);
    expect(successes.length + conflicts.length).toBe(WRITERS);
    for (const { result } of conflicts) {
      expect(result).toMatchObject({ entity: "Officer", expectedVersion: 1 });
      expect(result!.currentVersion).toBeGreaterThan(1);
    }

    const after = await db.prisma.officer.findUniqueOrThrow({ where: { personId: officer.personId }, include: { rankGrants: true } });
    expect(after.version).toBe(1 + successes.length);
    // the one grant from the fixture, plus one per successful promotion, and nothing from the others
    expect(after.rankGrants.length).toBe(1 + successes.length);
    const audited = await db.prisma.auditLog.count({ where: { entityType: "Officer", entityId: String(officer.personId) } });
    expect(audited - auditBefore).toBe(successes.length);
  });

  it("a rename race on one unit ends with the version counting the writes that won", async () => {
    const unit = await f.unit(hp);
    const outcomes = await Promise.all(
      Array.from({ length: WRITERS }, (_, writer) =>
        mutate(api, "renameUnit", { id: gid("Unit", unit.id), version: 1, nameEn: `Writer ${writer}` }, "... on Unit { nameEn }"),
      ),
    );
    const winners = outcomes.filter(({ result }) => result?.__typename === "Unit");
    expect(outcomes.every(({ result }) => result?.__typename === "Unit" || result?.__typename === "ConflictError")).toBe(true);
    const row = await db.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } });
    expect(row.version).toBe(1 + winners.length);
    // the last winner's name is the one that stays
    expect(winners.map(({ result }) => result!.nameEn)).toContain(row.nameEn);
  });
});

describe("a writer that commits between the read and the write", () => {
  // Only PostgreSQL has a second connection to commit from while the transaction is open.
  it.skipIf(!env.DATABASE_URL?.startsWith("postgres://"))("makes the guarded write match nothing: a ConflictError, nothing written", async () => {
    const unit = await f.unit(hp);
    let reads = 0;
    const sneaky = {
      ...entities.Unit,
      async load(tx: Parameters<typeof entities.Unit.load>[0], id: number) {
        const row = await entities.Unit.load(tx, id);
        // another session commits a change right after this transaction's first read
        if (reads++ === 0) await db.prisma.unit.update({ where: { id }, data: { version: { increment: 1 }, nameEn: "Changed meanwhile" } });
        return row;
      },
    };
    const context = { prisma: db.prisma, requestId: "race-test", session: null };
    const attempt = applyChange(context, {
      action: "UPDATE",
      entity: sneaky,
      id: unit.id,
      expectedVersion: 1,
      change: async (tx) => {
        await tx.unit.update({ where: { id: unit.id }, data: { nameEn: "Lost update" } });
      },
    });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({ expectedVersion: 1, currentVersion: 2 });
    const row = await db.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } });
    expect(row).toMatchObject({ nameEn: "Changed meanwhile", version: 2 });
    expect(await db.prisma.auditLog.count({ where: { requestId: "race-test" } })).toBe(0);
  });
});
