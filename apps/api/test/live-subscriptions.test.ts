// Subscriptions over real SSE streams (yoga.fetch with accept: text/event-stream): a change reaches
// the subscribers whose role may know of it, and no one else.
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLive, type Live, type LiveChange, type LiveTopic } from "../src/live/live.js";
import { gid, succeed } from "./mutations-support.js";
import { type SseSubscription, subscribe } from "./sse.js";
import { seededTestDatabase, testApi } from "./support.js";

const fields = "action entityType entityIds unitId accountId";
const ROSTER = `subscription { rosterChanged { ${fields} } }`;
const OBSERVATIONS = `subscription { observationChanged { ${fields} } }`;
const COMMENDATIONS = `subscription { commendationChanged { ${fields} } }`;

let db: TestDatabase;
let live: Live;
const units: Record<string, number> = {};

beforeAll(async () => {
  db = await seededTestDatabase();
  live = createLive();
  for (const unit of await db.prisma.unit.findMany({ where: { code: { in: ["CATP-HP-CSGT", "CATP-HN"] } } })) units[unit.code] = unit.id;
});
afterAll(() => db?.dispose());

const change = (unitCode: string, id: string): LiveChange => ({
  action: "UPDATE",
  entityType: "Officer",
  entityIds: [id],
  unitId: units[unitCode]!,
  accountId: null,
});

/**
 * Publishes the changes again and again until the subscription delivers one: a subscription is
 * in place only once its stream is being read, which the client cannot observe.
 */
async function publishUntilDelivered(topic: LiveTopic, changes: LiveChange[], subscription: SseSubscription) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const each of changes) live.publish(topic, each);
    const [first] = await subscription.drain(50);
    if (first) return first;
  }
  throw new Error("nothing delivered");
}

async function open(role: "ADMIN" | "UNIT_EDITOR" | "ANALYST" | "VIEWER" | null, query: string) {
  const api = testApi(db, { as: role, live });
  const { response, subscription } = await subscribe(api.yoga, query, await api.authHeaders());
  expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
  return subscription;
}

describe("rosterChanged", () => {
  it("reaches an ADMIN with every change and a UNIT_EDITOR with those of its subtree only", async () => {
    const admin = await open("ADMIN", ROSTER);
    const editor = await open("UNIT_EDITOR", ROSTER);
    // elsewhere first, then inside: were the first one delivered, the editor would see it first
    const first = await publishUntilDelivered("roster", [change("CATP-HN", "hn"), change("CATP-HP-CSGT", "hp")], editor);
    expect(first).toEqual({ data: { rosterChanged: { ...change("CATP-HP-CSGT", "hp") } } });

    live.publish("roster", change("CATP-HN", "hn-last"));
    live.publish("roster", change("CATP-HP-CSGT", "hp-last"));
    const seenByAdmin = (await admin.drain(300)).map((payload) => payload.data?.rosterChanged as LiveChange);
    expect(seenByAdmin.map((each) => each.entityIds[0])).toEqual(expect.arrayContaining(["hn-last", "hp-last"]));
    const seenByEditor = (await editor.drain(300)).map((payload) => payload.data?.rosterChanged as LiveChange);
    expect(seenByEditor.map((each) => each.entityIds[0])).toContain("hp-last");
    expect(seenByEditor.every((each) => each.unitId === units["CATP-HP-CSGT"])).toBe(true);
    await Promise.all([admin.close(), editor.close()]);
  });

  it("delivers a real import to the editor of the unit, and not an import elsewhere", async () => {
    const editor = await open("UNIT_EDITOR", ROSTER);
    await publishUntilDelivered("roster", [change("CATP-HP-CSGT", "probe")], editor);
    await editor.drain(100);

    const admin = testApi(db, { live });
    const header = "service_number,full_name,rank,rank_from,unit_code,unit_from";
    const importOfficer = (line: string) =>
      admin.data(`mutation ($input: ImportInput!) { importOfficers(input: $input) { committed errors { code } } }`, {
        input: { csv: `${header}\n${line}`, dryRun: false },
      });
    expect((await importOfficer("LV-0001,Phan Văn Khánh,DAI_UY,2020-01-01,CATP-HN,2020-01-01")).importOfficers.committed).toBe(true);
    expect((await importOfficer("LV-0002,Phan Văn Long,DAI_UY,2020-01-01,CATP-HP-CSGT,2020-01-01")).importOfficers.committed).toBe(true);

    const created = await db.prisma.officer.findUniqueOrThrow({ where: { serviceNumber: "LV-0002" } });
    const delivered = await editor.next();
    expect(delivered.data?.rosterChanged).toMatchObject({
      action: "CREATE",
      entityType: "Officer",
      entityIds: [String(created.personId)],
      unitId: units["CATP-HP-CSGT"],
      accountId: expect.any(Number),
    });
    expect(await editor.drain(200)).toEqual([]);
    await editor.close();
  });

  it("hears of a transfer out of the editor's subtree (published for both units), and not of the arrival elsewhere", async () => {
    const editor = await open("UNIT_EDITOR", ROSTER);
    await publishUntilDelivered("roster", [change("CATP-HP-CSGT", "probe")], editor);
    await editor.drain(100);

    const serving = await db.prisma.unitAssignment.findFirstOrThrow({
      where: { unitId: units["CATP-HP-CSGT"], effectiveTo: null, person: { officer: { retiredAt: null } } },
      include: { person: { include: { officer: true } } },
    });
    const input = {
      personId: gid("Person", serving.personId),
      version: serving.person.officer!.version,
      toUnitId: gid("Unit", units["CATP-HN"]!),
      effectiveFrom: "2025-06-01",
    };
    await succeed(testApi(db, { live }), "transferOfficer", input, "Person");

    expect((await editor.next()).data?.rosterChanged).toEqual({
      action: "UPDATE",
      entityType: "Officer",
      entityIds: [String(serving.personId)],
      unitId: units["CATP-HP-CSGT"],
      accountId: expect.any(Number),
    });
    expect(await editor.drain(200)).toEqual([]);
    await editor.close();
  });

  it("tells the editor of a person's own fields edited in its subtree (a change without a unit), not elsewhere", async () => {
    const editor = await open("UNIT_EDITOR", ROSTER);
    await publishUntilDelivered("roster", [change("CATP-HP-CSGT", "probe")], editor);
    await editor.drain(100);

    const servingIn = (unitCode: string) =>
      db.prisma.unitAssignment.findFirstOrThrow({ where: { unitId: units[unitCode], effectiveTo: null }, include: { person: true } });
    const elsewhere = await servingIn("CATP-HN");
    const inside = await servingIn("CATP-HP-CSGT");
    const admin = testApi(db, { live });
    for (const { person } of [elsewhere, inside]) {
      const input = { id: gid("Person", person.id), version: person.version, fullName: `${person.fullName} Mới` };
      await succeed(admin, "updatePerson", input, "Person");
    }

    expect((await editor.next()).data?.rosterChanged).toEqual({
      action: "UPDATE",
      entityType: "Person",
      entityIds: [String(inside.personId)],
      unitId: null,
      accountId: expect.any(Number),
    });
    expect(await editor.drain(200)).toEqual([]);
    await editor.close();
  });

  it.each(["VIEWER", null] as const)("refuses %s when the subscription starts", async (role) => {
    const subscription = await open(role, ROSTER);
    const refusal = await subscription.next();
    expect(refusal.data ?? null).toBeNull();
    expect(refusal.errors?.[0]?.extensions?.code).toBe(role ? "FORBIDDEN" : "UNAUTHENTICATED");
    await subscription.close();
  });
});

describe("observationChanged and commendationChanged", () => {
  it("tell an ANALYST of observations everywhere", async () => {
    const analyst = await open("ANALYST", OBSERVATIONS);
    const first = await publishUntilDelivered("observation", [{ ...change("CATP-HN", "obs"), entityType: "Observation" }], analyst);
    expect(first.data?.observationChanged).toMatchObject({ entityType: "Observation", unitId: units["CATP-HN"] });
    await analyst.close();
  });

  it("tell an ANALYST of a recorded observation", async () => {
    const analyst = await open("ANALYST", OBSERVATIONS);
    await publishUntilDelivered("observation", [{ ...change("CATP-HN", "probe"), entityType: "Observation" }], analyst);
    await analyst.drain(100);
    const indicator = await db.prisma.indicator.findUniqueOrThrow({ where: { code: "CRIMES_RECORDED" } });
    const input = { indicatorId: gid("Indicator", indicator.id), unitId: gid("Unit", units["CATP-HN"]!), granularity: "MONTH", periodStart: "2025-03-01", value: 42 };
    await succeed(testApi(db, { live }), "recordObservation", input, "Observation");
    const recorded = await db.prisma.observation.findFirstOrThrow({ where: { unitId: units["CATP-HN"], periodStart: new Date("2025-03-01") } });
    expect((await analyst.next()).data?.observationChanged).toMatchObject({
      action: "CREATE",
      entityType: "Observation",
      entityIds: [String(recorded.id)],
      unitId: units["CATP-HN"],
    });
    await analyst.close();
  });

  it("keep raw observations from a VIEWER but tell it of commendations", async () => {
    const observations = await open("VIEWER", OBSERVATIONS);
    expect((await observations.next()).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await observations.close();

    const commendations = await open("VIEWER", COMMENDATIONS);
    const decided = { ...change("CATP-HN", "c-1"), entityType: "Commendation" };
    const first = await publishUntilDelivered("commendation", [decided], commendations);
    expect(first).toEqual({ data: { commendationChanged: decided } });
    await commendations.close();
  });
});
