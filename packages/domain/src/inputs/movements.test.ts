import { describe, expect, it } from "vitest";
import {
  changePeriodStatusInput,
  createMovementInput,
  createMovementPeriodInput,
  createPledgeInput,
  deletePledgeInput,
  updateMovementInput,
  updatePledgeInput,
} from "./movements.ts";
import { problems } from "./test-support.ts";

describe("movements and periods", () => {
  it("accept the Vì ANTQ movement of the source", () => {
    const movement = { code: "VI_ANTQ", name: "Vì an ninh Tổ quốc", shortName: "Vì ANTQ", nameEn: "For the Fatherland's Security" };
    expect(createMovementInput.parse(movement)).toEqual(movement);
    expect(problems(createMovementInput, { ...movement, code: "Vì ANTQ" })).toEqual(["code: invalid_format"]);
    expect(problems(updateMovementInput, { id: 1, version: 1, shortName: null })).toEqual([]);
  });

  it("open a period for a cluster and year, and change its status by name", () => {
    expect(problems(createMovementPeriodInput, { movementId: 1, clusterId: 1, year: 2023 })).toEqual([]);
    expect(problems(changePeriodStatusInput, { id: 1, version: 4, status: "CLOSED" })).toEqual([]);
    expect(problems(changePeriodStatusInput, { id: 1, version: 4, status: "DONE" })).toEqual(["status: invalid_value"]);
  });
});

describe("pledges", () => {
  it("need a finite target", () => {
    expect(problems(createPledgeInput, { periodId: 1, unitId: 7, indicatorId: 1, target: 85 })).toEqual([]);
    expect(problems(createPledgeInput, { periodId: 1, unitId: 7, indicatorId: 1, target: Number.NaN })).toEqual([
      "target: invalid_type",
    ]);
  });

  it("updates carry the version and change something", () => {
    expect(problems(updatePledgeInput, { id: 3, version: 1, note: "Nâng chỉ tiêu" })).toEqual([]);
    expect(problems(updatePledgeInput, { id: 3, version: 1 })).toEqual([": nothingToChange"]);
    expect(problems(deletePledgeInput, { id: 3, version: 1 })).toEqual([]);
  });
});
