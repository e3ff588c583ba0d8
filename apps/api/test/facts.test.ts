// Every fact of the source article, read back through GraphQL and compared with facts.json itself.
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFacts, seededTestDatabase, testApi } from "./support.js";

const facts = readFacts();
const [cluster] = facts.clusters;
const [conference] = facts.events;
let db: TestDatabase;
let api: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await seededTestDatabase();
  api = testApi(db);
});
afterAll(() => db?.dispose());

describe("units", () => {
  it.each(facts.units)("$code reads back byte for byte", async (unit) => {
    const { unit: read } = await api.data(
      `query ($code: String!) { unit(code: $code) { code name nameEn shortName kind parent { code } } }`,
      { code: unit.code },
    );
    expect(read).toEqual({
      code: unit.code,
      name: unit.name,
      nameEn: unit.nameEn,
      shortName: unit.shortName ?? null,
      kind: unit.kind,
      parent: unit.parent === null ? null : { code: unit.parent },
    });
    expect(Buffer.from(read.name)).toEqual(Buffer.from(unit.name));
  });

  it("lists each unit among its parent's children", async () => {
    for (const parent of new Set(facts.units.map((unit) => unit.parent).filter((code) => code !== null))) {
      const { unit } = await api.data(`query ($code: String!) { unit(code: $code) { children { code } } }`, { code: parent });
      const children = unit.children.map((child: { code: string }) => child.code);
      expect(children).toEqual(expect.arrayContaining(facts.units.filter((u) => u.parent === parent).map((u) => u.code)));
    }
  });
});

describe(`cluster ${cluster!.number}`, () => {
  it("has its names and its members of the facts' year", async () => {
    const { cluster: read } = await api.data(
      `query ($number: Int!, $year: Int!) { cluster(number: $number) { number name nameEn members(year: $year) { code } } }`,
      { number: cluster!.number, year: cluster!.membersFromYear },
    );
    expect(read.number).toBe(cluster!.number);
    expect(read.name).toBe(cluster!.name);
    expect(read.nameEn).toBe(cluster!.nameEn);
    expect(read.members.map((unit: { code: string }) => unit.code).sort()).toEqual([...cluster!.members].sort());
  });

  it.each(cluster!.leadership)("$year $role: $unit", async (term) => {
    const { cluster: read } = await api.data(
      `query ($number: Int!, $year: Int!, $role: ClusterRole!) {
        cluster(number: $number) {
          leader(year: $year) { code }
          leadershipTerms(year: $year, role: $role) {
            year role unit { code } handedOverAt handedOverAtEvent { key date } receivedBy { fullName }
          }
        }
      }`,
      { number: cluster!.number, year: term.year, role: term.role },
    );
    if (term.role === "LEADER") expect(read.leader).toEqual({ code: term.unit });
    expect(read.leadershipTerms).toEqual([
      {
        year: term.year,
        role: term.role,
        unit: { code: term.unit },
        handedOverAt: term.handedOverAt ?? null,
        // the handover happened at the cluster's conference of that day
        handedOverAtEvent: term.handedOverAt ? { key: conference!.key, date: term.handedOverAt } : null,
        receivedBy: term.handedOverTo ? { fullName: term.handedOverTo } : null,
      },
    ]);
  });
});

describe("people", () => {
  it.each(facts.people)("$fullName: rank, posts and party roles", async (person) => {
    const [post] = person.posts;
    const { person: read } = await api.data(
      `query ($key: String!, $day: Date!) {
        person(key: $key) {
          fullName isOfficer organisation rank(asOf: $day)
          posts(asOf: $day) { title titleEn unit { code } organisation }
          partyRoles { title titleLong titleEn body unit { code } }
        }
      }`,
      { key: person.key, day: post!.asOf },
    );
    expect(read.fullName).toBe(person.fullName);
    expect(read.rank).toBe(person.rank);
    expect(read.isOfficer).toBe(!person.civilian);
    expect(read.organisation).toBe(person.civilian ? post!.organisation : null);
    expect(read.posts).toEqual(
      expect.arrayContaining(
        person.posts.map((p) => ({
          title: p.title,
          titleEn: p.titleEn,
          unit: p.unit ? { code: p.unit } : null,
          organisation: p.organisation ?? null,
        })),
      ),
    );
    const roles = (person.partyRoles ?? []).map((role) => ({
      title: role.title,
      titleLong: role.titleLong ?? null,
      titleEn: role.titleEn,
      body: role.body ?? null,
      unit: role.unit ? { code: role.unit } : null,
    }));
    expect(read.partyRoles).toHaveLength(roles.length);
    expect(read.partyRoles).toEqual(expect.arrayContaining(roles));
  });

  it("gives civilians no rank", async () => {
    const civilians = facts.people.filter((person) => person.civilian);
    expect(civilians.length).toBeGreaterThan(0);
    for (const civilian of civilians) {
      const { person } = await api.data(`query ($key: String!) { person(key: $key) { rank isOfficer } }`, { key: civilian.key });
      expect(person).toEqual({ rank: null, isOfficer: false });
    }
  });
});

describe("the review conference", () => {
  it("has its host, day, cluster, kind and outcomes", async () => {
    const { event } = await api.data(
      `query ($key: String!) { event(key: $key) { key kind title date timeOfDay outcomes hostUnit { code } cluster { number } } }`,
      { key: conference!.key },
    );
    expect(event).toEqual({
      key: conference!.key,
      kind: conference!.kind,
      title: conference!.title,
      date: conference!.date,
      timeOfDay: conference!.timeOfDay,
      outcomes: conference!.outcomes,
      hostUnit: { code: conference!.hostUnit },
      cluster: { number: conference!.cluster },
    });
  });

  it("is found by cluster and year", async () => {
    const { events } = await api.data(
      `query ($cluster: Int!, $year: Int!) { events(clusterNumber: $cluster, year: $year) { edges { node { key } } } }`,
      { cluster: conference!.cluster, year: conference!.year },
    );
    expect(events.edges.map((edge: { node: { key: string } }) => edge.node.key)).toContain(conference!.key);
  });

  it("lists every participant with role, title of the day and the post held that day", async () => {
    const { event } = await api.data(
      `query ($key: String!, $day: Date!) {
        event(key: $key) {
          participants {
            role titleAtEvent titleAtEventEn rankAtEvent unit { code }
            person { key posts(asOf: $day) { title titleEn unit { code } organisation } }
          }
        }
      }`,
      { key: conference!.key, day: conference!.date },
    );
    expect(event.participants.map((p: { person: { key: string }; role: string }) => ({ person: p.person.key, role: p.role }))).toEqual(
      conference!.participants,
    );
    for (const participant of event.participants) {
      const person = facts.people.find((candidate) => candidate.key === participant.person.key)!;
      const post = person.posts.find((candidate) => candidate.asOf === conference!.date)!;
      expect(participant).toMatchObject({
        titleAtEvent: post.title,
        titleAtEventEn: post.titleEn,
        rankAtEvent: person.rank,
        unit: post.unit ? { code: post.unit } : null,
      });
      expect(participant.person.posts).toContainEqual({
        title: post.title,
        titleEn: post.titleEn,
        unit: post.unit ? { code: post.unit } : null,
        organisation: post.organisation ?? null,
      });
    }
  });
});

describe("indicators", () => {
  it.each(facts.indicators)("$code is in the catalogue as defined", async (indicator) => {
    const { indicators } = await api.data(
      `{ indicators(first: 100) { totalCount edges { node { code name nameEn category measure direction aggregation } } } }`,
    );
    expect(indicators.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual(indicator);
  });

  it.each(facts.observations)("$indicator of cluster $cluster in $year is $value, computed from the parts", async (observation) => {
    const query = `query ($indicator: String!, $cluster: Int, $unit: String, $year: Int!) {
      indicatorValue(indicator: $indicator, clusterNumber: $cluster, unitCode: $unit, year: $year) {
        __typename
        ... on IndicatorValue { value numerator denominator observationCount unitCount reportedValue indicator { aggregation } }
      }
    }`;
    const { indicatorValue: total } = await api.data(query, { indicator: observation.indicator, cluster: observation.cluster, year: observation.year });
    expect(total.__typename).toBe("IndicatorValue");
    expect(total.indicator.aggregation).toBe("RATIO_OF_SUMS");
    expect(Math.round(total.value * 10) / 10).toBe(observation.value);
    expect(total.value).toBeCloseTo((100 * total.numerator) / total.denominator, 10);
    expect(total.reportedValue).toBe(observation.value);

    // the cluster's parts are its members' parts: Σ over the members of that year
    const { cluster: members } = await api.data(`query ($n: Int!, $y: Int!) { cluster(number: $n) { members(year: $y) { code } } }`, {
      n: observation.cluster,
      y: observation.year,
    });
    expect(total.unitCount).toBe(members.members.length);
    let numerator = 0;
    let denominator = 0;
    let observations = 0;
    for (const { code } of members.members) {
      const { indicatorValue: part } = await api.data(query, { indicator: observation.indicator, unit: code, year: observation.year });
      expect(part.reportedValue).toBeNull();
      numerator += part.numerator;
      denominator += part.denominator;
      observations += part.observationCount;
    }
    expect(total.numerator).toBeCloseTo(numerator, 6);
    expect(total.denominator).toBeCloseTo(denominator, 6);
    expect(total.observationCount).toBe(observations);
  });
});
