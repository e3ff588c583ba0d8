// pnpm db:seed [--no-demo] [--scale large] [--force] — migrates the database DATABASE_URL names,
// then seeds it if it is empty: the facts, the demo dataset (unless --no-demo), and the large
// scale for PostgreSQL benchmarks (--scale large; --force lets it run on PGlite too).
import { parseArgs } from "node:util";
import { openDatabase } from "../client.js";
import { migrate } from "../migrate.js";
import { seedDatabase } from "../seed/index.js";
import { env } from "./env.js";

const { values } = parseArgs({
  options: {
    "no-demo": { type: "boolean", default: false },
    scale: { type: "string" },
    force: { type: "boolean", default: false },
  },
});
if (values.scale !== undefined && values.scale !== "large") {
  console.error(`Unknown --scale ${values.scale}: the only scale is "large".`);
  process.exit(2);
}

const db = await openDatabase({ url: env.DATABASE_URL });
try {
  const { applied } = await migrate(db);
  for (const name of applied) console.log(`${db.location}: applied ${name}`);
  const summary = await seedDatabase(db.prisma, {
    demo: !values["no-demo"],
    ...(values.scale === "large" ? { scale: "large" as const } : {}),
    force: values.force,
    log: (line) => console.log(`${db.location}: ${line}`),
  });
  if (summary.seeded) console.table(summary.rows);
} catch (error) {
  console.error(`${db.location}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
