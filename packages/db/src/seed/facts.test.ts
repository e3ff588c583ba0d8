// Every fact of facts.json is in the database exactly as written, with or without the demo
// around it. Expected values come from facts.json itself, never copied by hand.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { searchKeyOf } from "@thidua/domain/text";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test-database.js";
import { testDatabaseUrl } from "../test-env.js";
import { day } from "./dates.js";
import { factsPath, loadFacts, postOn, sharedFactsPath } from "./facts.js";
import { isDatabaseEmpty, seedDatabase } from "./index.js";

const facts = loadFacts();
const personByKey = new Map(facts.people.map((person) => [person.key, person]));

/** Same text and same bytes (UTF-8), and NFC. */
function expectExact(actual: string | null | undefined, expected: string | null | undefined) {
  expect(actual).toBe(expected);
  if (typeof actual === "string" && typeof expected === "string") {
    expect(Buffer.from(actual, "utf8").equals(Buffer.from(expected, "utf8"))).toBe(true);
    expect(actual.normalize("NFC")).toBe(actual);
  }
}

describe.each([
  { demo: false, label: "facts only" },
  { demo: true, label: "facts with the demo" },
])("the source article's facts ($label)", ({ demo }) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ url: testDatabaseUrl, prepare: (fresh) => seedDatabase(fresh.prisma, { demo }).then(() => {}) });
  });
  afterAll(() => db?.dispose());

  it("has every unit with its names, kind, parent and search key", async () => {
    for (const unit of facts.units) {
      const row = await db.prisma.unit.findUniqueOrThrow({ where: { code: unit.code }, include: { parent: true } });
      expectExact(row.name, unit.name);
      expectExact(row.nameEn, unit.nameEn);
      expectExact(row.shortName, unit.shortName ?? null);
      expect(row.kind).toBe(unit.kind);
      expect(row.parent?.code ?? null).toBe(unit.parent);
      expect(row.searchKey).toBe(searchKeyOf(unit.name, unit.shortName, unit.code, unit.nameEn));
      expect(row.source).toBe("SOURCE_ARTICLE");
    }
    expect(await db.prisma.unit.count({ where: { source: "SOURCE_ARTICLE" } })).toBe(facts.units.length);
  });

  it("has each cluster, its open-ended memberships and its leadership terms with the hand-over", async () => {
    for (const cluster of facts.clusters) {
      const row = await db.prisma.cluster.findUniqueOrThrow({
        where: { number: cluster.number },
        include: {
          memberships: { where: { source: "SOURCE_ARTICLE" }, include: { unit: true } },
          leadershipTerms: { where: { source: "SOURCE_ARTICLE" }, include: { unit: true, receivedBy: true, handedOverAtEvent: true } },
        },
      });
      expectExact(row.name, cluster.name);
      expectExact(row.nameEn, cluster.nameEn);
      expect(row.source).toBe("SOURCE_ARTICLE");
      expect(row.memberships.map((m) => m.unit.code).sort()).toEqual([...cluster.members].sort());
      for (const membership of row.memberships) {
        expect(membership.fromYear).toBe(cluster.membersFromYear);
        expect(membership.toYear).toBeNull();
      }
      expect(row.leadershipTerms).toHaveLength(cluster.leadership.length);
      for (const term of cluster.leadership) {
        const stored = row.leadershipTerms.find((candidate) => candidate.year === term.year && candidate.role === term.role)!;
        expect(stored.unit.code).toBe(term.unit);
        expect(stored.handedOverAt).toEqual(term.handedOverAt ? day(term.handedOverAt) : null);
        expectExact(stored.receivedBy?.fullName ?? null, term.handedOverTo ?? null);
        const conference = facts.events.find((event) => event.cluster === cluster.number && event.date === term.handedOverAt);
        expect(stored.handedOverAtEvent?.key ?? null).toBe(conference?.key ?? null);
      }
    }
  });

  it("has the movement and its periods with the source's statuses", async () => {
    for (const movement of facts.movements) {
      const row = await db.prisma.movement.findUniqueOrThrow({ where: { code: movement.code }, include: { periods: { include: { cluster: true } } } });
      expectExact(row.name, movement.name);
      expectExact(row.shortName, movement.shortName ?? null);
      expectExact(row.nameEn, movement.nameEn);
      for (const period of movement.periods) {
        const stored = row.periods.find((candidate) => candidate.cluster.number === period.cluster && candidate.year === period.year)!;
        expect(stored.status).toBe(period.status);
        expect(stored.source).toBe("SOURCE_ARTICLE");
      }
    }
  });

  it("has the indicator and the cluster's published figure, linked to the conference", async () => {
    for (const indicator of facts.indicators) {
      const row = await db.prisma.indicator.findUniqueOrThrow({ where: { code: indicator.code } });
      const { name, nameEn, ...rest } = indicator;
      expect(row).toMatchObject({ ...rest, source: "SOURCE_ARTICLE" });
      expectExact(row.name, name);
      expectExact(row.nameEn, nameEn);
    }
    for (const observation of facts.observations) {
      const rows = await db.prisma.clusterObservation.findMany({
        where: { cluster: { number: observation.cluster }, indicator: { code: observation.indicator }, year: observation.year },
        include: { event: true },
      });
      expect(rows).toHaveLength(1);
      const [row] = rows;
      expect(row!.value).toBe(observation.value);
      expect(row!.granularity).toBe("YEAR");
      expect(row!.periodStart).toEqual(day(`${observation.year}-01-01`));
      expectExact(row!.note, observation.note);
      expect(row!.source).toBe("SOURCE_ARTICLE");
      expect(row!.event?.key).toBe(facts.events.find((event) => event.cluster === observation.cluster && event.year === observation.year)!.key);
    }
  });

  it("has every person: officers with their rank, the civilian without one, posts and party roles as attested", async () => {
    for (const person of facts.people) {
      const row = await db.prisma.person.findUniqueOrThrow({
        where: { key: person.key },
        include: { officer: { include: { rankGrants: true } }, posts: { include: { unit: true } }, partyRoles: { include: { unit: true } } },
      });
      expectExact(row.fullName, person.fullName);
      expect(row.searchKey).toBe(searchKeyOf(person.fullName));
      expect(row.source).toBe("SOURCE_ARTICLE");
      const asOf = day(person.posts[0]!.asOf);
      if (person.civilian) {
        expect(row.officer).toBeNull();
        expectExact(row.organisation, person.posts.find((post) => post.organisation)!.organisation);
      } else {
        expect(row.officer!.serviceNumber).toMatch(/^SRC-\d{4}$/);
        expect(row.officer!.rankGrants).toHaveLength(1);
        expect(row.officer!.rankGrants[0]).toMatchObject({ rank: person.rank, attestedOn: asOf, effectiveTo: null, source: "SOURCE_ARTICLE" });
      }
      expect(row.posts).toHaveLength(person.posts.length);
      for (const post of person.posts) {
        const stored = row.posts.find((candidate) => candidate.title === post.title)!;
        expectExact(stored.title, post.title);
        expectExact(stored.titleEn, post.titleEn);
        expect(stored.unit?.code).toBe(post.unit);
        expectExact(stored.organisation, post.organisation ?? null);
        expect(stored).toMatchObject({ attestedOn: day(post.asOf), effectiveFrom: null, effectiveTo: null, source: "SOURCE_ARTICLE" });
      }
      const roles = person.partyRoles ?? [];
      expect(row.partyRoles).toHaveLength(roles.length);
      for (const role of roles) {
        const stored = row.partyRoles.find((candidate) => candidate.title === role.title)!;
        expectExact(stored.titleLong, role.titleLong ?? null);
        expectExact(stored.titleEn, role.titleEn);
        expectExact(stored.body, role.body ?? null);
        expect(stored.unit?.code).toBe(role.unit);
        expect(stored.source).toBe("SOURCE_ARTICLE");
      }
    }
    expect(await db.prisma.person.count({ where: { source: "SOURCE_ARTICLE" } })).toBe(facts.people.length);
  });

  it("has the conference with every participant, role, title and rank of the day, in the source's order", async () => {
    for (const event of facts.events) {
      const row = await db.prisma.event.findUniqueOrThrow({
        where: { key: event.key },
        include: {
          cluster: true,
          period: { include: { movement: true } },
          hostUnit: true,
          participants: { orderBy: { sortOrder: "asc" }, include: { person: true, unit: true } },
        },
      });
      expect(row.kind).toBe(event.kind);
      expectExact(row.title, event.title);
      expect(row.date).toEqual(day(event.date));
      expect(row.timeOfDay).toBe(event.timeOfDay);
      expect(row.cluster?.number).toBe(event.cluster);
      expect(row.period?.movement.code).toBe(event.movement);
      expect(row.period?.year).toBe(event.year);
      expect(row.hostUnit?.code).toBe(event.hostUnit);
      expect(row.outcomes).toEqual(event.outcomes);
      expect(row.source).toBe("SOURCE_ARTICLE");
      expect(row.participants.map((p) => [p.person.key, p.role])).toEqual(event.participants.map((p) => [p.person, p.role]));
      for (const participant of row.participants) {
        const person = personByKey.get(participant.person.key!)!;
        const post = postOn(person, event.date);
        expectExact(participant.titleAtEvent, post?.title ?? null);
        expectExact(participant.titleAtEventEn, post?.titleEn ?? null);
        expect(participant.rankAtEvent).toBe(person.rank);
        expect(participant.unit?.code).toBe(post?.unit);
      }
    }
  });

  it("has the commendation proposal with its first transition", async () => {
    for (const commendation of facts.commendations) {
      const rows = await db.prisma.commendation.findMany({
        where: { source: "SOURCE_ARTICLE" },
        include: { cluster: true, period: true, proposedAtEvent: true, transitions: true },
      });
      expect(rows).toHaveLength(facts.commendations.length);
      const row = rows[0]!;
      const event = facts.events.find((candidate) => candidate.cluster === commendation.period.cluster && candidate.year === commendation.period.year)!;
      expect(row).toMatchObject({ kind: commendation.kind, status: commendation.status, year: commendation.period.year, proposedAt: day(event.date) });
      expectExact(row.recipientScope, commendation.recipientScope);
      expectExact(row.note, commendation.note);
      expect(row.cluster?.number).toBe(commendation.period.cluster);
      expect(row.period?.year).toBe(commendation.period.year);
      expect(row.proposedAtEvent?.key).toBe(event.key);
      expect(row.recipientUnitId).toBeNull();
      expect(row.recipientPersonId).toBeNull();
      expect(row.transitions.map((t) => [t.fromStatus, t.toStatus])).toEqual([[null, commendation.status]]);
    }
  });

  it("refuses to seed a second time", async () => {
    expect(await isDatabaseEmpty(db.prisma)).toBe(false);
    const persons = await db.prisma.person.count();
    const summary = await seedDatabase(db.prisma, { demo });
    expect(summary.seeded).toBe(false);
    expect(await db.prisma.person.count()).toBe(persons);
  });
});

describe("loading facts.json", () => {
  const scratch = mkdtempSync(join(tmpdir(), "thidua-facts-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("keeps the committed copy byte-identical to shared/seed/facts.json", () => {
    // CI and every session lay shared/ beside the checkout; a user's clone may not have it
    expect(existsSync(sharedFactsPath), `${sharedFactsPath} should exist beside the checkout`).toBe(true);
    expect(readFileSync(factsPath)).toEqual(readFileSync(sharedFactsPath));
    expect(facts.units.length).toBeGreaterThan(0);
  });

  it("fails with a clear message when the file is missing", () => {
    expect(() => loadFacts(join(scratch, "nowhere.json"))).toThrow(/facts file is missing.*packages\/db\/src\/seed\/facts\.json/s);
  });

  it("rejects a name that is not NFC, and an unknown field", () => {
    const raw = JSON.parse(readFileSync(factsPath, "utf8"));
    raw.people[0].fullName = raw.people[0].fullName.normalize("NFD");
    const nfd = join(scratch, "nfd.json");
    writeFileSync(nfd, JSON.stringify(raw));
    expect(() => loadFacts(nfd)).toThrow(/not NFC/);

    const extra = JSON.parse(readFileSync(factsPath, "utf8"));
    extra.units[0].nickname = "x";
    const unknown = join(scratch, "unknown.json");
    writeFileSync(unknown, JSON.stringify(extra));
    expect(() => loadFacts(unknown)).toThrow(/nickname/);
  });
});
