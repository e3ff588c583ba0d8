// The demo dataset: the facts' published rate rebuilt from its parts, reproducible runs, and
// the invariants the domain promises (leaders, rank histories, posts, workflow).
import { canTransition, indicatorCategories } from "@thidua/domain/enums";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "../generated/prisma/client.js";
import type { CommendationStatus } from "../generated/prisma/enums.js";
import { createTestDatabase, type TestDatabase } from "../test-database.js";
import { testDatabaseUrl } from "../test-env.js";
import { demoYears } from "./demo.js";
import { loadFacts } from "./facts.js";
import { indicatorCatalog } from "./indicators.js";
import { type SeedSummary, seedDatabase } from "./index.js";
import { countOf, leadershipViolations, rankHistoryViolations, tableChecksum } from "./test-support.js";

const facts = loadFacts();

/** Runs a change and a check in a transaction that is then rolled back. */
async function rolledBack<T>(db: TestDatabase, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  let result: T | undefined;
  const rollback = new Error("rollback");
  await db.prisma
    .$transaction(async (tx) => {
      result = await work(tx);
      throw rollback;
    })
    .catch((error) => {
      if (error !== rollback) throw error;
    });
  return result as T;
}

async function seededDemo(): Promise<{ db: TestDatabase; summary: SeedSummary }> {
  let summary: SeedSummary | undefined;
  const db = await createTestDatabase({
    url: testDatabaseUrl,
    prepare: async (fresh) => {
      summary = await seedDatabase(fresh.prisma, { demo: true });
    },
  });
  return { db, summary: summary! };
}

describe("the demo dataset", () => {
  let db: TestDatabase;
  let summary: SeedSummary;
  beforeAll(async () => {
    ({ db, summary } = await seededDemo());
    console.log(`demo seeded into ${db.kind} in ${summary.durationMs.total} ms (demo part ${summary.durationMs.demo} ms)`);
  });
  afterAll(() => db?.dispose());
  const count = (sql: string) => countOf(db.prisma, sql);

  it("rebuilds each published cluster rate from the members' monthly numerators and denominators", async () => {
    expect(facts.observations.length).toBeGreaterThan(0);
    for (const published of facts.observations) {
      const members = facts.clusters.find((cluster) => cluster.number === published.cluster)!.members;
      const perUnit = await db.prisma.$queryRawUnsafe<Array<{ code: string; numerator: number; denominator: number; months: bigint | number }>>(
        `SELECT u.code, sum(o.numerator) AS numerator, sum(o.denominator) AS denominator, count(*) AS months
         FROM observation o JOIN unit u ON u.id = o."unitId" JOIN indicator i ON i.id = o."indicatorId"
         WHERE i.code = $1 AND o.year = $2 AND o.granularity = 'MONTH' AND u.code = ANY($3::text[])
         GROUP BY u.code`,
        published.indicator,
        published.year,
        members,
      );
      expect(perUnit.map((row) => row.code).sort()).toEqual([...members].sort());
      for (const row of perUnit) expect(Number(row.months)).toBe(12);
      const numerator = perUnit.reduce((sum, row) => sum + Number(row.numerator), 0);
      const denominator = perUnit.reduce((sum, row) => sum + Number(row.denominator), 0);
      expect(Math.round((1000 * numerator) / denominator) / 10).toBe(published.value);
      // the members do not all sit on the combined figure: their own rates differ
      const rates = perUnit.map((row) => Math.round((1000 * Number(row.numerator)) / Number(row.denominator)) / 10);
      expect(new Set(rates).size).toBe(members.length);
      expect(rates.every((rate) => rate === published.value)).toBe(false);
      // and the database's own arithmetic agrees
      const [sql] = await db.prisma.$queryRawUnsafe<Array<{ rate: string }>>(
        `SELECT round((100 * sum(o.numerator) / sum(o.denominator))::numeric, 1)::text AS rate
         FROM observation o JOIN unit u ON u.id = o."unitId" JOIN indicator i ON i.id = o."indicatorId"
         WHERE i.code = $1 AND o.year = $2 AND u.code = ANY($3::text[])`,
        published.indicator,
        published.year,
        members,
      );
      expect(Number(sql!.rate)).toBe(published.value);
    }
  });

  it("comes out the same on a second run: same rows, same checksums", async () => {
    const { db: again, summary: second } = await seededDemo();
    try {
      expect(second.rows).toEqual(summary.rows);
      for (const table of Object.keys(summary.rows)) {
        expect(await tableChecksum(again.prisma, table), table).toBe(await tableChecksum(db.prisma, table));
      }
    } finally {
      await again.dispose();
    }
  }, 120_000);

  it("is the size the brief asks for", () => {
    const { rows, demo } = summary;
    expect(demo!.officers).toBeGreaterThan(2000);
    expect(demo!.officers).toBeLessThan(5000);
    expect(rows.cluster).toBeGreaterThanOrEqual(3);
    expect(rows.unit).toBeGreaterThan(30);
    expect(rows.indicator).toBeGreaterThanOrEqual(15);
    expect(rows.rank_grant! / demo!.officers).toBeGreaterThan(3);
    for (const table of ["pledge", "event", "commendation", "exemplar", "initiative", "initiative_replication", "party_role"]) {
      expect(rows[table], table).toBeGreaterThan(0);
    }
  });

  it("has monthly observations 2020–2024 for every indicator and police department, and none for divisions", async () => {
    const departments = await count(`SELECT count(*) FROM unit WHERE kind IN ('CITY_POLICE', 'PROVINCIAL_POLICE')`);
    const monthly = await count(
      `SELECT count(*) FROM observation o JOIN unit u ON u.id = o."unitId"
       WHERE o.granularity = 'MONTH' AND u.kind IN ('CITY_POLICE', 'PROVINCIAL_POLICE')
       AND o.year BETWEEN ${demoYears[0]} AND ${demoYears[demoYears.length - 1]}`,
    );
    expect(monthly).toBe(departments * indicatorCatalog.length * demoYears.length * 12);
    expect(await count(`SELECT count(*) FROM observation o JOIN unit u ON u.id = o."unitId" WHERE u.kind NOT IN ('CITY_POLICE', 'PROVINCIAL_POLICE')`)).toBe(0);
    // rates carry their parts, the others do not
    expect(await count(`SELECT count(*) FROM observation o JOIN indicator i ON i.id = o."indicatorId" WHERE (i.aggregation = 'RATIO_OF_SUMS') <> (o.numerator IS NOT NULL AND o.denominator > 0 AND o.numerator <= o.denominator)`)).toBe(0);
    const categories = await db.prisma.indicator.findMany({ distinct: ["category"], select: { category: true } });
    expect(categories.map((row) => row.category).sort()).toEqual([...indicatorCategories].sort());
  });

  it("has one leader and one deputy per cluster and year, both members that year", async () => {
    expect(summary.rows.movement_period).toBe(summary.rows.cluster! * demoYears.length);
    expect(await leadershipViolations(db.prisma)).toBe(0);
    // the demo names a deputy every year too, never the leader itself
    expect(
      await count(`SELECT count(*) FROM movement_period p WHERE NOT EXISTS (
        SELECT 1 FROM leadership_term d JOIN leadership_term l ON l."clusterId" = d."clusterId" AND l.year = d.year AND l.role = 'LEADER'
        WHERE d."clusterId" = p."clusterId" AND d.year = p.year AND d.role = 'DEPUTY_LEADER' AND d."unitId" <> l."unitId")`),
    ).toBe(0);
    // the check itself notices a cluster-year without its leader
    const probe = await rolledBack(db, async (tx) => {
      await tx.leadershipTerm.deleteMany({ where: { source: "SYNTHETIC_DEMO", role: "LEADER", year: demoYears[0] } });
      return leadershipViolations(tx);
    });
    expect(probe).toBeGreaterThan(0);
    // a membership never overlaps another of the same unit in the same cluster
    expect(
      await count(`SELECT count(*) FROM cluster_membership a JOIN cluster_membership b
        ON a."clusterId" = b."clusterId" AND a."unitId" = b."unitId" AND a.id < b.id
        AND int4range(a."fromYear", coalesce(a."toYear", 9999), '[]') && int4range(b."fromYear", coalesce(b."toYear", 9999), '[]')`),
    ).toBe(0);
  });

  it("records each demo hand-over at the previous leader's year-end review, received by someone of the new leader", async () => {
    const terms = await db.prisma.leadershipTerm.findMany({
      where: { source: "SYNTHETIC_DEMO", role: "LEADER", handedOverAtEventId: { not: null } },
      include: { handedOverAtEvent: true, receivedBy: { include: { posts: true } } },
    });
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) {
      const event = term.handedOverAtEvent!;
      expect(event.kind).toBe("YEAR_END_REVIEW");
      expect(event.clusterId).toBe(term.clusterId);
      expect(event.date.getUTCFullYear()).toBe(term.year - 1);
      expect(term.handedOverAt).toEqual(event.date);
      const previous = await db.prisma.leadershipTerm.findFirstOrThrow({ where: { clusterId: term.clusterId, year: term.year - 1, role: "LEADER" } });
      expect(event.hostUnitId).toBe(previous.unitId);
      expect(term.receivedBy!.posts.some((post) => post.unitId === term.unitId)).toBe(true);
    }
  });

  it("keeps every officer's rank history contiguous, climbing, and never overlapping", async () => {
    expect(await rankHistoryViolations(db.prisma)).toBe(0);
    const probe = await rolledBack(db, async (tx) => {
      const grant = await tx.rankGrant.findFirstOrThrow({ where: { effectiveTo: { not: null } }, orderBy: { id: "asc" } });
      await tx.rankGrant.update({ where: { id: grant.id }, data: { effectiveTo: null } });
      return rankHistoryViolations(tx);
    });
    expect(probe).toBeGreaterThan(0);
  });

  it("gives ranks at plausible ages: no general under forty, nobody enlisted under eighteen", async () => {
    const [ages] = await db.prisma.$queryRawUnsafe<Array<{ general: number; first: number; oldest: number }>>(
      `SELECT min(extract(year FROM age(g."effectiveFrom", p."birthDate"))) FILTER (WHERE g.rank >= 'THIEU_TUONG') AS general,
              min(extract(year FROM age(g."effectiveFrom", p."birthDate"))) AS first,
              max(extract(year FROM age(DATE '2024-12-31', p."birthDate"))) FILTER (WHERE o."retiredAt" IS NULL) AS oldest
       FROM rank_grant g JOIN officer o ON o."personId" = g."officerId" JOIN person p ON p.id = o."personId"
       WHERE p.source = 'SYNTHETIC_DEMO'`,
    );
    expect(Number(ages!.general)).toBeGreaterThanOrEqual(40);
    expect(Number(ages!.first)).toBeGreaterThanOrEqual(18);
    expect(Number(ages!.oldest)).toBeLessThanOrEqual(66);
  });

  it("never has two holders of a one-holder post at once, facts included", async () => {
    expect(
      await count(`SELECT count(*) FROM post_assignment a JOIN post_assignment b
        ON a."unitId" = b."unitId" AND a.title = b.title AND a.id < b.id
        AND a.title IN ('Giám đốc', 'Cục trưởng', 'Trưởng phòng')
        AND daterange(coalesce(a."effectiveFrom", '-infinity'), coalesce(a."effectiveTo", 'infinity'))
         && daterange(coalesce(b."effectiveFrom", '-infinity'), coalesce(b."effectiveTo", 'infinity'))`),
    ).toBe(0);
    // a demo post is held in the unit the officer serves in when it begins
    expect(
      await count(`SELECT count(*) FROM post_assignment p WHERE p.source = 'SYNTHETIC_DEMO' AND NOT EXISTS (
        SELECT 1 FROM unit_assignment a WHERE a."personId" = p."personId" AND a."unitId" = p."unitId"
        AND daterange(a."effectiveFrom", a."effectiveTo") @> p."effectiveFrom")`),
    ).toBe(0);
  });

  it("adds nothing about the real people of the facts", async () => {
    const real = `(SELECT id FROM person WHERE source = 'SOURCE_ARTICLE')`;
    for (const [table, column] of [
      ["post_assignment", "personId"],
      ["party_role", "personId"],
      ["unit_assignment", "personId"],
      ["rank_grant", "officerId"],
      ["exemplar", "personId"],
      ["initiative", "personId"],
    ] as const) {
      expect(await count(`SELECT count(*) FROM "${table}" WHERE source = 'SYNTHETIC_DEMO' AND "${column}" IN ${real}`), table).toBe(0);
    }
    expect(await count(`SELECT count(*) FROM event_participant ep JOIN event e ON e.id = ep."eventId" WHERE e.source = 'SYNTHETIC_DEMO' AND ep."personId" IN ${real}`)).toBe(0);
    expect(await count(`SELECT count(*) FROM commendation WHERE source = 'SYNTHETIC_DEMO' AND "recipientPersonId" IN ${real}`)).toBe(0);
    expect(await count(`SELECT count(*) FROM person WHERE source = 'SYNTHETIC_DEMO' AND "fullName" IN (SELECT "fullName" FROM person WHERE source = 'SOURCE_ARTICLE')`)).toBe(0);
  });

  it("marks every synthetic row and prefixes its free text with [demo]", async () => {
    const withSource = ["unit", "cluster", "cluster_membership", "leadership_term", "movement_period", "indicator", "observation", "pledge", "person", "rank_grant", "unit_assignment", "post_assignment", "party_role", "event", "commendation", "exemplar", "initiative"];
    for (const table of withSource) {
      expect(await count(`SELECT count(*) FROM "${table}" WHERE source NOT IN ('SOURCE_ARTICLE', 'SYNTHETIC_DEMO')`), table).toBe(0);
    }
    const notPrefixed = [
      `SELECT count(*) FROM pledge WHERE note NOT LIKE '[demo] %'`,
      `SELECT count(*) FROM exemplar WHERE summary NOT LIKE '[demo] %'`,
      `SELECT count(*) FROM initiative WHERE description NOT LIKE '[demo] %'`,
      `SELECT count(*) FROM commendation WHERE source = 'SYNTHETIC_DEMO' AND note NOT LIKE '[demo] %'`,
      `SELECT count(*) FROM commendation_transition t JOIN commendation c ON c.id = t."commendationId" WHERE c.source = 'SYNTHETIC_DEMO' AND t.note NOT LIKE '[demo] %'`,
      `SELECT count(*) FROM event, unnest(outcomes) AS outcome WHERE source = 'SYNTHETIC_DEMO' AND outcome NOT LIKE '[demo] %'`,
    ];
    for (const sql of notPrefixed) expect(await count(sql), sql).toBe(0);
    expect(await count(`SELECT count(*) FROM officer WHERE "serviceNumber" NOT LIKE 'DEMO-%' AND "serviceNumber" NOT LIKE 'SRC-%'`)).toBe(0);
  });

  it("gives each demo participant the rank and post held on the day of the conference", async () => {
    const participants = await db.prisma.eventParticipant.findMany({
      where: { event: { source: "SYNTHETIC_DEMO" } },
      include: { event: true, person: { include: { officer: { include: { rankGrants: true } }, posts: true } } },
    });
    expect(participants.length).toBeGreaterThan(100);
    for (const participant of participants) {
      const on = participant.event.date.getTime();
      const grant = participant.person.officer!.rankGrants.find((g) => g.effectiveFrom.getTime() <= on && (g.effectiveTo === null || on < g.effectiveTo.getTime()));
      expect(participant.rankAtEvent).toBe(grant?.rank ?? null);
      const post = participant.person.posts.find(
        (p) => p.unitId === participant.unitId && p.effectiveFrom!.getTime() <= on && (p.effectiveTo === null || on < p.effectiveTo.getTime()),
      );
      expect(post, `${participant.person.fullName} at ${participant.event.title}`).toBeDefined();
      expect(participant.titleAtEvent).toBe(post!.title);
    }
  });

  it("walks every commendation through allowed steps, with decision numbers for decided ones", async () => {
    const commendations = await db.prisma.commendation.findMany({ include: { transitions: { orderBy: [{ at: "asc" }, { id: "asc" }] } } });
    const statuses = new Set(commendations.map((c) => c.status));
    expect([...statuses].sort()).toEqual(["APPROVED", "DECIDED", "PROPOSED", "REJECTED", "REVIEWED"]);
    for (const commendation of commendations) {
      const steps = commendation.transitions;
      expect(steps[0]!.fromStatus).toBeNull();
      expect(steps[0]!.toStatus).toBe("PROPOSED");
      for (let i = 1; i < steps.length; i++) {
        expect(steps[i]!.fromStatus).toBe(steps[i - 1]!.toStatus);
        expect(canTransition(steps[i]!.fromStatus as CommendationStatus, steps[i]!.toStatus)).toBe(true);
      }
      expect(steps[steps.length - 1]!.toStatus).toBe(commendation.status);
      const decided = commendation.status === "DECIDED";
      expect(commendation.decisionNumber !== null).toBe(decided);
      if (decided) expect(commendation.decisionDate).toEqual(steps[steps.length - 1]!.at);
      expect([commendation.recipientUnitId, commendation.recipientPersonId, commendation.recipientScope].some((value) => value !== null)).toBe(true);
    }
  });
});
