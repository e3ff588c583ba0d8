import { describe, expect, it } from "vitest";
import { formatDate, formatInteger, formatPercent } from "./format.ts";

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
