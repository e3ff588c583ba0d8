// Liveness and readiness probes, answered before GraphQL is involved.
import { migrationStatus } from "@thidua/db/migrate";
import type { Database } from "@thidua/db/client";
import type { Plugin } from "graphql-yoga";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8" } });

/** Why the API cannot serve yet, or null when it can: the database answers and has every migration. */
async function notReadyReason(db: Database): Promise<string | null> {
  try {
    const { pending } = await migrationStatus(db);
    return pending.length > 0 ? `pending migrations: ${pending.join(", ")}` : null;
  } catch {
    // the cause may hold a connection string; the operator finds it in the API's log
    return "database unreachable";
  }
}

/** GET /healthz: the process is up. GET /readyz: the database is reachable and fully migrated. */
export function useHealthProbes(db: Database): Plugin {
  return {
    async onRequest({ url, request, endResponse }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      if (url.pathname === "/healthz") {
        endResponse(json(200, { status: "ok" }));
      } else if (url.pathname === "/readyz") {
        const reason = await notReadyReason(db);
        endResponse(reason ? json(503, { status: "unavailable", reason }) : json(200, { status: "ready", database: db.location }));
      }
    },
  };
}
