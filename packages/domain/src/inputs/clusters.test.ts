import { describe, expect, it } from "vitest";
import {
  addClusterMemberInput,
  assignLeadershipTermInput,
  createClusterInput,
  handOverLeadershipInput,
  updateClusterInput,
} from "./clusters.ts";
import { problems } from "./test-support.ts";

describe("clusters", () => {
  it("create defaults the kind to CLUSTER", () => {
    expect(
      createClusterInput.parse({ number: 1, name: "Cụm thi đua số 1 – Bộ Công an", nameEn: "Emulation Cluster No. 1" }),
    ).toMatchObject({ number: 1, kind: "CLUSTER" });
    expect(problems(createClusterInput, { number: 0, name: "x", nameEn: "x" })).toEqual(["number: too_small"]);
  });

  it("update needs a change", () => {
    expect(problems(updateClusterInput, { id: 1, version: 1, kind: "BLOC" })).toEqual([]);
    expect(problems(updateClusterInput, { id: 1, version: 1 })).toEqual([": nothingToChange"]);
  });
});

describe("memberships", () => {
  it("run from a year to a later one, or open-ended", () => {
    expect(problems(addClusterMemberInput, { clusterId: 1, unitId: 7, fromYear: 2022 })).toEqual([]);
    expect(problems(addClusterMemberInput, { clusterId: 1, unitId: 7, fromYear: 2022, toYear: 2022 })).toEqual([]);
    expect(problems(addClusterMemberInput, { clusterId: 1, unitId: 7, fromYear: 2022, toYear: 2021 })).toEqual([
      "toYear: endsBeforeStart",
    ]);
  });
});

describe("leadership", () => {
  it("a term defaults to the leader role", () => {
    expect(assignLeadershipTermInput.parse({ clusterId: 1, year: 2022, unitId: 7 }).role).toBe("LEADER");
    expect(problems(assignLeadershipTermInput, { clusterId: 1, year: 2022, unitId: 7, role: "CHAIR" })).toEqual([
      "role: invalid_value",
    ]);
  });

  it("the 2022 handover: Hải Phòng to Cần Thơ for 2023, at the review conference", () => {
    const handover = { clusterId: 1, year: 2023, unitId: 6, handedOverAt: "2022-11-23", eventId: 1, receivedById: 6 };
    expect(handOverLeadershipInput.parse(handover)).toEqual({ ...handover, role: "LEADER" });
  });

  it("a handover happens in the term's year or the year before", () => {
    const handover = { clusterId: 1, year: 2023, unitId: 6 };
    expect(problems(handOverLeadershipInput, { ...handover, handedOverAt: "2023-01-05" })).toEqual([]);
    expect(problems(handOverLeadershipInput, { ...handover, handedOverAt: "2021-11-23" })).toEqual([
      "handedOverAt: handoverOutsideTerm",
    ]);
    expect(problems(handOverLeadershipInput, { ...handover, handedOverAt: "2024-01-01" })).toEqual([
      "handedOverAt: handoverOutsideTerm",
    ]);
    expect(problems(handOverLeadershipInput, { ...handover, handedOverAt: "2022-11-31" })).toEqual([
      "handedOverAt: invalid_format",
    ]);
  });
});
