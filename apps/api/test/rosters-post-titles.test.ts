// The post titles postHolders matches against are kept per process: a post created through the API
// is found by its title straight after, in any spelling.
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gid, succeed } from "./mutations-support.js";
import { seededTestDatabase, testApi } from "./support.js";

let db: TestDatabase;
let api: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await seededTestDatabase();
  api = testApi(db);
});
afterAll(() => db?.dispose());

const holders = async (title: string) =>
  (
    await api.data(`query ($title: String) { postHolders(unitCode: "CATP-HP", title: $title, asOf: "2024-06-30") { title person { key } } }`, { title })
  ).postHolders;

describe("post titles kept per process", () => {
  it("finds a post with a new title as soon as assignPost has created it", async () => {
    // read (and keep) the titles before the new one exists
    expect(await holders("Chánh văn phòng thử nghiệm")).toEqual([]);
    const unit = await db.prisma.unit.findUniqueOrThrow({ where: { code: "CATP-HP" } });
    const person = await db.prisma.person.findUniqueOrThrow({ where: { key: "vu-thanh-chuong" } });
    await succeed(
      api,
      "assignPost",
      {
        personId: gid("Person", person.id),
        unitId: gid("Unit", unit.id),
        title: "Chánh văn phòng thử nghiệm",
        titleEn: "Trial Office Chief",
        effectiveFrom: "2024-01-01",
        effectiveTo: null,
      },
      "PostAssignment",
    );
    for (const title of ["Chánh văn phòng thử nghiệm", "chanh van phong thu nghiem", "trial office chief"]) {
      expect(await holders(title)).toEqual([{ title: "Chánh văn phòng thử nghiệm", person: { key: "vu-thanh-chuong" } }]);
    }
  });
});
