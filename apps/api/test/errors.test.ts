// Expected failures are typed results or null lookups; malformed arguments are GraphQL errors with
// their reason; anything unexpected is masked.
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededTestDatabase, testApi } from "./support.js";

let db: TestDatabase;
let api: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await seededTestDatabase();
  api = testApi(db);
});
afterAll(() => db?.dispose());

const VALUE = `query ($indicator: String!, $cluster: Int, $unit: String, $year: Int!) {
  indicatorValue(indicator: $indicator, clusterNumber: $cluster, unitCode: $unit, year: $year) {
    __typename
    ... on Error { message }
    ... on NotFoundError { entity key }
    ... on IndicatorValue { value }
  }
}`;

describe("lookups by key", () => {
  it("return null for an unknown unit, cluster, person, event or indicator", async () => {
    const data = await api.data(`{
      unit(code: "NO-SUCH-UNIT") { code }
      cluster(number: 999) { name }
      person(key: "no-such-person") { fullName }
      event(key: "no-such-event") { title }
      indicator(code: "NO_SUCH_INDICATOR") { name }
    }`);
    expect(data).toEqual({ unit: null, cluster: null, person: null, event: null, indicator: null });
  });

  it("say so in the schema", async () => {
    const { __type } = await api.data(`{ __type(name: "Query") { fields { name description } } }`);
    const unit = __type.fields.find((field: { name: string }) => field.name === "unit");
    expect(unit.description).toMatch(/null when there is none/);
  });

  it("refetch a unit through node(id:) and give null for an id of nothing", async () => {
    const { unit } = await api.data(`{ unit(code: "CATP-HP") { id } }`);
    const { node } = await api.data(`query ($id: ID!) { node(id: $id) { ... on Unit { code } } }`, { id: unit.id });
    expect(node).toEqual({ code: "CATP-HP" });
    const missing = Buffer.from("Unit:99999999").toString("base64");
    expect(await api.data(`query ($id: ID!) { node(id: $id) { id } }`, { id: missing })).toEqual({ node: null });
  });
});

describe("indicatorValue", () => {
  it.each([
    { args: { indicator: "NO_SUCH_INDICATOR", cluster: 1 }, entity: "Indicator", key: "NO_SUCH_INDICATOR" },
    { args: { indicator: "CASE_CLEARANCE_RATE", cluster: 999 }, entity: "Cluster", key: "999" },
    { args: { indicator: "CASE_CLEARANCE_RATE", unit: "NO-SUCH-UNIT" }, entity: "Unit", key: "NO-SUCH-UNIT" },
  ])("is a NotFoundError for an unknown $entity", async ({ args, entity, key }) => {
    const { indicatorValue } = await api.data(VALUE, { ...args, year: 2022 });
    expect(indicatorValue).toEqual({ __typename: "NotFoundError", entity, key, message: `No ${entity} with key "${key}"` });
  });

  it.each([{}, { cluster: 1, unit: "CATP-HP" }])("wants exactly one scope (%o)", async (scope) => {
    const result = await api.graphql(VALUE, { indicator: "CASE_CLEARANCE_RATE", year: 2022, ...scope });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/exactly one of clusterNumber and unitCode/);
  });
});

describe("arguments", () => {
  it("reject a day that does not exist", async () => {
    const result = await api.graphql(`{ person(key: "vu-thanh-chuong") { rank(asOf: "2022-02-30") } }`);
    expect(result.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});

describe("unexpected failures", () => {
  it("are masked: no SQL, driver or database detail reaches the client", async () => {
    const spare = await seededTestDatabase();
    const { graphql, yoga, authHeaders } = testApi(spare);
    const session = await authHeaders();
    await spare.dispose();
    const response = await yoga.fetch("http://api.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "test-masked-1", ...session },
      body: JSON.stringify({ query: "{ units(first: 1) { totalCount } }" }),
    });
    expect(response.headers.get("x-request-id")).toBe("test-masked-1");
    const text = await response.text();
    expect(JSON.parse(text).errors).toEqual([expect.objectContaining({ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } })]);
    expect(text).not.toMatch(/prisma|pglite|postgres|select|stack/i);
    // and the typed path does not swallow them either
    const typed = await graphql(VALUE, { indicator: "CASE_CLEARANCE_RATE", cluster: 1, year: 2022 });
    expect(typed.errors?.[0]?.message).toBe("Unexpected error.");
  });
});
