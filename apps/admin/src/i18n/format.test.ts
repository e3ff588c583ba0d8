import { describe, expect, it } from "vitest";
import { formatChange, formatDate, formatInteger, formatMeasure, formatMonth, formatPercent } from "./format.ts";

describe("formatPercent", () => {
  it("writes Vietnamese rates with a decimal comma and a no-break space before the sign", () => {
    expect(formatPercent(81.7, "vi")).toBe("81,7\u00a0%");
    expect(formatPercent(100, "vi")).toBe("100,0\u00a0%");
  });

  it("writes English rates with a decimal point and the sign attached", () => {
    expect(formatPercent(81.7, "en")).toBe("81.7%");
    expect(formatPercent(5.04, "en")).toBe("5.0%");
  });

  it("rounds an exact ratio to one decimal", () => {
    expect(formatPercent((100 * 1234) / 1510, "vi")).toBe("81,7\u00a0%");
  });
});

describe("formatInteger", () => {
  it("groups thousands the way each language does", () => {
    expect(formatInteger(12345, "vi")).toBe("12.345");
    expect(formatInteger(12345, "en")).toBe("12,345");
  });
});

describe("formatDate", () => {
  it("writes the calendar day without shifting it by time zone", () => {
    expect(formatDate("2022-11-23", "vi")).toBe("23/11/2022");
    expect(formatDate("2022-11-23", "en")).toBe("23 Nov 2022");
    expect(formatDate("2022-01-01T00:00:00.000Z", "vi")).toBe("01/01/2022");
  });
});

describe("formatMeasure", () => {
  it("writes each kind of indicator as it reads", () => {
    expect(formatMeasure(81.7, "PERCENT", "vi")).toBe("81,7\u00a0%");
    expect(formatMeasure(6095, "COUNT", "vi")).toBe("6.095");
    expect(formatMeasure(33050.46, "MONEY", "vi")).toBe("33.050,5");
    expect(formatMeasure(91.4, "SCORE", "en")).toBe("91.4");
  });
});

describe("formatChange", () => {
  it("signs a rate's change in percentage points and any other in percent, with a true minus", () => {
    expect(formatChange(0.31, "points", "vi")).toBe("+0,3\u00a0điểm\u00a0%");
    expect(formatChange(0.31, "points", "en")).toBe("+0.3\u00a0pts");
    expect(formatChange(-5.24, "percent", "vi")).toBe("\u22125,2\u00a0%");
    expect(formatChange(-5.24, "percent", "en")).toBe("\u22125.2%");
    expect(formatChange(0.04, "percent", "en")).toBe("±0.0%");
  });
});

describe("formatMonth", () => {
  it("names a month from its first day", () => {
    expect(formatMonth("2022-03-01", "vi")).toBe("Tháng 3");
    expect(formatMonth("2022-03-01", "en")).toBe("Mar");
  });
});
