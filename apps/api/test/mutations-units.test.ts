// Units and clusters: the tree, memberships by year, leadership terms and the handover; each rule
// refused with its reason, and the record's version moving with every change.
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Api, type Fixtures, gid, mutate, mutationSuite, problems, succeed } from "./mutations-support.js";

let db: TestDatabase;
let api: Api;
let f: Fixtures;
let hp: number;
let cluster: number;

beforeAll(async () => {
  ({ db, api, f, hp, cluster } = await mutationSuite());
});
afterAll(() => db?.dispose());

const unit = (id: number) => gid("Unit", id);

describe("createUnit", () => {
  const division = () => ({ code: `CATP-HP-N${Date.now() % 100000}`, name: "  Phòng   Cảnh sát  cơ động ", nameEn: "Mobile Police Division", kind: "DIVISION" });

  it("creates a unit under its parent, with names normalised as the shared schema says", async () => {
    const created = await succeed(api, "createUnit", { ...division(), parentId: unit(hp) }, "Unit", "... on Unit { name version active parent { code } }");
    expect(created).toMatchObject({ name: "Phòng Cảnh sát cơ động", version: 1, active: true, parent: { code: "CATP-HP" } });
    const { units } = await api.data(`{ units(search: "canh sat co dong", first: 5) { edges { node { name } } } }`);
    expect(units.edges.map((edge: { node: { name: string } }) => edge.node.name)).toContain("Phòng Cảnh sát cơ động");
  });

  it("refuses bad fields with a path each", async () => {
    const { result } = await mutate(api, "createUnit", { code: "catp hp", name: " ", nameEn: "x", kind: "DIVISION" });
    expect(problems(result).sort()).toEqual(["code: invalid_format", "name: too_small"]);
    // cross-field rules run once the fields themselves are valid
    expect(problems((await mutate(api, "createUnit", { ...division(), parentId: null })).result)).toEqual(["parentId: parentRequired"]);
  });

  it("refuses a taken code, a missing or deactivated parent", async () => {
    expect(problems((await mutate(api, "createUnit", { ...division(), code: "CATP-HN", parentId: unit(hp) })).result)).toEqual(["code: codeTaken"]);
    const inactive = await f.unit(hp, { active: false });
    expect(problems((await mutate(api, "createUnit", { ...division(), parentId: unit(inactive.id) })).result)).toEqual(["parentId: parentInactive"]);
    const { result } = await mutate(api, "createUnit", { ...division(), parentId: unit(999_999) });
    expect(result).toMatchObject({ __typename: "NotFoundError", entity: "Unit", key: "999999" });
  });

  it("refuses a global id of another type", async () => {
    const { errors } = await mutate(api, "createUnit", { ...division(), parentId: gid("Person", 1) });
    expect(errors?.[0]?.message).toMatch(/is not of type: Unit/);
  });
});

describe("renameUnit", () => {
  it("changes the names, keeps the code, and bumps the version", async () => {
    const target = await f.unit(hp);
    const renamed = await succeed(api, "renameUnit", { id: unit(target.id), version: 1, nameEn: "Renamed", shortName: "P. mới" }, "Unit", "... on Unit { code nameEn shortName version }");
    expect(renamed).toMatchObject({ code: target.code, nameEn: "Renamed", shortName: "P. mới", version: 2 });
    const cleared = await succeed(api, "renameUnit", { id: unit(target.id), version: 2, shortName: "" }, "Unit", "... on Unit { shortName version }");
    expect(cleared).toMatchObject({ shortName: null, version: 3 });
  });

  it("refuses a stale version with the current one, and writes nothing", async () => {
    const target = await f.unit(hp);
    await succeed(api, "renameUnit", { id: unit(target.id), version: 1, name: "Lần một" }, "Unit");
    const { result } = await mutate(api, "renameUnit", { id: unit(target.id), version: 1, name: "Lần hai" });
    expect(result).toMatchObject({ __typename: "ConflictError", entity: "Unit", expectedVersion: 1, currentVersion: 2, current: { name: "Lần một", version: 2 } });
    expect((await db.prisma.unit.findUniqueOrThrow({ where: { id: target.id } })).name).toBe("Lần một");
  });

  it("needs something to change", async () => {
    const target = await f.unit(hp);
    expect(problems((await mutate(api, "renameUnit", { id: unit(target.id), version: 1 })).result)).toEqual([": nothingToChange"]);
  });
});

describe("moveUnit", () => {
  it("moves a unit with its subtree", async () => {
    const [moved, parent] = [await f.unit(hp), await f.unit(hp)];
    const child = await f.unit(moved.id);
    const result = await succeed(api, "moveUnit", { id: unit(moved.id), version: 1, parentId: unit(parent.id) }, "Unit", "... on Unit { parent { code } version }");
    expect(result).toMatchObject({ parent: { code: parent.code }, version: 2 });
    const { unit: below } = await api.data(`query ($code: String!) { unit(code: $code) { parent { parent { code } } } }`, { code: child.code });
    expect(below.parent.parent.code).toBe(parent.code);
  });

  it("refuses a move under its own subtree, under itself, and of the root", async () => {
    const moved = await f.unit(hp);
    const grandchild = await f.unit((await f.unit(moved.id)).id);
    expect(problems((await mutate(api, "moveUnit", { id: unit(moved.id), version: 1, parentId: unit(grandchild.id) })).result)).toEqual([
      "parentId: underOwnSubtree",
    ]);
    expect(problems((await mutate(api, "moveUnit", { id: unit(moved.id), version: 1, parentId: unit(moved.id) })).result)).toEqual([
      "parentId: ownParent",
    ]);
    const ministry = await f.unitId("BCA");
    expect(problems((await mutate(api, "moveUnit", { id: unit(ministry), version: 1, parentId: unit(hp) })).result)).toEqual([
      "id: rootCannotMove",
    ]);
  });
});

describe("deactivateUnit", () => {
  it("deactivates a leaf once, and refuses a unit with active children", async () => {
    const parent = await f.unit(hp);
    const child = await f.unit(parent.id);
    expect(problems((await mutate(api, "deactivateUnit", { id: unit(parent.id), version: 1 })).result)).toEqual(["id: hasActiveChildren"]);
    expect(await succeed(api, "deactivateUnit", { id: unit(child.id), version: 1 }, "Unit", "... on Unit { active }")).toMatchObject({ active: false });
    expect(problems((await mutate(api, "deactivateUnit", { id: unit(child.id), version: 2 })).result)).toEqual(["id: alreadyInactive"]);
    expect(await succeed(api, "deactivateUnit", { id: unit(parent.id), version: 1 }, "Unit", "... on Unit { active }")).toMatchObject({ active: false });
  });
});

describe("cluster membership", () => {
  it("adds a member for years that do not overlap its other memberships", async () => {
    const member = await f.unit(hp);
    const input = { clusterId: gid("Cluster", cluster), unitId: unit(member.id), fromYear: 2030, toYear: 2032 };
    const added = await succeed(api, "addClusterMember", input, "ClusterMembership", "... on ClusterMembership { id fromYear toYear version }");
    expect(added).toMatchObject({ fromYear: 2030, toYear: 2032, version: 1 });
    expect(problems((await mutate(api, "addClusterMember", { ...input, fromYear: 2032, toYear: null })).result)).toEqual(["fromYear: datesOverlap"]);
    expect(problems((await mutate(api, "addClusterMember", { ...input, fromYear: 2031, toYear: 2030 })).result)).toEqual(["toYear: endsBeforeStart"]);
    await succeed(api, "addClusterMember", { ...input, fromYear: 2033, toYear: null }, "ClusterMembership");
  });

  it("ends a membership, not before it began nor before a year the unit leads the cluster", async () => {
    const member = await f.unit(hp);
    const year = f.freshYear();
    const membership = await f.membership(cluster, member.id, year - 5);
    await f.term(cluster, year, member.id);
    const id = gid("ClusterMembership", membership.id);
    expect(problems((await mutate(api, "endClusterMembership", { id, version: 1, toYear: year - 6 })).result)).toEqual(["toYear: endsBeforeStart"]);
    expect(problems((await mutate(api, "endClusterMembership", { id, version: 1, toYear: year - 1 })).result)).toEqual(["toYear: leaderAfterEnd"]);
    expect(await succeed(api, "endClusterMembership", { id, version: 1, toYear: year }, "ClusterMembership", "... on ClusterMembership { toYear version }")).toEqual(
      expect.objectContaining({ toYear: year, version: 2 }),
    );
  });
});

describe("leadership terms", () => {
  it("one leader per cluster and year, a member that year", async () => {
    const year = f.freshYear();
    const input = { clusterId: gid("Cluster", cluster), year, unitId: unit(hp) };
    const term = await succeed(api, "assignClusterLeader", input, "LeadershipTerm", "... on LeadershipTerm { year role unit { code } }");
    expect(term).toMatchObject({ year, role: "LEADER", unit: { code: "CATP-HP" } });
    const hn = await f.unitId("CATP-HN");
    expect(problems((await mutate(api, "assignClusterLeader", { ...input, unitId: unit(hn) })).result)).toEqual(["year: roleTaken"]);
    expect(await succeed(api, "assignClusterLeader", { ...input, unitId: unit(hn), role: "DEPUTY_LEADER" }, "LeadershipTerm")).toBeTruthy();
    const outsider = await f.unit(hp);
    expect(problems((await mutate(api, "assignClusterLeader", { ...input, year: f.freshYear(), unitId: unit(outsider.id) })).result)).toEqual([
      "unitId: notAMember",
    ]);
  });

  it("the handover: from the previous year's leader to a member, at the cluster's conference that day", async () => {
    const [year, next] = [f.freshYear(), f.freshYear()];
    await f.term(cluster, year, hp);
    const ct = await f.unitId("CATP-CT");
    const conference = await db.prisma.event.create({
      data: { kind: "YEAR_END_REVIEW", title: "Hội nghị tổng kết (thử)", date: new Date(`${year}-11-23T00:00:00Z`), clusterId: cluster, hostUnitId: hp, source: "SYNTHETIC_DEMO" },
    });
    const receiver = await f.person();
    const input = {
      clusterId: gid("Cluster", cluster),
      year: next,
      unitId: unit(ct),
      handedOverAt: `${year}-11-23`,
      eventId: gid("Event", conference.id),
      receivedById: gid("Person", receiver.id),
    };
    expect(problems((await mutate(api, "handOverClusterLeadership", { ...input, unitId: unit(hp) })).result)).toEqual(["unitId: sameUnit"]);
    expect(problems((await mutate(api, "handOverClusterLeadership", { ...input, handedOverAt: `${year}-11-24` })).result)).toEqual([
      "handedOverAt: eventOtherDay",
    ]);
    const otherCluster = await f.clusterId(2);
    const elsewhere = await db.prisma.event.update({ where: { id: conference.id }, data: { clusterId: otherCluster } });
    expect(problems((await mutate(api, "handOverClusterLeadership", input)).result)).toEqual(["eventId: eventOtherCluster"]);
    await db.prisma.event.update({ where: { id: elsewhere.id }, data: { clusterId: cluster } });
    expect(problems((await mutate(api, "handOverClusterLeadership", { ...input, year: next + 50, handedOverAt: `${next + 49}-11-23` })).result)).toEqual([
      "year: noTermToHandOver",
    ]);

    const term = await succeed(
      api,
      "handOverClusterLeadership",
      input,
      "LeadershipTerm",
      "... on LeadershipTerm { year unit { code } handedOverAt handedOverAtEvent { title } receivedBy { fullName } }",
    );
    expect(term).toMatchObject({
      year: next,
      unit: { code: "CATP-CT" },
      handedOverAt: `${year}-11-23`,
      handedOverAtEvent: { title: "Hội nghị tổng kết (thử)" },
      receivedBy: { fullName: receiver.fullName },
    });
    expect(problems((await mutate(api, "handOverClusterLeadership", input)).result)).toEqual(["year: roleTaken"]);
  });

  it("a handover happens in the term's year or the year before (the shared schema)", async () => {
    const { result } = await mutate(api, "handOverClusterLeadership", {
      clusterId: gid("Cluster", cluster),
      year: 2040,
      unitId: unit(hp),
      handedOverAt: "2030-01-01",
    });
    expect(problems(result)).toEqual(["handedOverAt: handoverOutsideTerm"]);
  });
});
