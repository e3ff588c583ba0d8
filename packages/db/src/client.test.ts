import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseLockedError, defaultPgliteDir, describeTarget, openDatabase, parseDatabaseUrl, repoRoot } from "./client.js";

describe("parseDatabaseUrl", () => {
  it.each([undefined, "", "  "])("%j is the embedded default folder", (url) => {
    expect(parseDatabaseUrl(url)).toEqual({ kind: "pglite", dataDir: defaultPgliteDir });
  });

  it.each(["memory://", "pglite:memory", "pglite://memory"])("%s is an in-memory PGlite", (url) => {
    expect(parseDatabaseUrl(url)).toEqual({ kind: "pglite", dataDir: null });
  });

  it.each([
    ["pglite:/var/lib/thidua", "/var/lib/thidua"],
    ["pglite:///var/lib/thidua", "/var/lib/thidua"],
    ["file:./data/other", resolve(repoRoot, "data/other")],
    ["data/other", resolve(repoRoot, "data/other")],
  ])("%s is a PGlite folder at %s", (url, dataDir) => {
    expect(parseDatabaseUrl(url)).toEqual({ kind: "pglite", dataDir });
  });

  it.each(["postgres://u:secret@db.local:6543/thidua", "postgresql://u:secret@db.local:6543/thidua", "POSTGRES://u@h/d"])(
    "%s is PostgreSQL",
    (url) => {
      expect(parseDatabaseUrl(url)).toEqual({ kind: "postgres", connectionString: url });
    },
  );

  it("describes a PostgreSQL target without its credentials", () => {
    const description = describeTarget(parseDatabaseUrl("postgres://admin:secret@db.local/thidua?sslmode=require"));
    expect(description).toBe("postgres://db.local:5432/thidua");
  });
});

// child processes start tsx and initialise PGlite: slow on a busy 2-core machine
describe("the PGlite data-folder lock", { timeout: 180_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), "thidua-lock-"));
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill("SIGKILL");
    rmSync(scratch, { recursive: true, force: true });
  });

  /** Starts a process that opens the folder and holds it; resolves once it has. */
  function holdInChild(dataDir: string): Promise<ChildProcess> {
    const tsx = createRequire(import.meta.url).resolve("tsx");
    const fixture = new URL("./test-fixtures/hold-data-folder.ts", import.meta.url).pathname;
    const child = spawn(process.execPath, ["--import", tsx, fixture, dataDir], { stdio: ["ignore", "pipe", "inherit"] });
    children.push(child);
    return new Promise((resolveReady, reject) => {
      child.stdout?.on("data", (chunk: Buffer) => {
        if (chunk.toString().startsWith("ready")) resolveReady(child);
      });
      child.on("exit", (code) => reject(new Error(`the holding process exited early (${code})`)));
    });
  }

  // one folder serves all three tests: initialising a fresh data folder costs seconds
  const heldDir = join(scratch, "held");
  let holder: Promise<ChildProcess> | undefined;

  it("refuses a second process with DatabaseLockedError naming the holder", async () => {
    holder = holdInChild(heldDir);
    const child = await holder;
    const opening = openDatabase({ url: `pglite:${heldDir}` });
    await expect(opening).rejects.toBeInstanceOf(DatabaseLockedError);
    await expect(opening).rejects.toMatchObject({ dataDir: heldDir, holderPid: child.pid });
  });

  it("takes over the lock of a process that died without releasing it", async () => {
    const child = await (holder ?? holdInChild(heldDir));
    const exited = new Promise((done) => child.once("exit", done));
    child.kill("SIGKILL"); // no chance to remove its lock file
    await exited;
    expect(readFileSync(`${heldDir}.lock`, "utf8")).toBe(String(child.pid));

    const db = await openDatabase({ url: `pglite:${heldDir}` });
    try {
      expect(readFileSync(`${heldDir}.lock`, "utf8")).toBe(String(process.pid));
      await db.prisma.$queryRawUnsafe("SELECT 1");
    } finally {
      await db.close();
    }
    expect(existsSync(`${heldDir}.lock`)).toBe(false);
  });

  it("lets the same folder be opened again after a clean close, and keeps its data", async () => {
    const dataDir = heldDir; // already initialised by the tests above
    const first = await openDatabase({ url: `pglite:${dataDir}` });
    await first.pglite!.exec("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
    await first.close();
    const second = await openDatabase({ url: `pglite:${dataDir}` });
    try {
      expect((await second.pglite!.query("SELECT value FROM kept")).rows).toEqual([{ value: "still here" }]);
    } finally {
      await second.close();
    }
  });
});
