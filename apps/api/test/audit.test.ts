// The audit trail: one row per committed change, with who, when, what, before, after and the
// request id; none for refused or failed mutations, which also leave no partial write; `auditLog`
// for admins only, filterable.
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Live, LiveChange, LiveTopic } from "../src/live/live.js";
import { entities } from "../src/write/entities.js";
import { createApi } from "../src/yoga.js";
import { type Api, type Fixtures, fixtures, gid, type MutationResult, mutationDocument } from "./mutations-support.js";
import { seededTestDatabase, testApi } from "./support.js";

let db: TestDatabase;
let admin: Api;
let editor: Api;
let f: Fixtures;
let hp: number;

beforeAll(async () => {
  db = await seededTestDatabase();
  admin = testApi(db);
  editor = testApi(db, { as: "UNIT_EDITOR" });
  f = fixtures(db);
  hp = await f.unitId("CATP-HP");
});
afterAll(() => db?.dispose());

/** A mutation sent with its own x-request-id, through `yoga` (the api's own unless given). */
async function send(api: Api, name: string, input: Record<string, unknown>, requestId: string, yoga = api.yoga) {
  const response = await yoga.fetch("http://api.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", "x-request-id": requestId, ...(await api.authHeaders()) },
    body: JSON.stringify({ query: mutationDocument(name, "... on Node { id }"), variables: { input } }),
  });
  const body = (await response.json()) as { data?: Record<string, MutationResult> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  return { result: body.data?.[name], errors: body.errors };
}

const accountOf = async (role: string) =>
  (await db.prisma.account.findUniqueOrThrow({ where: { email: `${role.toLowerCase().replace("_", "-")}@test.thidua` } })).id;
/** A record as the audit log stores it. */
const asAudited = (value: unknown) => JSON.parse(JSON.stringify(value));
const lastAuditId = async () => (await db.prisma.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;

describe("audit rows equal committed changes", () => {
  it("one per success, in order, chained before → after; none for what was refused or failed", async () => {
    const start = await lastAuditId();
    const run = `audit-${Date.now()}`;
    const sent: Array<{ requestId: string; ok: boolean }> = [];
    let step = 0;
    const call = async (api: Api, name: string, input: Record<string, unknown>) => {
      const requestId = `${run}-${++step}`;
      const outcome = await send(api, name, input, requestId);
      sent.push({ requestId, ok: outcome.errors === undefined && outcome.result !== undefined && !("message" in outcome.result) });
      return outcome;
    };

    const created = await call(admin, "createUnit", { code: `AUD-${step}${Date.now() % 10000}`, name: "Phòng kiểm tra", nameEn: "Audit Division", kind: "DIVISION", parentId: gid("Unit", hp) });
    const unitGid = created.result!.id as string;
    await call(editor, "renameUnit", { id: unitGid, version: 1, name: "Phòng kiểm tra (1)" });
    await call(admin, "renameUnit", { id: unitGid, version: 1, name: "stale" }); // ConflictError
    await call(admin, "renameUnit", { id: unitGid, version: 2 }); // ValidationError: nothing to change
    await call(editor, "moveUnit", { id: unitGid, version: 2, parentId: gid("Unit", await f.unitId("CATP-HN")) }); // FORBIDDEN
    await call(admin, "renameUnit", { id: unitGid, version: 2, nameEn: "Audit Division (2)" });
    const officer = await f.officer(hp);
    await call(editor, "transferOfficer", { personId: gid("Person", officer.personId), version: 1, toUnitId: unitGid, effectiveFrom: "2024-06-01" });
    await call(editor, "retireOfficer", { personId: gid("Person", officer.personId), version: 1, retiredAt: "2024-07-01" }); // stale
    const observation = await f.observation(hp, (await f.indicator()).id, "2020-05-01");
    await call(admin, "correctObservation", { id: gid("Observation", observation.id), version: 1, value: 9, reason: "Sửa" }); // CLOSED period
    const participant = await f.participant((await f.event(hp)).id, (await f.person()).id);
    await call(admin, "removeEventParticipant", { id: gid("EventParticipant", participant.id), version: 1 });

    const rows = await db.prisma.auditLog.findMany({ where: { id: { gt: start } }, orderBy: { id: "asc" } });
    const successes = sent.filter((request) => request.ok);
    expect(successes.map((request) => request.requestId)).toEqual([`${run}-1`, `${run}-2`, `${run}-6`, `${run}-7`, `${run}-10`]);
    expect(rows.map((row) => row.requestId)).toEqual(successes.map((request) => request.requestId));

    const [adminId, editorId] = [await accountOf("ADMIN"), await accountOf("UNIT_EDITOR")];
    const unitId = Number(rows[0]!.entityId);
    expect(rows.map((row) => [row.action, row.entityType, row.entityId, row.accountId])).toEqual([
      ["CREATE", "Unit", String(unitId), adminId],
      ["UPDATE", "Unit", String(unitId), editorId],
      ["UPDATE", "Unit", String(unitId), adminId],
      ["UPDATE", "Officer", String(officer.personId), editorId],
      ["DELETE", "EventParticipant", String(participant.id), adminId],
    ]);

    // each change of the unit starts where the previous one ended, and the last is the row as it is
    const unitRows = rows.slice(0, 3);
    expect(unitRows[0]!.before).toBeNull();
    expect(unitRows[1]!.before).toEqual(unitRows[0]!.after);
    expect(unitRows[2]!.before).toEqual(unitRows[1]!.after);
    expect(unitRows.map((row) => (row.after as { version: number }).version)).toEqual([1, 2, 3]);
    expect(unitRows[2]!.after).toEqual(asAudited(await db.prisma.unit.findUniqueOrThrow({ where: { id: unitId } })));
    expect(unitRows[1]!.after).toMatchObject({ name: "Phòng kiểm tra (1)", nameEn: "Audit Division" });

    const transfer = rows[3]!;
    const before = transfer.before as { version: number; person: { unitAssignments: Array<{ unitId: number; effectiveTo: string | null }> } };
    const after = transfer.after as typeof before;
    expect(before.person.unitAssignments.map((held) => [held.unitId, held.effectiveTo])).toEqual([[hp, null]]);
    expect(after.person.unitAssignments.map((held) => [held.unitId, held.effectiveTo])).toEqual([
      [hp, "2024-06-01T00:00:00.000Z"],
      [unitId, null],
    ]);
    expect(after).toEqual(asAudited(await db.prisma.$transaction((tx) => entities.Officer.load(tx, officer.personId))));

    const removal = rows[4]!;
    expect(removal.after).toBeNull();
    expect(removal.before).toMatchObject({ id: participant.id, role: "ATTENDS" });
    expect(await db.prisma.eventParticipant.count({ where: { id: participant.id } })).toBe(0);
  });
});

describe("a failure in the middle of a mutation", () => {
  /** Live updates as a list, to see that only committed changes are published. */
  function recordingLive() {
    const published: Array<{ topic: LiveTopic; change: LiveChange }> = [];
    const live: Live = {
      publish: (topic, change) => void published.push({ topic, change }),
      subscribe: () => {
        throw new Error("nothing subscribes in this test");
      },
      close: async () => {},
    };
    return { live, published };
  }

  /** Adds a CHECK constraint (for new rows only) for the length of `body`. */
  async function withConstraint(table: string, check: string, body: () => Promise<void>) {
    const name = `test_injected_${table}`;
    await db.prisma.$executeRawUnsafe(`ALTER TABLE ${table} ADD CONSTRAINT ${name} CHECK (${check}) NOT VALID`);
    try {
      await body();
    } finally {
      await db.prisma.$executeRawUnsafe(`ALTER TABLE ${table} DROP CONSTRAINT ${name}`);
    }
  }

  it("after the change, at the audit row: the change is rolled back, nothing is published", async () => {
    const { live, published } = recordingLive();
    const yoga = createApi({ db, live });
    const unit = await f.unit(hp);
    const start = await lastAuditId();
    await withConstraint("audit_log", "false", async () => {
      const { result, errors } = await send(admin, "renameUnit", { id: gid("Unit", unit.id), version: 1, name: "Không được lưu" }, "inject-audit", yoga);
      expect(result).toBeUndefined();
      expect(errors?.map((error) => error.message)).toEqual(["Unexpected error."]);
    });
    expect(await db.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({ name: unit.name, version: 1 });
    expect(await lastAuditId()).toBe(start);
    expect(published).toEqual([]);

    // the same request once the constraint is gone commits, audits and publishes
    const { result } = await send(admin, "renameUnit", { id: gid("Unit", unit.id), version: 1, name: "Được lưu" }, "inject-audit-2", yoga);
    expect(result?.__typename).toBe("Unit");
    expect(await db.prisma.auditLog.count({ where: { requestId: "inject-audit-2" } })).toBe(1);
  });

  it("in the second statement of a transfer: the first one (closing the assignment) is undone too", async () => {
    const { live, published } = recordingLive();
    const yoga = createApi({ db, live });
    const [from, to] = [await f.unit(hp), await f.unit(hp)];
    const officer = await f.officer(from.id);
    const start = await lastAuditId();
    await withConstraint("unit_assignment", `"unitId" <> ${to.id}`, async () => {
      const input = { personId: gid("Person", officer.personId), version: 1, toUnitId: gid("Unit", to.id), effectiveFrom: "2024-06-01" };
      const { errors } = await send(admin, "transferOfficer", input, "inject-transfer", yoga);
      expect(errors?.map((error) => error.message)).toEqual(["Unexpected error."]);
    });
    const after = await db.prisma.officer.findUniqueOrThrow({ where: { personId: officer.personId }, include: { person: { include: { unitAssignments: true } } } });
    expect(after.version).toBe(1);
    expect(after.person.unitAssignments.map((held) => [held.unitId, held.effectiveTo])).toEqual([[from.id, null]]);
    expect(await lastAuditId()).toBe(start);
    expect(published).toEqual([]);

    const input = { personId: gid("Person", officer.personId), version: 1, toUnitId: gid("Unit", to.id), effectiveFrom: "2024-06-01" };
    expect((await send(admin, "transferOfficer", input, "inject-transfer-2", yoga)).result?.__typename).toBe("Person");
    // a transfer is news in both units
    expect(published.map(({ topic, change }) => [topic, change.action, change.entityType, change.unitId])).toEqual([
      ["roster", "UPDATE", "Officer", from.id],
      ["roster", "UPDATE", "Officer", to.id],
    ]);
  });
});

describe("auditLog", () => {
  const QUERY = `query ($entityType: String, $entityId: String, $accountId: ID, $action: AuditAction, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
    auditLog(entityType: $entityType, entityId: $entityId, accountId: $accountId, action: $action, from: $from, to: $to, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id at action entityType entityId requestId before after account { email } } }
    }
  }`;

  it("is for admins only", async () => {
    for (const role of ["UNIT_EDITOR", "ANALYST", "VIEWER"] as const) {
      const result = await testApi(db, { as: role }).graphql(QUERY, { first: 1 });
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
    }
  });

  it("filters by record, account, action and time, newest first, page by page", async () => {
    const unit = await f.unit(hp);
    const id = gid("Unit", unit.id);
    const startedAt = new Date();
    await send(admin, "renameUnit", { id, version: 1, name: "Một" }, "log-1");
    await send(editor, "renameUnit", { id, version: 2, name: "Hai" }, "log-2");
    await send(admin, "deactivateUnit", { id, version: 3 }, "log-3");

    const { auditLog } = await admin.data(QUERY, { entityType: "Unit", entityId: String(unit.id), first: 2 });
    expect(auditLog.totalCount).toBe(3);
    expect(auditLog.edges.map((edge: { node: { requestId: string } }) => edge.node.requestId)).toEqual(["log-3", "log-2"]);
    expect(auditLog.edges[0].node).toMatchObject({ action: "UPDATE", before: { active: true, version: 3 }, after: { active: false, version: 4 } });
    const next = await admin.data(QUERY, { entityType: "Unit", entityId: String(unit.id), first: 2, after: auditLog.pageInfo.endCursor });
    expect(next.auditLog.edges.map((edge: { node: { requestId: string; account: { email: string } } }) => [edge.node.requestId, edge.node.account.email])).toEqual([
      ["log-1", "admin@test.thidua"],
    ]);

    const { account } = await editor.data(`{ me { id } }`).then((data) => ({ account: data.me }));
    const byEditor = await admin.data(QUERY, { entityId: String(unit.id), accountId: account.id });
    expect(byEditor.auditLog.edges.map((edge: { node: { requestId: string } }) => edge.node.requestId)).toEqual(["log-2"]);
    const creations = await admin.data(QUERY, { entityType: "Unit", entityId: String(unit.id), action: "CREATE" });
    expect(creations.auditLog.totalCount).toBe(0);
    const later = await admin.data(QUERY, { entityId: String(unit.id), entityType: "Unit", from: new Date(Date.now() + 60_000).toISOString() });
    expect(later.auditLog.totalCount).toBe(0);
    const since = await admin.data(QUERY, { entityId: String(unit.id), entityType: "Unit", from: startedAt.toISOString(), to: new Date(Date.now() + 60_000).toISOString() });
    expect(since.auditLog.totalCount).toBe(3);
  });
});
