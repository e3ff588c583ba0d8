// Who may read what: every role against every scope, over representative fields; personal data by
// unit subtree; anonymous callers get nothing but login and the probes.
import type { AccountRole } from "@thidua/db/prisma-enums";
import type { TestDatabase } from "@thidua/db/test-database";
import { getNamedType, type GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LoginLimiter } from "../src/auth/login-limiter.js";
import { createRequestAuth } from "../src/auth/request-auth.js";
import { authScopes } from "../src/auth/scopes.js";
import type { Session } from "../src/auth/session.js";
import { schema } from "../src/schema/index.js";
import { seededTestDatabase, TEST_EDITOR_UNIT, testApi } from "./support.js";

const ROLES = ["ADMIN", "UNIT_EDITOR", "ANALYST", "VIEWER"] as const satisfies readonly AccountRole[];
let db: TestDatabase;
let apis: Record<AccountRole, ReturnType<typeof testApi>>;
let anonymous: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await seededTestDatabase();
  apis = Object.fromEntries(ROLES.map((role) => [role, testApi(db, { as: role })])) as typeof apis;
  anonymous = testApi(db, { as: null });
});
afterAll(() => db?.dispose());

/** The README's table, as data: which roles hold each scope. */
const holders = {
  readAggregates: ["ADMIN", "UNIT_EDITOR", "ANALYST", "VIEWER"],
  readRoster: ["ADMIN", "UNIT_EDITOR", "ANALYST"],
  admin: ["ADMIN"],
} as const;

/** Representative reads per scope; each must pass for the scope's holders and be refused for everyone else. */
const reads: Array<{ scope: keyof typeof holders; what: string; query: string }> = [
  { scope: "readAggregates", what: "units", query: `{ units(first: 2) { totalCount edges { node { code name } } } }` },
  { scope: "readAggregates", what: "a unit's tree", query: `{ unit(code: "CATP-HP") { code parent { code } children { code } } }` },
  { scope: "readAggregates", what: "clusters and their leaders", query: `{ clusters(first: 1) { edges { node { name leader(year: 2022) { code } } } } }` },
  { scope: "readAggregates", what: "indicators", query: `{ indicators(first: 1) { totalCount } }` },
  {
    scope: "readAggregates",
    what: "events with their participants' names and titles",
    query: `{ events(first: 1) { edges { node { title participants { titleAtEvent person { fullName } } } } } }`,
  },
  { scope: "readRoster", what: "people lists", query: `{ people(first: 2) { totalCount edges { node { fullName } } } }` },
  { scope: "readRoster", what: "a person's rank and posts", query: `{ person(key: "vu-thanh-chuong") { rank posts { title } } }` },
  { scope: "readRoster", what: "a unit's posts", query: `{ unit(code: "CATP-HP") { posts(first: 1) { totalCount } } }` },
  { scope: "readRoster", what: "a unit's roster", query: `{ unit(code: "CATP-HP") { assignments(first: 1) { totalCount } } }` },
  { scope: "readRoster", what: "ranks at an event", query: `{ events(first: 1) { edges { node { participants { rankAtEvent } } } } }` },
  { scope: "admin", what: "accounts", query: `{ accounts(first: 1) { totalCount } }` },
];

describe.each(reads)("$scope: $what", ({ scope, query }) => {
  it.each(ROLES)("%s", async (role) => {
    const result = await apis[role].graphql(query);
    if ((holders[scope] as readonly string[]).includes(role)) {
      expect(result.errors).toBeUndefined();
    } else {
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(result.errors?.every((error) => error.extensions?.code === "FORBIDDEN")).toBe(true);
      expect(result.errors?.[0]?.message).toBe("Your account's role does not allow this.");
    }
  });
});

describe("scopes with a parameter, and saveQueries", () => {
  // No field of these is in this file's reach (writes are the mutations' matrix; saved queries
  // have no field yet): the scope functions themselves, on the real database.
  const requestAuth = (session: Session) =>
    createRequestAuth({
      prisma: db.prisma,
      session,
      clientAddress: "test",
      userAgent: null,
      cookies: [],
      loginLimiter: new LoginLimiter({ perAccount: 1, perAddress: 1, windowMs: 1 }),
    });
  async function sessionOf(role: AccountRole): Promise<Session> {
    const editorUnit = await db.prisma.unit.findUniqueOrThrow({ where: { code: TEST_EDITOR_UNIT } });
    return { id: "x", accountId: 1, role, unitId: role === "UNIT_EDITOR" ? editorUnit.id : null, mustChangePassword: false };
  }
  async function scopesFor(role: AccountRole) {
    const session = await sessionOf(role);
    const auth = requestAuth(session);
    return authScopes({ prisma: db.prisma, requestId: "test", session, auth } as Parameters<typeof authScopes>[0]);
  }

  it.each(ROLES)("%s", async (role) => {
    const scopes = await scopesFor(role);
    const hp = await db.prisma.unit.findUniqueOrThrow({ where: { code: "CATP-HP" }, include: { children: { take: 1 } } });
    const hn = await db.prisma.unit.findUniqueOrThrow({ where: { code: "CATP-HN" } });
    const ministry = await db.prisma.unit.findUniqueOrThrow({ where: { code: "BCA" } });
    const division = hp.children[0];
    expect(division, "the demo has divisions under CATP-HP").toBeDefined();
    const writes = {
      "CATP-HP": await scopes.writeUnit(hp.id),
      "a division of CATP-HP": await scopes.writeUnit(division!.id),
      "CATP-HN": await scopes.writeUnit(hn.id),
      "the ministry above": await scopes.writeUnit(ministry.id),
    };
    const expected = {
      ADMIN: { "CATP-HP": true, "a division of CATP-HP": true, "CATP-HN": true, "the ministry above": true },
      UNIT_EDITOR: { "CATP-HP": true, "a division of CATP-HP": true, "CATP-HN": false, "the ministry above": false },
      ANALYST: { "CATP-HP": false, "a division of CATP-HP": false, "CATP-HN": false, "the ministry above": false },
      VIEWER: { "CATP-HP": false, "a division of CATP-HP": false, "CATP-HN": false, "the ministry above": false },
    }[role];
    expect(writes).toEqual(expected);
    expect(scopes.saveQueries).toBe(role === "ADMIN" || role === "ANALYST");
    expect(scopes.authenticated).toBe(true);
  });

  // the roster subscription's filter asks this (src/schema/live.ts): the same rules as readRoster and writeUnit
  it.each(ROLES)("%s hears of roster changes in the units it may read the roster of", async (role) => {
    const auth = requestAuth(await sessionOf(role));
    const hp = await db.prisma.unit.findUniqueOrThrow({ where: { code: "CATP-HP" }, include: { children: { take: 1 } } });
    const hn = await db.prisma.unit.findUniqueOrThrow({ where: { code: "CATP-HN" } });
    const hears = {
      "CATP-HP": await auth.canSeeUnitChange(hp.id),
      "a division of CATP-HP": await auth.canSeeUnitChange(hp.children[0]!.id),
      "CATP-HN": await auth.canSeeUnitChange(hn.id),
      "no unit": await auth.canSeeUnitChange(null),
    };
    const all = { "CATP-HP": true, "a division of CATP-HP": true, "CATP-HN": true, "no unit": true };
    const none = { "CATP-HP": false, "a division of CATP-HP": false, "CATP-HN": false, "no unit": false };
    const expected = { ADMIN: all, ANALYST: all, UNIT_EDITOR: { ...none, "CATP-HP": true, "a division of CATP-HP": true }, VIEWER: none }[role];
    expect(hears).toEqual(expected);
  });

  it("a session whose password must change holds no scope but authenticated", async () => {
    const hp = await db.prisma.unit.findUniqueOrThrow({ where: { code: "CATP-HP" } });
    const session = { id: "x", accountId: 1, role: "ADMIN" as const, unitId: null, mustChangePassword: true };
    const auth = requestAuth(session);
    const scopes = authScopes({ prisma: db.prisma, requestId: "test", session, auth } as Parameters<typeof authScopes>[0]);
    expect(scopes).toMatchObject({ authenticated: true, admin: false, readRoster: false, readAggregates: false, saveQueries: false });
    expect(await scopes.writeUnit(hp.id)).toBe(false);
    expect(await auth.canSeeUnitChange(hp.id)).toBe(false);
  });
});

describe("personal data", () => {
  const PERSONAL = `query ($id: ID!) { node(id: $id) { ... on Person { fullName birthDate serviceNumber email phone } } }`;
  /** Someone serving today in a unit of the subtree below `code` (the unit itself included). */
  async function officerServingIn(code: string) {
    const assignment = await db.prisma.unitAssignment.findFirstOrThrow({
      where: {
        effectiveTo: null,
        OR: [{ unit: { code } }, { unit: { parent: { code } } }],
        person: { officer: { isNot: null } },
      },
      orderBy: { id: "asc" },
      include: { person: { include: { officer: true } } },
    });
    // some personal data to read back
    await db.prisma.person.update({
      where: { id: assignment.personId },
      data: { birthDate: new Date("1975-03-14"), email: `${code.toLowerCase()}@example.test`, phone: "+84 900 000 000" },
    });
    return { id: Buffer.from(`Person:${assignment.personId}`).toString("base64"), serviceNumber: assignment.person.officer!.serviceNumber, code };
  }

  const visible = { ADMIN: ["CATP-HP", "CATP-HN"], UNIT_EDITOR: ["CATP-HP"], ANALYST: [], VIEWER: [] } as const;

  it.each(ROLES)("%s sees it only where the table says", async (role) => {
    for (const code of ["CATP-HP", "CATP-HN"]) {
      const officer = await officerServingIn(code);
      const result = await apis[role].graphql(PERSONAL, { id: officer.id });
      if ((visible[role] as readonly string[]).includes(code)) {
        expect(result.errors).toBeUndefined();
        expect(result.data?.node).toMatchObject({
          birthDate: "1975-03-14",
          serviceNumber: officer.serviceNumber,
          email: `${code.toLowerCase()}@example.test`,
          phone: "+84 900 000 000",
        });
      } else {
        // the name is aggregate-level (VIEWER reads it at events); the personal fields are refused
        expect(result.data?.node).toEqual({ fullName: expect.any(String), birthDate: null, serviceNumber: null, email: null, phone: null });
        expect(result.errors?.map((error) => error.path?.at(-1)).sort()).toEqual(["birthDate", "email", "phone", "serviceNumber"]);
        expect(result.errors?.every((error) => error.extensions?.code === "FORBIDDEN")).toBe(true);
      }
    }
  });

  it("is checked in one statement for a whole page of people", async () => {
    const statements: string[] = [];
    const counted = await seededTestDatabase({ onQuery: (sql) => statements.push(sql) });
    try {
      const editor = testApi(counted, { as: "UNIT_EDITOR" });
      await editor.authHeaders();
      const page = async (first: number) => {
        statements.length = 0;
        const result = await editor.graphql(`{ people(first: ${first}) { edges { node { birthDate } } } }`);
        expect(result.data?.people.edges).toHaveLength(first);
        return statements.filter((sql) => /unit_assignment/.test(sql)).length;
      };
      expect(await page(5)).toBe(1);
      expect(await page(40)).toBe(1);
    } finally {
      await counted.dispose();
    }
  });
});

describe("anonymous callers", () => {
  /** A value of the right type for an argument, so that only authorization can refuse the call. */
  function sample(type: GraphQLInputType): unknown {
    if (isNonNullType(type)) return sample(type.ofType);
    if (isListType(type)) return [sample(type.ofType)];
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((field) => isNonNullType(field.type))
          .map((field) => [field.name, sample(field.type)]),
      );
    }
    if (isScalarType(type)) {
      const samples: Record<string, unknown> = {
        // a year, which is what most required numbers are
        Int: 2022,
        Float: 1,
        Boolean: true,
        String: "x",
        ID: Buffer.from("Unit:1").toString("base64"),
        Date: "2022-01-01",
        DateTime: "2022-01-01T00:00:00Z",
        JSON: {},
      };
      return samples[type.name] ?? "x";
    }
    throw new Error(`no sample for ${String(type)}`);
  }

  const rootFields = (["query", "mutation"] as const).flatMap((operation) => {
    const type = operation === "query" ? schema.getQueryType() : schema.getMutationType();
    return Object.values(type?.getFields() ?? {})
      .filter((field) => field.name !== "login")
      .map((field) => ({ operation, field }));
  });

  it.each(rootFields.map(({ operation, field }) => [`${operation} ${field.name}`, operation, field] as const))(
    "%s: refused, sign in first",
    async (_name, operation, field) => {
      const args = field.args.filter((arg) => isNonNullType(arg.type));
      const variables = Object.fromEntries(args.map((arg) => [arg.name, sample(arg.type)]));
      const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
      const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
      const selection = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? "" : " { __typename }";
      const document = `${operation}${declared ? ` (${declared})` : ""} { ${field.name}${passed ? `(${passed})` : ""}${selection} }`;
      const result = await anonymous.graphql(document, variables);
      expect(result.errors, document).toHaveLength(1);
      expect(result.data?.[field.name] ?? null).toBeNull();
      // arguments are checked (their shape, global ids) before authorization, so a sample that
      // breaks an argument rule is refused for that; either way nothing is read or written
      const [error] = result.errors ?? [];
      if (!/^Validation error: |is not of type/.test(error?.message ?? "")) {
        expect(error).toMatchObject({ message: "Sign in first.", extensions: { code: "UNAUTHENTICATED" } });
      }
    },
  );

  it("can call login, /healthz and /readyz", async () => {
    const login = await anonymous.graphql(`mutation { login(input: { email: "nobody@example.test", password: "x" }) { __typename } }`);
    expect(login).toEqual({ data: { login: { __typename: "InvalidCredentialsError" } } });
    for (const path of ["/healthz", "/readyz"]) {
      expect((await anonymous.yoga.fetch(`http://api.test${path}`)).status).toBe(200);
    }
  });
});
