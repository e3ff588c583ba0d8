// The GraphQL-over-HTTP spec: graphql-http's own audit suite against the API served by node's
// http server on a 127.0.0.1 port, signed in with a bearer token (and the CSRF header, which the
// spec's GET requests need here).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestDatabase } from "@thidua/db/test-database";
import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSRF_HEADER } from "../src/hardening/limits.js";
import { createApi } from "../src/yoga.js";
import { seededTestDatabase, signIn } from "./support.js";

let db: TestDatabase;
let server: Server;
let url: string;
let token: string;

beforeAll(async () => {
  db = await seededTestDatabase();
  token = await signIn(db, "ANALYST");
  server = createServer(createApi({ db }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await db?.dispose();
});

/** fetch with the session and the CSRF header added to whatever the audit sends. */
const signedInFetch: typeof fetch = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set("authorization", `Bearer ${token}`);
  headers.set(CSRF_HEADER, "1");
  return fetch(input, { ...init, headers });
};

const audits = serverAudits({ url: () => url, fetchFn: signedInFetch });

describe("graphql-http audit", () => {
  it("has audits to run", () => {
    expect(audits.filter((audit) => audit.name.startsWith("MUST")).length).toBeGreaterThan(10);
  });

  it.each(audits.filter((audit) => !audit.name.startsWith("MAY")).map((audit) => [audit.name, audit] as const))("%s", async (_name, audit) => {
    const result = await audit.fn();
    expect(result.status === "ok" ? "ok" : `${result.reason}: ${JSON.stringify(result.response?.status)}`).toBe("ok");
  });

  it("the same server refuses the audit's requests without a session", async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: "{ me { email } }" }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
