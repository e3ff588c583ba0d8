// Stand-in for Prisma's native `schema-engine` binary, which cannot be downloaded here: it speaks
// the engine's protocol to the real Prisma CLI on top of the WebAssembly engine, so that
// `prisma migrate status / deploy / diff` work (scripts/schema-engine.sh launches it). Shadow
// databases are in-memory PGlite. `migrate dev` does not: the WebAssembly engine refuses it
// ("shadow DB must be provided through an external factory"); use pnpm db:migration:new.
//   schema-engine --version
//   schema-engine --datasource '{"url":…}' cli can-connect-to-database | create-database
//   schema-engine --datamodels <file>… --datasource '{"url":…}'   JSON-RPC 2.0, one message a line
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import pg from "pg";
import { type Database, openDatabase, parseDatabaseUrl } from "../client.js";
import { engineVersion, openSchemaEngine } from "../schema-engine.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  strict: false,
  options: {
    datamodels: { type: "string", multiple: true },
    datasource: { type: "string" },
    version: { type: "boolean" },
  },
});
const datasource = JSON.parse(String(values.datasource ?? "{}")) as { url?: string };
const schemaFiles = (values.datamodels ?? [])
  .filter((path): path is string => typeof path === "string")
  .map((path): [string, string] => [path, readFileSync(path, "utf8")]);

/** The engine logs JSON lines on stderr; the CLI shows an ERROR line's message and error code. */
function logError(message: string, errorCode: string): void {
  const fields = { message, error_code: errorCode };
  process.stderr.write(`${JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields })}\n`);
}

/** PostgreSQL's "database does not exist" is Prisma's P1003, which makes the CLI offer to create it. */
const errorCode = (error: unknown) => ((error as { code?: string }).code === "3D000" ? "P1003" : "P1001");

async function canConnect(): Promise<void> {
  const db = await openDatabase({ url: datasource.url });
  try {
    await db.prisma.$queryRawUnsafe("SELECT 1");
  } finally {
    await db.close();
  }
}

async function createDatabase(): Promise<void> {
  const target = parseDatabaseUrl(datasource.url);
  if (target.kind === "pglite") return canConnect(); // opening a PGlite folder creates it
  const url = new URL(target.connectionString);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
}

async function runCli(command: string | undefined): Promise<void> {
  const commands: Record<string, () => Promise<void>> = {
    "can-connect-to-database": canConnect,
    "create-database": createDatabase,
  };
  const run = command ? commands[command] : undefined;
  if (!run) {
    logError(`the stand-in schema engine does not do "${command}"`, "P1000");
    process.exit(1);
  }
  try {
    await run();
  } catch (error) {
    logError(error instanceof Error ? error.message : String(error), errorCode(error));
    process.exit(1);
  }
}

interface Request {
  id: number;
  method?: string;
  params?: unknown;
}

async function serve(): Promise<void> {
  let db: Database | undefined;
  const opened = (async () => {
    db = datasource.url ? await openDatabase({ url: datasource.url }) : undefined;
    return openSchemaEngine(schemaFiles, db);
  })();
  const call = async (method: string, params: unknown): Promise<unknown> => {
    const { engine } = await opened;
    // the native engine's RPC names are the WebAssembly engine's methods, but for this one
    const name = method === "getDatabaseVersion" ? "version" : method;
    const handler = (engine as unknown as Record<string, unknown>)[name];
    if (typeof handler !== "function") throw new Error(`the stand-in schema engine does not do "${method}"`);
    return handler.call(engine, params ?? {});
  };

  let queue = Promise.resolve();
  let printRequests = 1_000_000; // ids of our own requests, clear of the CLI's
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  lines.on("line", (line) => {
    if (line.trim() === "") return;
    const request = JSON.parse(line) as Request;
    const { method } = request;
    if (method === undefined) return; // the CLI acknowledging a print
    // one request at a time, in order, as the native engine answers them
    queue = queue.then(async () => {
      try {
        const result = (await call(method, request.params)) ?? {};
        if (method === "diff") {
          // the native engine hands a diff's script to the CLI in a "print" request of its own
          const { stdout, ...rest } = result as { stdout?: string | null };
          if (typeof stdout === "string") reply({ id: ++printRequests, method: "print", params: { content: stdout } });
          reply({ id: request.id, result: rest });
          return;
        }
        reply({ id: request.id, result });
      } catch (error) {
        const { message, code, meta } = error as { message?: string; code?: string; meta?: unknown };
        reply({
          id: request.id,
          error: {
            code: 4466,
            message: "An error happened. Check the data field for details.",
            data: { is_panic: false, message: message ?? String(error), error_code: code, meta },
          },
        });
      }
    });
  });
  // The CLI ends stdin and sends SIGTERM at once: either way, finish the request in hand and
  // close the database properly (a PGlite folder keeps its lock file otherwise).
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await queue;
    await (await opened.catch(() => undefined))?.close();
    await db?.close();
    process.exit(0);
  };
  lines.on("close", stop);
  process.on("SIGTERM", stop);
}

function reply(message: object): void {
  process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);
}

if (values.version) console.log(`schema-engine-cli ${await engineVersion()}`);
else if (positionals[0] === "cli") await runCli(positionals[1]);
else await serve();
