// The endpoint's limits, each at n (passes) and n + 1 (refused, with a message and a code that
// say which limit), and its other defences: CSRF, batching, anonymous introspection and
// suggestions, security headers.
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSRF_HEADER, LIMITS } from "../src/hardening/limits.js";
import { type GraphQLResponse, seededTestDatabase, testApi } from "./support.js";

let db: TestDatabase;
let analyst: ReturnType<typeof testApi>;
let anonymous: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await seededTestDatabase();
  analyst = testApi(db, { as: "ANALYST" });
  anonymous = testApi(db, { as: null });
});
afterAll(() => db?.dispose());

/** A POST as the analyst, with whatever body and headers the test gives. */
async function post(body: BodyInit, headers: Record<string, string> = {}, api = analyst) {
  const response = await api.yoga.fetch("http://api.test/graphql", {
    method: "POST",
    // the GraphQL-over-HTTP media type: a refused request is a 4xx, not a 200 with errors
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...(await api.authHeaders()), ...headers },
    body,
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse };
}

const query = (text: string, variables?: Record<string, unknown>) => post(JSON.stringify({ query: text, variables }));

/** n passes; n + 1 is refused with the limit's code and a message naming the limit. */
async function expectLimit(code: string, limit: number, atLimit: () => Promise<{ body: GraphQLResponse }>, overLimit: () => Promise<{ status: number; body: GraphQLResponse }>) {
  const passed = await atLimit();
  expect(passed.body.errors).toBeUndefined();
  expect(passed.body.data).toBeDefined();
  const refused = await overLimit();
  expect(refused.status).toBe(400);
  expect(refused.body.data).toBeUndefined();
  expect(refused.body.errors).toHaveLength(1);
  expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code, limit });
  expect(refused.body.errors?.[0]?.message).toContain(`limit of ${limit} exceeded`);
  return refused.body.errors![0]!;
}

describe("limits", () => {
  it(`depth: ${LIMITS.depth} levels pass, ${LIMITS.depth + 1} are refused`, async () => {
    // { unit { code } } is two levels; each parent adds one
    const nested = (depth: number) => `{ unit(code: "CATP-HP") { ${"parent { ".repeat(depth - 2)}code${" }".repeat(depth - 2)} } }`;
    const error = await expectLimit(
      "DEPTH_LIMIT_EXCEEDED",
      LIMITS.depth,
      () => query(nested(LIMITS.depth)),
      () => query(nested(LIMITS.depth + 1)),
    );
    expect(error.message).toBe(`Query depth limit of ${LIMITS.depth} exceeded, found ${LIMITS.depth + 1}.`);
  });

  it("depth: counts what fragments contain", async () => {
    const parents = "parent { ".repeat(LIMITS.depth - 2);
    const closing = " }".repeat(LIMITS.depth - 2);
    const text = `{ unit(code: "CATP-HP") { ...Up } } fragment Up on Unit { parent { ${parents}code${closing} } }`;
    expect((await query(text)).body.errors?.[0]?.extensions?.code).toBe("DEPTH_LIMIT_EXCEEDED");
  });

  it(`aliases: ${LIMITS.aliases} pass, ${LIMITS.aliases + 1} are refused`, async () => {
    const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `u${index}: unit(code: "BCA") { code }`).join(" ")} }`;
    await expectLimit("ALIAS_LIMIT_EXCEEDED", LIMITS.aliases, () => query(aliased(LIMITS.aliases)), () => query(aliased(LIMITS.aliases + 1)));
  });

  it(`tokens: ${LIMITS.tokens} pass, ${LIMITS.tokens + 1} are refused`, async () => {
    const unit = await db.prisma.unit.findUniqueOrThrow({ where: { code: "BCA" } });
    const id = JSON.stringify(Buffer.from(`Unit:${unit.id}`).toString("base64"));
    // { nodes ( ids : [ … ] ) { __typename } }: 12 tokens, and one per id
    const tokens = (count: number) => `{ nodes(ids: [${Array(count - 12).fill(id).join(" ")}]) { __typename } }`;
    const error = await expectLimit("TOKEN_LIMIT_EXCEEDED", LIMITS.tokens, () => query(tokens(LIMITS.tokens)), () => query(tokens(LIMITS.tokens + 1)));
    expect(error.message).toBe(`Token limit of ${LIMITS.tokens} exceeded.`);
  });

  it(`directives: ${LIMITS.directives} pass, ${LIMITS.directives + 1} are refused`, async () => {
    const directives = (count: number) => `{ ${"__typename @include(if: true) ".repeat(count)}}`;
    await expectLimit(
      "DIRECTIVE_LIMIT_EXCEEDED",
      LIMITS.directives,
      () => query(directives(LIMITS.directives)),
      () => query(directives(LIMITS.directives + 1)),
    );
  });

  it(`cost: ${LIMITS.cost} passes, ${LIMITS.cost + 1} is refused, page sizes counted from variables too`, async () => {
    /**
     * An operation costing exactly `cost`: blocks of units(first: a) { edges { node {
     * assignments(first: 99) { totalCount } } } }, each a × (1 + 1 + 1 + 99 × 2) = 201a (no unit
     * matches, so nothing runs below), then indicators(first: c) { totalCount } for 2c and a
     * __typename for 1. Page sizes are variables.
     */
    const operation = (cost: number) => {
      const fields: string[] = [];
      const variables: Record<string, number> = {};
      let rest = cost;
      for (let index = 0; rest >= 201; index++) {
        variables[`u${index}`] = Math.min(1000, Math.floor(rest / 201));
        rest -= 201 * variables[`u${index}`]!;
        fields.push(`u${index}: units(first: $u${index}, parentCode: "NO-SUCH-UNIT") { edges { node { assignments(first: 99) { totalCount } } } }`);
      }
      variables.indicators = Math.floor(rest / 2);
      fields.push("indicators(first: $indicators) { totalCount }", rest % 2 ? "__typename" : "");
      const declared = Object.keys(variables).map((name) => `$${name}: Int!`);
      return { text: `query (${declared.join(", ")}) { ${fields.join(" ")} }`, variables };
    };
    const costing = (cost: number) => () => query(operation(cost).text, operation(cost).variables);
    const error = await expectLimit("COST_LIMIT_EXCEEDED", LIMITS.cost, costing(LIMITS.cost), costing(LIMITS.cost + 1));
    expect(error.extensions).toMatchObject({ found: LIMITS.cost + 1 });
    // the same page sizes as literals cost the same
    const { text, variables } = operation(LIMITS.cost + 1);
    let literal = text.replace(/^query \([^)]*\)/, "");
    for (const [name, value] of Object.entries(variables)) literal = literal.replace(new RegExp(`\\$${name}\\b`), String(value));
    expect((await query(literal)).body.errors?.[0]?.extensions).toMatchObject({ code: "COST_LIMIT_EXCEEDED", found: LIMITS.cost + 1 });
  });

  describe("cost: page sizes from variables are counted per request, whatever validation cached", () => {
    // the same text each time: yoga caches validation by document text, not by variables
    const text = (tag: string) =>
      `query ${tag}($a: Int!, $b: Int!, $c: Int!) { ${["a", "b", "c"]
        .map((name) => `${name}: units(first: $${name}, parentCode: "NO-SUCH-UNIT") { edges { node { assignments(first: 99) { totalCount } } } }`)
        .join(" ")} }`;
    const small = { a: 1, b: 1, c: 1 };
    // 3 × 1,000 × 201 = 603,000
    const large = { a: 1000, b: 1000, c: 1000 };

    it("small, then large: the large one is refused", async () => {
      expect((await query(text("SmallFirst"), small)).body.errors).toBeUndefined();
      const refused = await query(text("SmallFirst"), large);
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]?.extensions).toEqual({ code: "COST_LIMIT_EXCEEDED", limit: LIMITS.cost, found: 603_000 });
    });

    it("large, then small: the small one passes", async () => {
      expect((await query(text("LargeFirst"), large)).body.errors?.[0]?.extensions?.code).toBe("COST_LIMIT_EXCEEDED");
      const passed = await query(text("LargeFirst"), small);
      expect(passed.body.errors).toBeUndefined();
      expect(passed.body.data).toBeDefined();
    });
  });

  it("cost: a nested page multiplies", async () => {
    // 1,000 units × 100 people each: over the budget, however few fields are asked of each
    const result = await query(`{ units(first: 1000) { edges { node { assignments(first: 100) { edges { node { person { fullName } } } } } } } }`);
    expect(result.body.errors?.[0]?.extensions?.code).toBe("COST_LIMIT_EXCEEDED");
  });

  describe(`request body: ${LIMITS.bodyBytes} bytes pass, ${LIMITS.bodyBytes + 1} are refused`, () => {
    /** A valid request padded (with an unused variable) to exactly this many bytes. */
    const padded = (bytes: number) => {
      const bare = JSON.stringify({ query: "{ __typename }", variables: { pad: "" } });
      return JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(bytes - bare.length) } });
    };

    it("with a Content-Length", async () => {
      const atLimit = padded(LIMITS.bodyBytes);
      expect(Buffer.byteLength(atLimit)).toBe(LIMITS.bodyBytes);
      expect((await post(atLimit)).body).toEqual({ data: { __typename: "Query" } });
      const over = await post(padded(LIMITS.bodyBytes + 1), { "content-length": String(LIMITS.bodyBytes + 1) });
      expect(over.status).toBe(413);
      expect(over.body.errors?.[0]).toMatchObject({ message: "Request body too large", extensions: { code: "REQUEST_ENTITY_TOO_LARGE" } });
    });

    it("streamed without one", async () => {
      const stream = (text: string) =>
        new ReadableStream({
          start(controller) {
            const bytes = new TextEncoder().encode(text);
            for (let offset = 0; offset < bytes.length; offset += 65_536) controller.enqueue(bytes.subarray(offset, offset + 65_536));
            controller.close();
          },
        });
      const send = async (text: string) => {
        const response = await analyst.yoga.fetch("http://api.test/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", ...(await analyst.authHeaders()) },
          body: stream(text),
          duplex: "half",
        } as RequestInit);
        return { status: response.status, body: (await response.json()) as GraphQLResponse };
      };
      expect(await send(padded(LIMITS.bodyBytes))).toEqual({ status: 200, body: { data: { __typename: "Query" } } });
      const over = await send(padded(LIMITS.bodyBytes + 1));
      expect(over.status).toBe(413);
      expect(over.body.errors?.[0]?.extensions?.code).toBe("REQUEST_ENTITY_TOO_LARGE");
    });
  });

  it("batching is off: one operation per request", async () => {
    expect((await query("{ __typename }")).body).toEqual({ data: { __typename: "Query" } });
    const batch = await post(JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]));
    expect(batch.status).toBe(400);
    expect(batch.body.errors?.[0]?.message).toBe("Batching is not supported.");
    expect(batch.body.data).toBeUndefined();
  });
});

describe("CSRF prevention", () => {
  it("refuses a GET without the header, answers it with", async () => {
    const url = `http://api.test/graphql?query=${encodeURIComponent("{ __typename }")}`;
    const headers = await analyst.authHeaders();
    const bare = await analyst.yoga.fetch(url, { headers });
    expect(bare.status).toBe(403);
    expect(await bare.text()).toMatch(/CSRF/);
    const marked = await analyst.yoga.fetch(url, { headers: { ...headers, [CSRF_HEADER]: "1" } });
    expect(marked.status).toBe(200);
    expect(await marked.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("refuses a form-like POST (no preflight) without the header", async () => {
    const response = await post(JSON.stringify({ query: "{ __typename }" }), { "content-type": "text/plain" });
    expect(response.status).toBe(403);
  });

  it("a mutation is never run from a GET", async () => {
    const url = `http://api.test/graphql?query=${encodeURIComponent("mutation { logout }")}`;
    const response = await analyst.yoga.fetch(url, { headers: { ...(await analyst.authHeaders()), [CSRF_HEADER]: "1" } });
    expect(response.status).toBe(405);
  });

  it("answers no CORS preflight: the dashboard is served from the same origin", async () => {
    const response = await analyst.yoga.fetch("http://api.test/graphql", {
      method: "OPTIONS",
      headers: { origin: "https://elsewhere.example", "access-control-request-method": "POST" },
    });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });
});

describe("anonymous callers learn nothing of the schema", () => {
  const INTROSPECTION = "{ __schema { queryType { name } } }";

  it("no introspection without a session; a signed-in analyst has it", async () => {
    const refused = await post(JSON.stringify({ query: INTROSPECTION }), {}, anonymous);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors?.[0]?.message).toMatch(/introspection/i);
    expect((await query(INTROSPECTION)).body).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
  });

  it("no 'did you mean' without a session; a signed-in analyst gets the hint", async () => {
    const typo = JSON.stringify({ query: `{ unitz(code: "BCA") { code } }` });
    const bare = (await post(typo, {}, anonymous)).body.errors?.[0]?.message;
    expect(bare).toBe(`Cannot query field "unitz" on type "Query".`);
    expect((await post(typo)).body.errors?.[0]?.message).toMatch(/Did you mean "unit/);
  });

  it("nor in variable errors", async () => {
    const text = JSON.stringify({ query: "query ($kind: UnitKind) { units(kind: $kind) { totalCount } }", variables: { kind: "MINISTR" } });
    const message = (await post(text, {}, anonymous)).body.errors?.[0]?.message;
    expect(message).toMatch(/MINISTR/);
    expect(message).not.toMatch(/Did you mean/);
    expect((await post(text)).body.errors?.[0]?.message).toMatch(/Did you mean/);
  });
});

describe("security headers", () => {
  it.each([
    ["a GraphQL answer", () => post(JSON.stringify({ query: "{ __typename }" }))],
    ["a GraphQL error", () => post("{ not json")],
    ["an anonymous refusal", () => post(JSON.stringify({ query: "{ me { email } }" }), {}, anonymous)],
    ["/healthz", async () => analyst.yoga.fetch("http://api.test/healthz")],
  ] as const)("on %s", async (_what, send) => {
    const { headers } = await send();
    expect(headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("no-referrer");
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("cache-control")).toBe("no-store");
  });
});
