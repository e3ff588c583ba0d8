import { describe, expect, it } from "vitest";
import { firstDifference } from "./named-query.js";

describe("firstDifference", () => {
  it("accepts equal answers, whatever the order of object keys, and floats added in another order", () => {
    expect(firstDifference({ a: 1, b: [{ c: "x", d: null }] }, { b: [{ d: null, c: "x" }], a: 1 })).toBeNull();
    expect(firstDifference(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1)).toBeNull();
  });

  it("names the path and both values of the first difference", () => {
    expect(firstDifference({ rows: [{ value: 81.7 }, { value: 80 }] }, { rows: [{ value: 81.7 }, { value: 80.5 }] })).toBe(
      "answer.rows[1].value: API 80, SQL 80.5",
    );
    expect(firstDifference({ rows: [1, 2] }, { rows: [1, 2, 3] })).toBe("answer.rows: API has 2 items, SQL 3");
    expect(firstDifference({ rank: null }, { rank: 1 })).toBe("answer.rank: API null, SQL 1");
    expect(firstDifference({ a: 1 }, { a: 1, b: 2 })).toBe("answer.b: API undefined, SQL 2");
  });

  it("does not take a number for its text, nor a float off by more than the tolerance", () => {
    expect(firstDifference({ count: 3 }, { count: "3" })).toBe('answer.count: API 3, SQL "3"');
    expect(firstDifference(100, 100.001)).not.toBeNull();
  });
});
