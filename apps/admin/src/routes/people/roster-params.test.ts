import { describe, expect, it } from "vitest";
import { activeFilterCount, orderByOf, personFilterOf, readRosterView, withRosterParams } from "./roster-params.ts";

describe("the roster's view in the address", () => {
  it("reads every filter the API offers, and builds the PersonFilter it stands for", () => {
    const view = readRosterView(
      new URLSearchParams("search=tran van&unit=CATP-HP&cluster=1&rankFrom=THIEU_TA&rankTo=DAI_TA&post=giam doc&asOf=2022-11-23&sort=-name"),
    );
    expect(view).toEqual({
      search: "tran van",
      unit: "CATP-HP",
      cluster: 1,
      rankFrom: "THIEU_TA",
      rankTo: "DAI_TA",
      post: "giam doc",
      asOf: "2022-11-23",
      sort: { field: "FULL_NAME", direction: "DESC" },
    });
    expect(personFilterOf(view)).toEqual({
      and: [
        { unit: { within: { code: { eq: "CATP-HP" } } } },
        { unit: { within: { cluster: { number: { eq: 1 } } } } },
        { rank: { gte: "THIEU_TA", lte: "DAI_TA" } },
        { post: { title: { contains: "giam doc" } } },
      ],
    });
    expect(orderByOf(view)).toEqual([{ field: "FULL_NAME", direction: "DESC" }]);
    expect(activeFilterCount(view)).toBe(6);
  });

  it("leaves out what is malformed instead of failing the page", () => {
    const view = readRosterView(new URLSearchParams("rankFrom=GENERAL&cluster=-3&asOf=23/11/2022&unit=%20%20"));
    expect(view).toMatchObject({ rankFrom: null, cluster: null, asOf: null, unit: null, sort: { direction: "ASC" } });
    expect(personFilterOf(view)).toBeNull();
  });

  it("a single condition is sent as it is; an open-ended rank range has one bound", () => {
    expect(personFilterOf(readRosterView(new URLSearchParams("rankTo=DAI_UY")))).toEqual({ rank: { lte: "DAI_UY" } });
  });

  it("changes one parameter and keeps the others (the open person included)", () => {
    const next = withRosterParams(new URLSearchParams("unit=CATP-HP&person=UGVyc29uOjE="), { unit: "CATP-CT", post: "pho", asOf: null });
    expect(Object.fromEntries(next)).toEqual({ unit: "CATP-CT", person: "UGVyc29uOjE=", post: "pho" });
  });
});
