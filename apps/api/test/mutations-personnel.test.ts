// People and officers: creation, edits, transfers, promotions, retirement, posts and party roles;
// effective dates that may not overlap, and each rule refused with its reason.
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Api, day, type Fixtures, gid, mutate, mutationSuite, problems, succeed } from "./mutations-support.js";

let db: TestDatabase;
let api: Api;
let f: Fixtures;
let hp: number;

beforeAll(async () => {
  ({ db, api, f, hp } = await mutationSuite());
});
afterAll(() => db?.dispose());

const person = (id: number) => gid("Person", id);
const unit = (id: number) => gid("Unit", id);
const history = (personId: number) =>
  db.prisma.officer.findUniqueOrThrow({
    where: { personId },
    include: { rankGrants: { orderBy: { effectiveFrom: "asc" } }, person: { include: { unitAssignments: { orderBy: { effectiveFrom: "asc" } } } } },
  });
const dayOf = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

describe("people", () => {
  it("creates a civilian with a folded search key, and refuses a taken key", async () => {
    const key = `khach-moi-${Date.now()}`;
    const created = await succeed(api, "createPerson", { key, fullName: "Trần  Thị Thu", organisation: "Ban Thi đua – Khen thưởng" }, "Person", "... on Person { id fullName isOfficer version }");
    expect(created).toMatchObject({ fullName: "Trần Thị Thu", isOfficer: false, version: 1 });
    const { people } = await api.data(`{ people(search: "tran thi thu", first: 5) { totalCount } }`);
    expect(people.totalCount).toBeGreaterThan(0);
    expect(problems((await mutate(api, "createPerson", { key, fullName: "Người khác" })).result)).toEqual(["key: keyTaken"]);
  });

  it("edits a person; a blank optional field clears it; bad fields come with their path", async () => {
    const someone = await f.person();
    const edited = await succeed(api, "updatePerson", { id: person(someone.id), version: 1, fullName: "Lê Văn Mới", phone: "0225 3842 123" }, "Person", "... on Person { fullName version }");
    expect(edited).toMatchObject({ fullName: "Lê Văn Mới", version: 2 });
    await succeed(api, "updatePerson", { id: person(someone.id), version: 2, phone: "" }, "Person");
    expect((await db.prisma.person.findUniqueOrThrow({ where: { id: someone.id } })).phone).toBeNull();
    const { result } = await mutate(api, "updatePerson", { id: person(someone.id), version: 3, email: "not an email", phone: "call me" });
    expect(problems(result).sort()).toEqual(["email: invalid_format", "phone: invalid_format"]);
  });
});

describe("officers", () => {
  const recruit = (unitId: number, serviceNumber: string) => ({
    fullName: "Nguyễn Văn Tân",
    serviceNumber,
    rank: "THIEU_UY",
    rankEffectiveFrom: "2020-09-01",
    rankDecisionNumber: "15/QĐ-CAHP",
    unitId: unit(unitId),
    unitEffectiveFrom: "2020-09-01",
  });

  it("creates an officer with the first rank grant and unit assignment", async () => {
    const serviceNumber = `HP-${Date.now() % 1_000_000}`;
    const created = await succeed(api, "createOfficer", recruit(hp, serviceNumber), "Person", "... on Person { id isOfficer rank officerVersion assignments { unit { code } } }");
    expect(created).toMatchObject({ isOfficer: true, rank: "THIEU_UY", officerVersion: 1, assignments: [{ unit: { code: "CATP-HP" } }] });
    expect(problems((await mutate(api, "createOfficer", recruit(hp, serviceNumber))).result)).toEqual(["serviceNumber: serviceNumberTaken"]);
    const inactive = await f.unit(hp, { active: false });
    expect(problems((await mutate(api, "createOfficer", recruit(inactive.id, `X${serviceNumber}`))).result)).toEqual(["unitId: unitInactive"]);
  });

  it("a transfer closes the current assignment the day the next opens", async () => {
    const [from, to] = [await f.unit(hp), await f.unit(hp)];
    const officer = await f.officer(from.id);
    const input = { personId: person(officer.personId), version: officer.version, toUnitId: unit(to.id), effectiveFrom: "2024-06-01" };
    expect(problems((await mutate(api, "transferOfficer", { ...input, toUnitId: unit(from.id) })).result)).toEqual(["toUnitId: sameUnit"]);
    expect(problems((await mutate(api, "transferOfficer", { ...input, effectiveFrom: "2014-12-31" })).result)).toEqual(["effectiveFrom: datesOverlap"]);
    expect(problems((await mutate(api, "transferOfficer", { ...input, effectiveFrom: "2015-01-01" })).result)).toEqual(["effectiveFrom: datesOverlap"]);
    const moved = await succeed(api, "transferOfficer", input, "Person", "... on Person { officerVersion }");
    expect(moved.officerVersion).toBe(officer.version + 1);
    const { person: row } = await history(officer.personId);
    expect(row.unitAssignments.map((held) => [held.unitId, dayOf(held.effectiveFrom), dayOf(held.effectiveTo)])).toEqual([
      [from.id, "2015-01-01", "2024-06-01"],
      [to.id, "2024-06-01", null],
    ]);
    // the version read before the transfer is stale now
    const { result } = await mutate(api, "transferOfficer", { ...input, toUnitId: unit(from.id), effectiveFrom: "2025-01-01" });
    expect(result).toMatchObject({ __typename: "ConflictError", entity: "Officer", currentVersion: officer.version + 1 });
  });

  it("a promotion goes up the ladder only, after the current grant, and closes it", async () => {
    const officer = await f.officer(hp);
    const input = {
      personId: person(officer.personId),
      version: officer.version,
      currentRank: "THIEU_TA",
      newRank: "TRUNG_TA",
      decisionNumber: "2024/QĐ-BCA",
      effectiveFrom: "2024-06-01",
    };
    expect(problems((await mutate(api, "promoteOfficer", { ...input, newRank: "DAI_UY" })).result)).toEqual(["newRank: promotionGoesUp"]);
    expect(problems((await mutate(api, "promoteOfficer", { ...input, currentRank: "DAI_UY" })).result)).toEqual(["currentRank: rankChanged"]);
    expect(problems((await mutate(api, "promoteOfficer", { ...input, effectiveFrom: "2014-06-01" })).result)).toEqual(["effectiveFrom: datesOverlap"]);
    expect(problems((await mutate(api, "promoteOfficer", { ...input, decisionNumber: "QĐ-BCA" })).result)).toEqual(["decisionNumber: invalid_format"]);
    await succeed(api, "promoteOfficer", input, "Person");
    const { rankGrants } = await history(officer.personId);
    expect(rankGrants.map((grant) => [grant.rank, dayOf(grant.effectiveFrom), dayOf(grant.effectiveTo), grant.decisionNumber])).toEqual([
      ["THIEU_TA", "2015-01-01", "2024-06-01", null],
      ["TRUNG_TA", "2024-06-01", null, "2024/QĐ-BCA"],
    ]);
    const { person: asOf } = await api.data(`query ($key: String!) { person(key: $key) { before: rank(asOf: "2024-05-31") after: rank(asOf: "2024-06-01") } }`, {
      key: (await db.prisma.person.findUniqueOrThrow({ where: { id: officer.personId } })).key,
    });
    expect(asOf).toEqual({ before: "THIEU_TA", after: "TRUNG_TA" });
  });

  it("retirement ends the assignment and the posts; a retired officer is neither transferred nor promoted", async () => {
    const officer = await f.officer(hp);
    const post = await f.post(officer.personId, hp);
    const retired = await succeed(api, "retireOfficer", { personId: person(officer.personId), version: officer.version, retiredAt: "2024-06-01" }, "Person", "... on Person { officerVersion }");
    const [assignment] = (await history(officer.personId)).person.unitAssignments;
    expect(dayOf(assignment!.effectiveTo)).toBe("2024-06-01");
    expect(dayOf((await db.prisma.postAssignment.findUniqueOrThrow({ where: { id: post.id } })).effectiveTo)).toBe("2024-06-01");
    const version = retired.officerVersion;
    const refused = [
      await mutate(api, "retireOfficer", { personId: person(officer.personId), version, retiredAt: "2024-07-01" }),
      await mutate(api, "transferOfficer", { personId: person(officer.personId), version, toUnitId: unit(await f.unitId("CATP-HN")), effectiveFrom: "2024-07-01" }),
      await mutate(api, "promoteOfficer", {
        personId: person(officer.personId),
        version,
        currentRank: "THIEU_TA",
        newRank: "TRUNG_TA",
        decisionNumber: "1/QĐ",
        effectiveFrom: "2024-07-01",
      }),
    ];
    for (const { result } of refused) expect(problems(result)).toEqual(["personId: retired"]);
  });

  it("is found by its person id only: a civilian is no officer", async () => {
    const civilian = await f.person();
    const { result } = await mutate(api, "retireOfficer", { personId: person(civilian.id), version: 1, retiredAt: "2024-06-01" });
    expect(result).toMatchObject({ __typename: "NotFoundError", entity: "Officer", key: String(civilian.id) });
  });
});

describe("posts and party roles", () => {
  const post = (personId: number, unitId: number) => ({
    personId: person(personId),
    unitId: unit(unitId),
    title: "Phó giám đốc",
    titleEn: "Deputy Director",
    effectiveFrom: "2020-01-01",
    effectiveTo: "2023-01-01",
  });

  it("the same person may not hold the same post in the same unit over the same days; others may", async () => {
    const [officer, colleague] = [await f.officer(hp), await f.officer(hp)];
    await succeed(api, "assignPost", post(officer.personId, hp), "PostAssignment", "... on PostAssignment { id version }");
    const again = await mutate(api, "assignPost", { ...post(officer.personId, hp), effectiveFrom: "2022-12-31", effectiveTo: null });
    expect(problems(again.result)).toEqual(["effectiveFrom: datesOverlap"]);
    const sinceBefore = await mutate(api, "assignPost", { ...post(officer.personId, hp), effectiveFrom: null, effectiveTo: "2020-01-02" });
    expect(problems(sinceBefore.result)).toEqual(["effectiveFrom: datesOverlap"]);
    // the next term, from the day the first ended; and a second deputy at the same time
    await succeed(api, "assignPost", { ...post(officer.personId, hp), effectiveFrom: "2023-01-01", effectiveTo: null }, "PostAssignment");
    await succeed(api, "assignPost", post(colleague.personId, hp), "PostAssignment");
  });

  it("a post is in a unit or an outside organisation, and ends after it began", async () => {
    const officer = await f.officer(hp);
    const { result } = await mutate(api, "assignPost", { ...post(officer.personId, hp), organisation: "Thành ủy" });
    expect(problems(result)).toEqual(["unitId: exactlyOne"]);
    expect(problems((await mutate(api, "assignPost", { ...post(officer.personId, hp), effectiveTo: "2019-01-01" })).result)).toEqual([
      "effectiveTo: endsBeforeStart",
    ]);
  });

  it("ends a post once, not before it began", async () => {
    const officer = await f.officer(hp);
    const held = await f.post(officer.personId, hp);
    const id = gid("PostAssignment", held.id);
    expect(problems((await mutate(api, "endPost", { id, version: 1, effectiveTo: "2019-12-31" })).result)).toEqual(["effectiveTo: endsBeforeStart"]);
    const ended = await succeed(api, "endPost", { id, version: 1, effectiveTo: "2024-06-01" }, "PostAssignment", "... on PostAssignment { effectiveTo version }");
    expect(ended).toMatchObject({ effectiveTo: "2024-06-01", version: 2 });
    expect(problems((await mutate(api, "endPost", { id, version: 2, effectiveTo: "2024-07-01" })).result)).toEqual(["id: alreadyEnded"]);
  });

  it("party roles follow the same rules", async () => {
    const officer = await f.officer(hp);
    const role = { personId: person(officer.personId), unitId: unit(hp), title: "Đảng ủy viên", titleEn: "Party Committee Member", effectiveFrom: "2021-01-01" };
    const created = await succeed(api, "assignPartyRole", role, "PartyRole", "... on PartyRole { id version }");
    expect(problems((await mutate(api, "assignPartyRole", { ...role, effectiveFrom: "2022-01-01" })).result)).toEqual(["effectiveFrom: datesOverlap"]);
    expect(problems((await mutate(api, "assignPartyRole", { ...role, body: "Thành ủy Hải Phòng" })).result)).toEqual(["unitId: exactlyOne"]);
    const ended = await succeed(api, "endPartyRole", { id: created.id, version: 1, effectiveTo: "2024-01-01" }, "PartyRole", "... on PartyRole { effectiveTo }");
    expect(ended.effectiveTo).toBe("2024-01-01");
    const endedRow = await db.prisma.partyRole.findFirstOrThrow({ where: { personId: officer.personId } });
    expect(endedRow.effectiveTo).toEqual(day("2024-01-01"));
  });
});
