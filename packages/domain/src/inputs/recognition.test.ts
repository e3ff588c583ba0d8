import { describe, expect, it } from "vitest";
import {
  createExemplarInput,
  createInitiativeInput,
  replicateInitiativeInput,
  updateExemplarInput,
  updateInitiativeInput,
} from "./recognition.ts";
import { problems } from "./test-support.ts";

describe("exemplars", () => {
  it("belong to a unit and a year, optionally a person, with a summary kept line by line", () => {
    const exemplar = createExemplarInput.parse({
      year: 2022,
      unitId: 7,
      personId: 4,
      title: "Gương liêm chính",
      summary: "Từ chối nhận hối lộ.\r\nBáo cáo cấp trên.",
    });
    expect(exemplar.summary).toBe("Từ chối nhận hối lộ.\nBáo cáo cấp trên.");
    expect(problems(createExemplarInput, { year: 2022, title: "x" })).toEqual(["unitId: invalid_type"]);
  });

  it("an update carries the version, changes something and cannot blank the title", () => {
    expect(problems(updateExemplarInput, { id: 1, version: 1, summary: null })).toEqual([]);
    expect(problems(updateExemplarInput, { id: 1, version: 1 })).toEqual([": nothingToChange"]);
    expect(problems(updateExemplarInput, { id: 1, version: 1, title: "" })).toEqual(["title: too_small"]);
  });
});

describe("initiatives", () => {
  it("have a description instead of a summary", () => {
    const initiative = { year: 2022, unitId: 7, title: "Mô hình “Camera an ninh”", description: "Nhân rộng toàn thành phố" };
    expect(createInitiativeInput.parse(initiative)).toEqual(initiative);
    expect(createInitiativeInput.parse({ ...initiative, summary: "dropped" })).not.toHaveProperty("summary");
    expect(problems(updateInitiativeInput, { id: 1, version: 1, description: "Mở rộng" })).toEqual([]);
  });

  it("are replicated by another unit from a date", () => {
    expect(problems(replicateInitiativeInput, { initiativeId: 1, unitId: 6, fromDate: "2023-03-01" })).toEqual([]);
    expect(problems(replicateInitiativeInput, { initiativeId: 1, unitId: 6 })).toEqual(["fromDate: invalid_type"]);
  });
});
