import { describe, expect, it } from "vitest";
import {
  approveCommendationInput,
  decideCommendationInput,
  proposeCommendationInput,
  rejectCommendationInput,
  reviewCommendationInput,
  updateCommendationInput,
} from "./commendations.ts";
import { problems } from "./test-support.ts";

describe("proposeCommendationInput", () => {
  it("the source's proposal: no kind named, for each member unit of cluster 1", () => {
    const proposal = { year: 2022, periodId: 1, clusterId: 1, recipientScope: "each member unit of cluster 1", proposedAt: "2022-11-23" };
    expect(proposeCommendationInput.parse(proposal)).toEqual({ ...proposal, kind: "UNSPECIFIED" });
  });

  it("names exactly one recipient: a unit, a person or a scope", () => {
    const base = { kind: "CERTIFICATE_OF_MERIT", level: "MINISTRY", year: 2022, proposedAt: "2022-11-23" };
    expect(problems(proposeCommendationInput, { ...base, recipientUnitId: 7 })).toEqual([]);
    expect(problems(proposeCommendationInput, { ...base, recipientPersonId: 2 })).toEqual([]);
    expect(problems(proposeCommendationInput, base)).toEqual(["recipientUnitId: exactlyOne"]);
    expect(problems(proposeCommendationInput, { ...base, recipientUnitId: 7, recipientPersonId: 2 })).toEqual([
      "recipientUnitId: exactlyOne",
    ]);
  });

  it("an edit changes something", () => {
    expect(problems(updateCommendationInput, { id: 1, version: 1, kind: "EMULATION_FLAG" })).toEqual([]);
    expect(problems(updateCommendationInput, { id: 1, version: 1 })).toEqual([": nothingToChange"]);
  });
});

describe("workflow steps", () => {
  it("review and approve take an optional note", () => {
    expect(problems(reviewCommendationInput, { id: 1, version: 1 })).toEqual([]);
    expect(problems(approveCommendationInput, { id: 1, version: 2, note: "Đủ điều kiện" })).toEqual([]);
    expect(problems(approveCommendationInput, { id: 1 })).toEqual(["version: invalid_type"]);
  });

  it("a rejection gives its reason", () => {
    expect(problems(rejectCommendationInput, { id: 1, version: 2, note: "Chưa đủ thành tích" })).toEqual([]);
    expect(problems(rejectCommendationInput, { id: 1, version: 2, note: "  " })).toEqual(["note: too_small"]);
  });

  it("a decision has its number and a real date, and settles a real kind", () => {
    const decision = { id: 1, version: 3, decisionNumber: "8812/QĐ-BCA", decisionDate: "2023-01-12", kind: "EMULATION_FLAG" };
    expect(decideCommendationInput.parse(decision)).toEqual(decision);
    expect(problems(decideCommendationInput, { ...decision, kind: "UNSPECIFIED" })).toEqual(["kind: invalid_value"]);
    expect(problems(decideCommendationInput, { ...decision, decisionNumber: "", decisionDate: "2023-02-31" }).sort()).toEqual([
      "decisionDate: invalid_format",
      "decisionNumber: too_small",
    ]);
  });
});
