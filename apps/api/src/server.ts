// Opens the database, brings it up to date, and serves the API on HOST:PORT until told to stop.
import { createServer } from "node:http";
import { openDatabase } from "@thidua/db/client";
import { migrate } from "@thidua/db/migrate";
import { isDatabaseEmpty, seedDatabase } from "@thidua/db/seed";
import { createLogger } from "graphql-yoga";
import { bootstrapAccounts } from "./auth/bootstrap.js";
import { env } from "./env.js";
import { createLive } from "./live/live.js";
import { createApi } from "./yoga.js";

const logger = createLogger(env.LOG_LEVEL);

const db = await openDatabase({ url: env.DATABASE_URL });
logger.info(`database: ${db.location}`);

try {
  // The embedded database is ours to keep current; a shared PostgreSQL is migrated on purpose
  // (pnpm db:migrate) in production, and for convenience here otherwise.
  if (db.kind === "pglite" || env.NODE_ENV !== "production") {
    const { applied } = await migrate(db);
    logger.info(applied.length > 0 ? `applied migrations: ${applied.join(", ")}` : "migrations: up to date");
  }
  if (db.kind === "pglite" && (await isDatabaseEmpty(db.prisma))) {
    const demo = env.NODE_ENV !== "production";
    logger.info(`empty embedded database: loading the seed facts${demo ? " and the demo data" : ""}`);
    await seedDatabase(db.prisma, { demo, log: (line) => logger.info(`seed: ${line}`) });
  }
  await bootstrapAccounts(db.prisma, {
    admin: env.THIDUA_ADMIN_EMAIL && env.THIDUA_ADMIN_PASSWORD ? { email: env.THIDUA_ADMIN_EMAIL, password: env.THIDUA_ADMIN_PASSWORD } : undefined,
    production: env.NODE_ENV === "production",
    print: (text) => process.stdout.write(`${text}\n`),
    log: (line) => logger.info(line),
  });
} catch (error) {
  await db.close();
  throw error;
}

const live = createLive({ redisUrl: env.REDIS_URL, onError: (error) => logger.error(`live updates (Redis): ${error.message}`) });
logger.info(`live updates: ${env.REDIS_URL ? "through Redis" : "in-process"}`);
const yoga = createApi({ db, logger, exposeErrors: env.NODE_ENV === "development", live });
const server = createServer(yoga);

server.listen(env.PORT, env.HOST, () => {
  logger.info(`GraphQL on http://${env.HOST}:${env.PORT}${yoga.graphqlEndpoint}`);
});

let stopping = false;
async function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: closing`);
  server.close();
  server.closeAllConnections();
  await live.close();
  // releases PGlite's data-folder lock, so that a restart (tsx watch) can open it again
  await db.close().catch((error: unknown) => logger.error("closing the database failed", error));
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
