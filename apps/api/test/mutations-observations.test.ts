// Observations, pledges and periods: rates carry their parts, corrections keep the previous value,
// a CLOSED period is read-only, and a period only moves forward.
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

describe("recordObservation", () => {
  it("records a rate with its parts, once per period, reported by the caller", async () => {
    const division = await f.unit(hp);
    const rate = await f.indicator({ rate: true });
    const input = {
      indicatorId: gid("Indicator", rate.id),
      unitId: unit(division.id),
      granularity: "QUARTER",
      periodStart: "2024-04-01",
      value: 81.7,
      numerator: 817,
      denominator: 1000,
    };
    const recorded = await succeed(api, "recordObservation", input, "Observation", "... on Observation { value numerator denominator year source version }");
    expect(recorded).toMatchObject({ value: 81.7, numerator: 817, denominator: 1000, year: 2024, source: "REPORTED", version: 1 });
    const row = await db.prisma.observation.findFirstOrThrow({ where: { unitId: division.id }, include: { reportedBy: true } });
    expect(row.reportedBy?.role).toBe("ADMIN");
    expect(problems((await mutate(api, "recordObservation", input)).result)).toEqual(["periodStart: alreadyRecorded"]);
  });

  it("refuses a numerator above its denominator, parts that disagree with the value, and a misaligned period", async () => {
    const division = await f.unit(hp);
    const rate = await f.indicator({ rate: true });
    const base = { indicatorId: gid("Indicator", rate.id), unitId: unit(division.id), granularity: "MONTH", periodStart: "2024-05-01" };
    expect(problems((await mutate(api, "recordObservation", { ...base, value: 120, numerator: 12, denominator: 10 })).result)).toEqual([
      "numerator: numeratorAboveDenominator",
    ]);
    expect(problems((await mutate(api, "recordObservation", { ...base, value: 50, numerator: 8, denominator: 10 })).result)).toEqual([
      "value: rateMismatch",
    ]);
    expect(problems((await mutate(api, "recordObservation", { ...base, periodStart: "2024-05-02", value: 80, numerator: 8, denominator: 10 })).result)).toEqual([
      "periodStart: periodStartAligned",
    ]);
  });

  it("a rate needs its parts; a count has none", async () => {
    const division = await f.unit(hp);
    const [rate, count] = [await f.indicator({ rate: true }), await f.indicator()];
    const base = { unitId: unit(division.id), granularity: "MONTH", periodStart: "2024-05-01" };
    expect(problems((await mutate(api, "recordObservation", { ...base, indicatorId: gid("Indicator", rate.id), value: 80 })).result)).toEqual([
      "numerator: rateParts",
    ]);
    const counted = { ...base, indicatorId: gid("Indicator", count.id), value: 80, numerator: 8, denominator: 10 };
    expect(problems((await mutate(api, "recordObservation", counted)).result)).toEqual(["numerator: notARate"]);
  });

  it("is refused in a CLOSED period (2021 of cluster 1), for the city and its divisions", async () => {
    const count = await f.indicator();
    for (const target of [hp, (await f.unit(hp)).id]) {
      const { result } = await mutate(api, "recordObservation", {
        indicatorId: gid("Indicator", count.id),
        unitId: unit(target),
        granularity: "YEAR",
        periodStart: "2021-01-01",
        value: 5,
      });
      expect(result).toMatchObject({ __typename: "ForbiddenError", reason: "periodClosed" });
    }
    expect(await db.prisma.observation.count({ where: { indicatorId: count.id } })).toBe(0);
  });
});

describe("correctObservation", () => {
  it("keeps the replaced value, with the reason, in the observation's revisions", async () => {
    const count = await f.indicator();
    const observation = await f.observation(hp, count.id, "2024-03-01");
    const id = gid("Observation", observation.id);
    await succeed(api, "correctObservation", { id, version: 1, value: 12, reason: "Số liệu bổ sung" }, "Observation");
    const corrected = await succeed(
      api,
      "correctObservation",
      { id, version: 2, value: 13, source: "IMPORTED", reason: "Đối chiếu lần hai" },
      "Observation",
      "... on Observation { value source version revisions { version value source reason } }",
    );
    expect(corrected).toMatchObject({
      value: 13,
      source: "IMPORTED",
      version: 3,
      revisions: [
        { version: 2, value: 12, source: "SYNTHETIC_DEMO", reason: "Đối chiếu lần hai" },
        { version: 1, value: 10, source: "SYNTHETIC_DEMO", reason: "Số liệu bổ sung" },
      ],
    });
    const stale = await mutate(api, "correctObservation", { id, version: 2, value: 14, reason: "Muộn" });
    expect(stale.result).toMatchObject({ __typename: "ConflictError", currentVersion: 3, current: { value: 13 } });
    expect(await db.prisma.observationRevision.count({ where: { observationId: observation.id } })).toBe(2);
  });

  it("needs a reason, and is refused in a CLOSED period", async () => {
    const count = await f.indicator();
    const open = await f.observation(hp, count.id, "2024-03-01");
    expect(problems((await mutate(api, "correctObservation", { id: gid("Observation", open.id), version: 1, value: 1, reason: " " })).result)).toEqual([
      "reason: too_small",
    ]);
    const closed = await f.observation(hp, count.id, "2020-03-01");
    const { result } = await mutate(api, "correctObservation", { id: gid("Observation", closed.id), version: 1, value: 1, reason: "Sửa" });
    expect(result).toMatchObject({ __typename: "ForbiddenError", reason: "periodClosed" });
    expect((await db.prisma.observation.findUniqueOrThrow({ where: { id: closed.id } })).value).toBe(10);
  });
});

describe("changePeriodStatus", () => {
  it("moves forward one step at a time; a CLOSED period closes its records", async () => {
    const period = await f.period(cluster, "REVIEWING");
    const id = gid("Period", period.id);
    expect(problems((await mutate(api, "changePeriodStatus", { id, version: 1, status: "ACTIVE" })).result)).toEqual(["status: illegalStatusChange"]);
    expect(await succeed(api, "changePeriodStatus", { id, version: 1, status: "CLOSED" }, "Period", "... on Period { status version }")).toMatchObject({
      status: "CLOSED",
      version: 2,
    });
    expect(problems((await mutate(api, "changePeriodStatus", { id, version: 2, status: "PLANNED" })).result)).toEqual(["status: illegalStatusChange"]);
    const event = await mutate(api, "createEvent", { kind: "MEETING", title: "Họp", date: "2024-05-01", periodId: id });
    expect(event.result).toMatchObject({ __typename: "ForbiddenError", reason: "periodClosed" });
  });
});

describe("setPledge", () => {
  it("creates the pledge, then changes it naming the version read", async () => {
    const indicator = await f.indicator();
    const input = { periodId: gid("Period", await f.periodId(1, 2024)), unitId: unit(hp), indicatorId: gid("Indicator", indicator.id), target: 120 };
    const created = await succeed(api, "setPledge", input, "Pledge", "... on Pledge { target version unit { code } }");
    expect(created).toMatchObject({ target: 120, version: 1, unit: { code: "CATP-HP" } });
    // a client that saw no pledge conflicts with the one there is
    expect((await mutate(api, "setPledge", { ...input, target: 130 })).result).toMatchObject({ __typename: "ConflictError", currentVersion: 1 });
    expect(await succeed(api, "setPledge", { ...input, target: 130, version: 1 }, "Pledge", "... on Pledge { target version }")).toMatchObject({
      target: 130,
      version: 2,
    });
    expect(await db.prisma.pledge.count({ where: { indicatorId: indicator.id } })).toBe(1);
  });

  it("only by a member of the period's cluster that year, and never in a CLOSED period", async () => {
    const indicator = gid("Indicator", (await f.indicator()).id);
    const outsider = await f.unitId("CAT-QNI");
    const open = gid("Period", await f.periodId(1, 2024));
    expect(problems((await mutate(api, "setPledge", { periodId: open, unitId: unit(outsider), indicatorId: indicator, target: 1 })).result)).toEqual([
      "unitId: notAMember",
    ]);
    const closed = gid("Period", await f.periodId(1, 2021));
    const { result } = await mutate(api, "setPledge", { periodId: closed, unitId: unit(hp), indicatorId: indicator, target: 1 });
    expect(result).toMatchObject({ __typename: "ForbiddenError", reason: "periodClosed" });
  });
});
