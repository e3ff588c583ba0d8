// The README's querying examples (lists, rosters, roster statistics) run as written, through
// yoga.fetch on the demo data, and give the answers the text promises.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { repoRoot } from "@thidua/db/client";
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seededTestDatabase, testApi } from "./support.js";

let db: TestDatabase;
let api: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await seededTestDatabase();
  api = testApi(db, { as: "ANALYST" });
});
afterAll(() => db?.dispose());

/** The graphql blocks of the README's querying section, up to the metrics part. */
function examples(): string[] {
  const readme = readFileSync(resolve(repoRoot, "README.md"), "utf8");
  const start = readme.indexOf("## Querying");
  const end = readme.indexOf("### Metrics", start);
  expect(start).toBeGreaterThan(-1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

it("has examples for lists, rosters and roster statistics", () => {
  expect(examples().length).toBeGreaterThanOrEqual(6);
});

it.each(examples().map((query, index) => [index + 1, query]))("example %i runs as an analyst would paste it", async (_index, query) => {
  const data = await api.data(query as string);
  for (const value of Object.values(data)) expect(value).not.toBeNull();
});

it("answers as the text says", async () => {
  const [people, , , postHolders] = examples();
  const roster = await api.data(people!);
  expect(roster.people.totalCount).toBeGreaterThan(0);
  const director = await api.data(postHolders!);
  expect(director.postHolders.map((held: { person: { fullName: string } }) => held.person.fullName)).toEqual(["Vũ Thanh Chương"]);
});
