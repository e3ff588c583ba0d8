// Live updates across API processes: two API instances, each with its own connection to Redis
// (as two processes would have), share nothing but the Redis channels. Runs when REDIS_URL is
// set (CI sets it); the channels get a random prefix per run.
import { randomBytes } from "node:crypto";
import type { TestDatabase } from "@thidua/db/test-database";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "../src/env.js";
import { createLive, type Live } from "../src/live/live.js";
import { subscribe } from "./sse.js";
import { seededTestDatabase, testApi } from "./support.js";

const redisUrl = env.REDIS_URL;

describe.skipIf(!redisUrl)("live updates through Redis", () => {
  const channelPrefix = `thidua-test:${randomBytes(6).toString("hex")}:`;
  let db: TestDatabase;
  let lives: Live[] = [];
  let probe: Redis;

  beforeAll(async () => {
    db = await seededTestDatabase();
    lives = [createLive({ redisUrl, channelPrefix }), createLive({ redisUrl, channelPrefix })];
    probe = new Redis(redisUrl!);
  });
  afterAll(async () => {
    await Promise.all(lives.map((live) => live.close()));
    await probe?.quit();
    await db?.dispose();
  });

  /** Waits until some process has subscribed to the channel on the Redis server. */
  async function subscribed(topic: string) {
    const channel = `${channelPrefix}${topic}`;
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const [, count] = (await probe.pubsub("NUMSUB", channel)) as [string, number];
      if (Number(count) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`nobody subscribed to ${channel}`);
  }

  it("delivers an import committed on one API to a subscriber of the other", async () => {
    // one after the other: both sign in as the same test account, which the first creates
    const one = testApi(db, { live: lives[0] });
    await one.authHeaders();
    const other = testApi(db, { live: lives[1] });
    const { subscription } = await subscribe(
      other.yoga,
      "subscription { rosterChanged { action entityType entityIds unitId } }",
      await other.authHeaders(),
    );
    await subscribed("roster");

    const { importOfficers } = await one.data(
      `mutation ($input: ImportInput!) { importOfficers(input: $input) { committed } }`,
      { input: { csv: "service_number,full_name,rank,rank_from,unit_code,unit_from\nRD-0001,Trịnh Văn Minh,DAI_UY,2020-01-01,CATP-CT,2020-01-01", dryRun: false } },
    );
    expect(importOfficers.committed).toBe(true);
    const officer = await db.prisma.officer.findUniqueOrThrow({ where: { serviceNumber: "RD-0001" }, include: { person: { include: { unitAssignments: true } } } });
    const delivered = await subscription.next();
    expect(delivered.data?.rosterChanged).toEqual({
      action: "CREATE",
      entityType: "Officer",
      entityIds: [String(officer.personId)],
      unitId: officer.person.unitAssignments[0]?.unitId,
    });
    await subscription.close();
  });

  it("delivers a direct publish on one Live to a subscriber of the other, and nothing of another prefix", async () => {
    const changes = lives[1]!.subscribe("commendation");
    const next = changes.next();
    await subscribed("commendation");
    // published (and so delivered) before the expected one: were it heard, it would come first
    const stray = { action: "DELETE", entityType: "Commendation", entityIds: ["0"], unitId: null, accountId: null };
    await probe.publish(`${channelPrefix}other:commendation`, JSON.stringify(stray));
    lives[0]!.publish("commendation", { action: "UPDATE", entityType: "Commendation", entityIds: ["7"], unitId: 3, accountId: 1 });
    expect((await next).value).toEqual({ action: "UPDATE", entityType: "Commendation", entityIds: ["7"], unitId: 3, accountId: 1 });
    await changes.return?.();
  });
  it("reports commands on a closed connection instead of leaving them unhandled", async () => {
    const errors: Error[] = [];
    const live = createLive({ redisUrl, channelPrefix: `${channelPrefix}closed:`, onError: (error) => errors.push(error) });
    const changes = live.subscribe("roster");
    const next = changes.next();
    await live.close();
    live.publish("roster", { action: "CREATE", entityType: "Officer", entityIds: ["1"], unitId: null, accountId: null });
    await changes.return?.();
    expect(await next).toEqual({ done: true, value: undefined });
    const deadline = Date.now() + 5000;
    while (errors.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    // the publish, and the unsubscribe of the ended subscription (vitest fails a run on an unhandled rejection)
    expect(errors.length).toBeGreaterThanOrEqual(2);
    for (const error of errors) expect(error.message).toMatch(/closed/i);
  });
});
