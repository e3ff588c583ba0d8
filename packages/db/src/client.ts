// The one place that decides which database Thidua talks to.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { type DatabaseTarget, describeTarget, parseDatabaseUrl } from "./database-url.js";
import { PrismaClient } from "./generated/prisma/client.js";

export { type DatabaseTarget, defaultPgliteDir, describeTarget, parseDatabaseUrl, repoRoot } from "./database-url.js";

export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseOptions {
  /** DATABASE_URL: unset for the embedded default, `memory://` for a throw-away PGlite,
   * `pglite:/some/dir` (or a bare path) for a PGlite data folder, `postgres://…` for PostgreSQL. */
  url?: string | undefined;
  /** Called with every SQL statement Prisma sends (statement counting in tests and benchmarks). */
  onQuery?: ((sql: string) => void) | undefined;
  /** In-memory PGlite only: start from this `dumpDataDir()` image instead of an empty cluster. */
  snapshot?: Blob | undefined;
}

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** Where the data lives, without credentials, for logs and /readyz. */
  location: string;
  /** What the url resolved to; migrations use it to open their own PostgreSQL session. */
  target: DatabaseTarget;
  /** The PGlite instance when embedded (raw SQL, migrations); null on PostgreSQL. */
  pglite: PGlite | null;
  /**
   * One statement straight on PostgreSQL's driver (node-postgres, Prisma's own pool), without
   * Prisma's per-statement work: for a hot hand-written read outside any transaction (the session
   * lookup of every request; pnpm bench's floor row measures it). Null on PGlite, whose single
   * connection Prisma keeps in order with its transactions. Counted by `onQuery` like the rest.
   * Dates travel as UTC ISO text, as Prisma sends them; rows come as node-postgres parses them (it
   * reads a timestamp column in the process's time zone, so select times as text or numbers).
   */
  driverQuery: (<Row>(sql: string, values: readonly unknown[]) => Promise<Row[]>) | null;
  close(): Promise<void>;
}

export class DatabaseLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The embedded database at ${dataDir} is already open in process ${holderPid}. ` +
        "PGlite allows one process per data folder (a second one would silently lose writes): " +
        "stop that process, or point DATABASE_URL at another folder or at PostgreSQL.",
    );
    this.name = "DatabaseLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the data folder's lock file, or throws DatabaseLockedError; a dead holder's lock is taken over. */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new DatabaseLockedError(dataDir, holder);
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const target = parseDatabaseUrl(options.url);
  const log = options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];

  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.connectionString });
    // an idle connection's failure (a server restart) surfaces on the next statement; unheard, Node
    // would throw it out of the pool
    pool.on("error", () => {});
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool), log });
    if (options.onQuery) prisma.$on("query" as never, (event: { query: string }) => options.onQuery?.(event.query));
    return {
      prisma,
      kind: "postgres",
      location: describeTarget(target),
      target,
      pglite: null,
      driverQuery: async <Row>(sql: string, values: readonly unknown[]) => {
        options.onQuery?.(sql);
        return (await pool.query(sql, values.map((value) => (value instanceof Date ? value.toISOString() : value)))).rows as Row[];
      },
      close: async () => {
        await prisma.$disconnect();
        if (!pool.ended) await pool.end();
      },
    };
  }

  if (options.snapshot && target.dataDir) throw new Error("A PGlite snapshot can only seed an in-memory database");
  let unlock = () => {};
  if (target.dataDir) {
    unlock = lockDataDir(target.dataDir);
    mkdirSync(target.dataDir, { recursive: true });
  }
  try {
    const pglite = target.dataDir
      ? await PGlite.create({ dataDir: target.dataDir })
      : await PGlite.create(options.snapshot ? { loadDataDir: options.snapshot } : {});
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), log });
    if (options.onQuery) prisma.$on("query" as never, (event: { query: string }) => options.onQuery?.(event.query));
    return {
      prisma,
      kind: "pglite",
      location: describeTarget(target),
      target,
      pglite,
      driverQuery: null,
      async close() {
        await prisma.$disconnect();
        await pglite.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
