// pnpm db:migrate — applies pending migrations to the database DATABASE_URL names.
import { openDatabase } from "../client.js";
import { MigrationError, migrate } from "../migrate.js";
import { env } from "./env.js";

const db = await openDatabase({ url: env.DATABASE_URL });
try {
  const { applied } = await migrate(db);
  if (applied.length === 0) console.log(`${db.location}: up to date, nothing to apply`);
  for (const name of applied) console.log(`${db.location}: applied ${name}`);
} catch (error) {
  if (!(error instanceof MigrationError)) throw error;
  console.error(`${db.location}: ${error.message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
