// Saved queries: an analyst saves, lists, changes and deletes its own; another analyst sees one only
// once it is shared and may not change it; editors and viewers may not save; a document that does
// not validate against the schema is refused with GraphQL's message; every change is audited.
import { decodeGlobalID } from "@pothos/plugin-relay";
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE, startSession } from "../src/auth/session.js";
import { type Api, mutate, succeed } from "./mutations-support.js";
import { type GraphQLResponse, seededTestDatabase, testApi } from "./support.js";

let db: TestDatabase;
let analyst: Api;
let other: Pick<Api, "graphql">;
let admin: Api;
let editor: Api;
let viewer: Api;

/** A second ANALYST account, signed in with a session of its own. */
async function otherAnalyst(): Promise<Pick<Api, "graphql">> {
  const account = await db.prisma.account.create({
    data: { email: `analyst-2-${Date.now()}@test.thidua`, passwordHash: "!", displayName: "Second analyst", role: "ANALYST" },
  });
  const { token } = await startSession(db.prisma, account.id);
  const { yoga } = testApi(db, { as: null });
  return {
    // biome-ignore lint/suspicious/noExplicitAny: the tests assert the shape of what comes back
    async graphql<Data = Record<string, any>>(query: string, variables?: Record<string, unknown>) {
      const response = await yoga.fetch("http://api.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", cookie: `${SESSION_COOKIE}=${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<Data>;
    },
  };
}

beforeAll(async () => {
  db = await seededTestDatabase();
  analyst = testApi(db, { as: "ANALYST" });
  admin = testApi(db);
  editor = testApi(db, { as: "UNIT_EDITOR" });
  viewer = testApi(db, { as: "VIEWER" });
  other = await otherAnalyst();
});
afterAll(() => db?.dispose());

const FIELDS = "... on SavedQuery { id name description query variables shared mine ownerName version }";
const SCOREBOARD = `query ($year: Int!) { clusters(first: 5) { edges { node { name leader(year: $year) { code } } } } }`;
let serial = 0;
const fresh = (name: string) => `${name} ${Date.now() % 100000}-${++serial}`;

async function create(api: Pick<Api, "graphql">, input: Record<string, unknown>) {
  return succeed(api as Api, "createSavedQuery", { query: SCOREBOARD, variables: { year: 2022 }, ...input }, "SavedQuery", FIELDS);
}

const LIST = `query ($filter: SavedQueryFilter, $mine: Boolean) {
  savedQueries(first: 50, filter: $filter, mine: $mine) { totalCount edges { node { id name shared mine ownerName } } }
}`;
async function listed(api: Pick<Api, "graphql">, variables: Record<string, unknown> = {}): Promise<string[]> {
  const result = await api.graphql(LIST, variables);
  expect(result.errors).toBeUndefined();
  const connection = result.data!.savedQueries as { totalCount: number; edges: Array<{ node: { name: string } }> };
  expect(connection.totalCount).toBe(connection.edges.length);
  return connection.edges.map((edge) => edge.node.name);
}

/** The database id in a saved query's global id. */
const databaseId = (globalId: string) => Number(decodeGlobalID(globalId).id);
const auditRowsOf = async (id: string) =>
  db.prisma.auditLog.findMany({ where: { entityType: "SavedQuery", entityId: String(databaseId(id)) }, orderBy: { id: "asc" } });

describe("an analyst's own saved query", () => {
  it("is created, listed, read, updated (a stale version is a conflict) and deleted, each change audited", async () => {
    const name = fresh("Cụm 1 – lãnh đạo");
    const saved = await create(analyst, { name, description: "Who led each cluster" });
    expect(saved).toMatchObject({ name, description: "Who led each cluster", query: SCOREBOARD, variables: { year: 2022 }, shared: false, mine: true, version: 1 });
    expect(saved.ownerName).toBe("Test ANALYST");

    expect(await listed(analyst)).toContain(name);
    expect(await listed(analyst, { mine: true })).toContain(name);
    expect(await listed(analyst, { mine: false })).not.toContain(name);
    expect(await listed(analyst, { filter: { name: { contains: "cum 1" } } })).toEqual([name]);
    const read = await analyst.data(`query ($id: ID!) { savedQuery(id: $id) { name version } }`, { id: saved.id });
    expect(read.savedQuery).toEqual({ name, version: 1 });

    const updated = await succeed(analyst, "updateSavedQuery", { id: saved.id, version: 1, description: null, variables: { year: 2023 } }, "SavedQuery", FIELDS);
    expect(updated).toMatchObject({ name, description: null, variables: { year: 2023 }, version: 2 });

    const stale = await mutate(analyst, "updateSavedQuery", { id: saved.id, version: 1, name: "stale" });
    expect(stale.result).toMatchObject({ __typename: "ConflictError", entity: "SavedQuery", expectedVersion: 1, currentVersion: 2 });
    const staleDelete = await mutate(analyst, "deleteSavedQuery", { id: saved.id, version: 1 }, "... on SavedQueryDeleted { id }");
    expect(staleDelete.result?.__typename).toBe("ConflictError");
    expect(await db.prisma.savedQuery.findUniqueOrThrow({ where: { id: databaseId(saved.id) } })).toMatchObject({ name, version: 2 });

    const deleted = await succeed(analyst, "deleteSavedQuery", { id: saved.id, version: 2 }, "SavedQueryDeleted", "... on SavedQueryDeleted { id }");
    expect(deleted.id).toBe(saved.id);
    expect(await listed(analyst)).not.toContain(name);
    const gone = await mutate(analyst, "deleteSavedQuery", { id: saved.id, version: 3 });
    expect(gone.result).toMatchObject({ __typename: "NotFoundError", entity: "SavedQuery" });

    const audit = await auditRowsOf(saved.id);
    expect(audit.map((row) => row.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
    const analystId = (await db.prisma.account.findUniqueOrThrow({ where: { email: "analyst@test.thidua" } })).id;
    expect(audit.every((row) => row.accountId === analystId)).toBe(true);
    expect(audit[0]).toMatchObject({ before: null, after: { name, version: 1, variables: { year: 2022 } } });
    expect(audit[1]).toMatchObject({ before: { version: 1, description: "Who led each cluster" }, after: { version: 2, description: null, variables: { year: 2023 } } });
    expect(audit[2]).toMatchObject({ before: { version: 2 }, after: null });
  });

  it("has a name of its own among the owner's queries, not among others'", async () => {
    const name = fresh("Trùng tên");
    await create(analyst, { name });
    const twice = await mutate(analyst, "createSavedQuery", { name, query: "{ me { email } }" });
    expect(twice.result).toMatchObject({ __typename: "ValidationError", fieldErrors: [{ path: ["name"], code: "nameTaken" }] });
    await create(other, { name });
  });
});

describe("another analyst", () => {
  it("sees a query only once it is shared, and may neither change nor delete it; an admin may", async () => {
    const name = fresh("Chia sẻ");
    const saved = await create(analyst, { name });
    const READ = `query ($id: ID!) { savedQuery(id: $id) { name } }`;

    expect(await listed(other)).not.toContain(name);
    const privately = await other.graphql(READ, { id: saved.id });
    expect(privately.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
    const asNode = await other.graphql(`query ($id: ID!) { node(id: $id) { ... on SavedQuery { name } } }`, { id: saved.id });
    expect(asNode.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);

    await succeed(analyst, "updateSavedQuery", { id: saved.id, version: 1, shared: true }, "SavedQuery");
    expect(await listed(other)).toContain(name);
    expect(await listed(other, { mine: false, filter: { shared: { eq: true } } })).toContain(name);
    expect(await listed(other, { mine: true })).not.toContain(name);
    const shared = await other.graphql(`query ($id: ID!) { savedQuery(id: $id) { name mine ownerName } }`, { id: saved.id });
    expect(shared.data?.savedQuery).toEqual({ name, mine: false, ownerName: "Test ANALYST" });

    const auditRows = await db.prisma.auditLog.count();
    for (const [mutation, input] of [
      ["updateSavedQuery", { id: saved.id, version: 2, name: "taken over" }],
      ["deleteSavedQuery", { id: saved.id, version: 2 }],
    ] as const) {
      const refused = await mutate(other as Api, mutation, input);
      expect(refused.result).toBeUndefined();
      expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
    }
    expect(await db.prisma.auditLog.count()).toBe(auditRows);
    expect((await auditRowsOf(saved.id)).length).toBe(2);

    const renamed = await succeed(admin, "updateSavedQuery", { id: saved.id, version: 2, name: `${name} (admin)` }, "SavedQuery", FIELDS);
    expect(renamed).toMatchObject({ version: 3, mine: false });
    await succeed(admin, "deleteSavedQuery", { id: saved.id, version: 3 }, "SavedQueryDeleted");
  });
});

describe("roles that may not save queries", () => {
  it.each([
    ["UNIT_EDITOR", () => editor],
    ["VIEWER", () => viewer],
  ] as const)("%s is refused every field, and writes nothing", async (_role, api) => {
    const saved = await create(analyst, { name: fresh("Dùng chung"), shared: true });
    const before = await db.prisma.savedQuery.count();
    const auditRows = await db.prisma.auditLog.count();
    const results = [
      await api().graphql(LIST),
      await api().graphql(`query ($id: ID!) { savedQuery(id: $id) { name } }`, { id: saved.id }),
      (await mutate(api(), "createSavedQuery", { name: fresh("x"), query: "{ me { email } }" })),
      (await mutate(api(), "updateSavedQuery", { id: saved.id, version: 1, name: fresh("y") })),
      (await mutate(api(), "deleteSavedQuery", { id: saved.id, version: 1 })),
    ];
    for (const result of results) expect(result.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect(await db.prisma.savedQuery.count()).toBe(before);
    expect(await db.prisma.auditLog.count()).toBe(auditRows);
  });
});

describe("what may be saved", () => {
  const refused = async (input: Record<string, unknown>) => {
    const auditRows = await db.prisma.auditLog.count();
    const { result } = await mutate(analyst, "createSavedQuery", { name: fresh("Sai"), ...input });
    expect(result?.__typename).toBe("ValidationError");
    expect(await db.prisma.auditLog.count()).toBe(auditRows);
    return result!.fieldErrors as Array<{ path: string[]; message: string; code: string }>;
  };

  it("a syntax error, with GraphQL's message on the query field", async () => {
    expect(await refused({ query: "{ units(first: 2) { edges { node { code } }" })).toEqual([
      { path: ["query"], message: 'Syntax Error: Expected Name, found <EOF>.', code: "invalidGraphQL" },
    ]);
  });

  it("an unknown field or argument, each with GraphQL's message", async () => {
    expect(await refused({ query: "{ units(first: 2, colour: RED) { edges { node { codename } } } }" })).toEqual([
      { path: ["query"], message: 'Unknown argument "colour" on field "Query.units".', code: "invalidGraphQL" },
      { path: ["query"], message: expect.stringMatching(/^Cannot query field "codename" on type "Unit"\./), code: "invalidGraphQL" },
    ]);
  });

  it("an undeclared variable", async () => {
    expect(await refused({ query: "{ metricValue(indicator: $code) { value } }" })).toContainEqual(
      expect.objectContaining({ path: ["query"], message: 'Variable "$code" is not defined.' }),
    );
  });

  it("variables that are not a JSON object, a blank name, on their fields", async () => {
    const errors = await refused({ name: " ", query: "{ me { email } }", variables: [2022] });
    expect(errors.map((error) => error.path.join("."))).toEqual(["name", "variables"]);
  });

  it("an update's new document is checked as well, and a valid one kept", async () => {
    const saved = await create(analyst, { name: fresh("Sửa") });
    const { result } = await mutate(analyst, "updateSavedQuery", { id: saved.id, version: 1, query: "{ nothingHere }" });
    expect(result).toMatchObject({ __typename: "ValidationError", fieldErrors: [{ path: ["query"], message: 'Cannot query field "nothingHere" on type "Query".' }] });
    const kept = await succeed(analyst, "updateSavedQuery", { id: saved.id, version: 1, query: "query Mine { me { email } }" }, "SavedQuery", FIELDS);
    expect(kept).toMatchObject({ query: "query Mine { me { email } }", version: 2 });
  });
});
