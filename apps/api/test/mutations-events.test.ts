// Events and participants, commendations through their workflow, exemplars and initiatives.
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

describe("events", () => {
  it("creates an event in its cluster's open period; refuses another cluster's period and a taken key", async () => {
    const key = `hop-thu-${Date.now()}`;
    const input = {
      key,
      kind: "YEAR_END_REVIEW",
      title: "Hội nghị tổng kết năm 2024",
      date: "2024-11-20",
      clusterId: gid("Cluster", cluster),
      periodId: gid("Period", await f.periodId(1, 2024)),
      hostUnitId: unit(hp),
      outcomes: ["  Thống nhất đề nghị khen thưởng\n"],
    };
    const created = await succeed(api, "createEvent", input, "Event", "... on Event { eventKey: key outcomes hostUnit { code } version }");
    expect(created).toMatchObject({ eventKey: key, outcomes: ["Thống nhất đề nghị khen thưởng"], hostUnit: { code: "CATP-HP" }, version: 1 });
    expect(problems((await mutate(api, "createEvent", input)).result)).toEqual(["key: keyTaken"]);
    const otherCluster = gid("Period", await f.periodId(2, 2024));
    expect(problems((await mutate(api, "createEvent", { ...input, key: null, periodId: otherCluster })).result)).toEqual(["periodId: periodOtherCluster"]);
  });

  it("edits an event; an event of a CLOSED period is read-only", async () => {
    const event = await f.event(hp);
    const edited = await succeed(api, "updateEvent", { id: gid("Event", event.id), version: 1, title: "Họp (sửa)", timeOfDay: "" }, "Event", "... on Event { title timeOfDay version }");
    expect(edited).toMatchObject({ title: "Họp (sửa)", timeOfDay: null, version: 2 });
    const closed = await f.event(hp, { clusterId: cluster, periodId: await f.periodId(1, 2021) });
    const { result } = await mutate(api, "updateEvent", { id: gid("Event", closed.id), version: 1, title: "Sửa muộn" });
    expect(result).toMatchObject({ __typename: "ForbiddenError", reason: "periodClosed" });
  });

  it("adds a participant once per role, and removes one naming its version", async () => {
    const [event, someone] = [await f.event(hp), await f.person()];
    const input = { eventId: gid("Event", event.id), personId: gid("Person", someone.id), role: "SPEAKS", titleAtEvent: "Trưởng phòng", rankAtEvent: "THUONG_TA" };
    const added = await succeed(api, "addEventParticipant", input, "EventParticipant", "... on EventParticipant { id version titleAtEvent }");
    expect(problems((await mutate(api, "addEventParticipant", input)).result)).toEqual(["role: alreadyParticipant"]);
    await succeed(api, "addEventParticipant", { ...input, role: "ATTENDS" }, "EventParticipant");
    const stale = await mutate(api, "removeEventParticipant", { id: added.id, version: 2 });
    expect(stale.result).toMatchObject({ __typename: "ConflictError", currentVersion: 1 });
    const after = await succeed(api, "removeEventParticipant", { id: added.id, version: 1 }, "Event", "... on Event { participants { role } }");
    expect(after.participants).toEqual([{ role: "ATTENDS" }]);
    const gone = await mutate(api, "removeEventParticipant", { id: added.id, version: 1 });
    expect(gone.result).toMatchObject({ __typename: "NotFoundError", entity: "EventParticipant" });
  });

  it("participants of an event in a CLOSED period stay as they are", async () => {
    const closed = await f.event(hp, { clusterId: cluster, periodId: await f.periodId(1, 2020) });
    const { result } = await mutate(api, "addEventParticipant", { eventId: gid("Event", closed.id), personId: gid("Person", (await f.person()).id), role: "ATTENDS" });
    expect(result).toMatchObject({ __typename: "ForbiddenError", reason: "periodClosed" });
  });
});

describe("commendations", () => {
  const selection = "... on Commendation { status kind decisionNumber decisionDate version transitions { fromStatus toStatus note } }";

  it("go proposed → reviewed → approved → decided, one transition row per step", async () => {
    const proposal = { year: 2024, recipientUnitId: unit(hp), proposedAt: "2024-11-20", note: "Đề nghị tại hội nghị" };
    const proposed = await succeed(api, "proposeCommendation", proposal, "Commendation", `... on Commendation { id } ${selection}`);
    expect(proposed).toMatchObject({ status: "PROPOSED", kind: "UNSPECIFIED", transitions: [{ fromStatus: null, toStatus: "PROPOSED" }] });
    const id = proposed.id;
    expect(problems((await mutate(api, "approveCommendation", { id, version: 1 })).result)).toEqual([": illegalTransition"]);
    await succeed(api, "reviewCommendation", { id, version: 1 }, "Commendation");
    await succeed(api, "approveCommendation", { id, version: 2, note: "Đủ điều kiện" }, "Commendation");
    const decision = { id, version: 3, decisionNumber: "8812/QĐ-BCA", decisionDate: "2025-01-12" };
    expect(problems((await mutate(api, "decideCommendation", decision)).result)).toEqual(["kind: kindRequired"]);
    expect(problems((await mutate(api, "decideCommendation", { ...decision, kind: "EMULATION_FLAG", decisionDate: "2024-01-01" })).result)).toEqual([
      "decisionDate: decisionBeforeProposal",
    ]);
    const decided = await succeed(api, "decideCommendation", { ...decision, kind: "EMULATION_FLAG" }, "Commendation", selection);
    expect(decided).toMatchObject({
      status: "DECIDED",
      kind: "EMULATION_FLAG",
      decisionNumber: "8812/QĐ-BCA",
      decisionDate: "2025-01-12",
      version: 4,
      transitions: [
        { fromStatus: null, toStatus: "PROPOSED", note: "Đề nghị tại hội nghị" },
        { fromStatus: "PROPOSED", toStatus: "REVIEWED", note: null },
        { fromStatus: "REVIEWED", toStatus: "APPROVED", note: "Đủ điều kiện" },
        { fromStatus: "APPROVED", toStatus: "DECIDED", note: null },
      ],
    });
    expect(problems((await mutate(api, "rejectCommendation", { id, version: 4, note: "Muộn" })).result)).toEqual([": illegalTransition"]);
  });

  it("a rejection says why, and is final", async () => {
    const reviewed = await f.commendation(hp, "REVIEWED");
    const id = gid("Commendation", reviewed.id);
    expect(problems((await mutate(api, "rejectCommendation", { id, version: 1, note: "  " })).result)).toEqual(["note: too_small"]);
    expect(await succeed(api, "rejectCommendation", { id, version: 1, note: "Chưa đủ thành tích" }, "Commendation", selection)).toMatchObject({
      status: "REJECTED",
      transitions: [{ fromStatus: "REVIEWED", toStatus: "REJECTED", note: "Chưa đủ thành tích" }],
    });
    expect(problems((await mutate(api, "approveCommendation", { id, version: 2 })).result)).toEqual([": illegalTransition"]);
  });

  it("a proposal names exactly one recipient, and not in a CLOSED period", async () => {
    const base = { year: 2024, proposedAt: "2024-11-20" };
    expect(problems((await mutate(api, "proposeCommendation", base)).result)).toEqual(["recipientUnitId: exactlyOne"]);
    const closed = await mutate(api, "proposeCommendation", { ...base, year: 2021, recipientUnitId: unit(hp), periodId: gid("Period", await f.periodId(1, 2021)) });
    expect(closed.result).toMatchObject({ __typename: "ForbiddenError", reason: "periodClosed" });
  });
});

describe("exemplars and initiatives", () => {
  it("are recorded in a period of their year, and edited naming the version", async () => {
    const period = gid("Period", await f.periodId(1, 2024));
    const exemplar = await succeed(api, "createExemplar", { year: 2024, periodId: period, unitId: unit(hp), title: "Từ chối hối lộ" }, "Exemplar", "... on Exemplar { id version }");
    expect(problems((await mutate(api, "createExemplar", { year: 2023, periodId: period, unitId: unit(hp), title: "Sai năm" })).result)).toEqual([
      "periodId: periodOtherYear",
    ]);
    const edited = await succeed(api, "updateExemplar", { id: exemplar.id, version: 1, summary: "Kiên quyết từ chối" }, "Exemplar", "... on Exemplar { summary version }");
    expect(edited).toMatchObject({ summary: "Kiên quyết từ chối", version: 2 });
    const initiative = await succeed(api, "createInitiative", { year: 2024, unitId: unit(hp), title: "Camera an ninh khu dân cư" }, "Initiative", "... on Initiative { id version }");
    expect(await succeed(api, "updateInitiative", { id: initiative.id, version: 1, description: "Mô hình tự quản" }, "Initiative", "... on Initiative { version }")).toMatchObject({
      version: 2,
    });
  });

  it("an initiative is taken up by other units, once each", async () => {
    const initiative = await f.initiative(hp);
    const input = { initiativeId: gid("Initiative", initiative.id), unitId: unit(await f.unitId("CATP-DN")), fromDate: "2024-09-01" };
    const replicated = await succeed(api, "replicateInitiative", input, "Initiative", "... on Initiative { version replications { unit { code } fromDate } }");
    expect(replicated).toMatchObject({ version: 2, replications: [{ unit: { code: "CATP-DN" }, fromDate: "2024-09-01" }] });
    expect(problems((await mutate(api, "replicateInitiative", input)).result)).toEqual(["unitId: alreadyReplicated"]);
    expect(problems((await mutate(api, "replicateInitiative", { ...input, unitId: unit(hp) })).result)).toEqual(["unitId: ownInitiative"]);
  });

  it("are read-only in a CLOSED period", async () => {
    const { result } = await mutate(api, "createInitiative", { year: 2021, periodId: gid("Period", await f.periodId(1, 2021)), unitId: unit(hp), title: "Muộn" });
    expect(result).toMatchObject({ __typename: "ForbiddenError", reason: "periodClosed" });
  });
});
