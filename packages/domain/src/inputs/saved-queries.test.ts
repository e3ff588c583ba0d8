import { describe, expect, it } from "vitest";
import { createSavedQueryInput, updateSavedQueryInput } from "./saved-queries.ts";
import { problems } from "./test-support.ts";

const query = "query Clearance($year: Int!) { clusters { number } }";

describe("saved queries", () => {
  it("are private unless shared, and keep their variables", () => {
    const saved = createSavedQueryInput.parse({ name: " Tỷ lệ  khám phá án ", query, variables: { year: 2022 } });
    expect(saved).toEqual({ name: "Tỷ lệ khám phá án", query, variables: { year: 2022 }, shared: false });
  });

  it("need a name and a query", () => {
    expect(problems(createSavedQueryInput, { name: "", query: "  " }).sort()).toEqual(["name: too_small", "query: too_small"]);
    expect(problems(createSavedQueryInput, { name: "x", query, variables: [2022] })).toEqual(["variables: invalid_type"]);
  });

  it("an update carries the version and changes something", () => {
    expect(problems(updateSavedQueryInput, { id: 1, version: 1, shared: true })).toEqual([]);
    expect(problems(updateSavedQueryInput, { id: 1, version: 1 })).toEqual([": nothingToChange"]);
  });
});
