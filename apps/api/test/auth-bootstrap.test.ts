// The first admin and the demo accounts: from the environment, or generated and printed once;
// demo accounts on a demo database, never in production. Then the real server, started as its
// start script does, printing a one-time password that signs in over HTTP.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { seedDatabase, seedFingerprint } from "@thidua/db/seed";
import { createTestDatabase, type TestDatabase } from "@thidua/db/test-database";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { type BootstrapOptions, bootstrapAccounts, DEMO_ACCOUNTS, DEMO_PASSWORD, GENERATED_ADMIN_EMAIL } from "../src/auth/bootstrap.js";
import { env } from "../src/env.js";
import { seededTestDatabase, testApi } from "./support.js";

const databases: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(databases.splice(0).map((db) => db.dispose()));
});

/** The source facts without the demo dataset, as a production database starts. */
async function factsOnly() {
  const db = await createTestDatabase({
    url: env.DATABASE_URL,
    prepare: async (fresh) => void (await seedDatabase(fresh.prisma, { demo: false })),
    cacheKey: `facts-${seedFingerprint()}`,
  });
  databases.push(db);
  return db;
}

async function withDemo() {
  const db = await seededTestDatabase();
  databases.push(db);
  return db;
}

// both images are built once (the first copy of each takes a while); every test copies them
beforeAll(async () => {
  await Promise.all([factsOnly(), withDemo()]);
  await Promise.all(databases.splice(0).map((db) => db.dispose()));
}, 300_000);

/** Runs the bootstrap, collecting what it prints. */
async function bootstrap(db: TestDatabase, options: Partial<BootstrapOptions> = {}) {
  const printed: string[] = [];
  await bootstrapAccounts(db.prisma, { production: true, print: (text) => printed.push(text), log: () => {}, ...options });
  return printed;
}

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { __typename ... on SignedIn { token account { email role mustChangePassword } } }
}`;

/** Signs in; the account as the new session sees it. */
async function login(db: TestDatabase, email: string, password: string) {
  const { yoga, data } = testApi(db, { as: null });
  const { login: result } = await data(LOGIN, { email, password });
  if (result.__typename !== "SignedIn") return result;
  const response = await yoga.fetch("http://api.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${result.token}` },
    body: JSON.stringify({ query: "{ me { unit { code } } }" }),
  });
  const me = (await response.json()) as { data: { me: { unit: { code: string } | null } } | null };
  return { __typename: result.__typename, account: { ...result.account, unit: me.data?.me.unit ?? null } };
}

describe("the first admin from THIDUA_ADMIN_EMAIL / THIDUA_ADMIN_PASSWORD", () => {
  const admin = { email: "chief@ministry.test", password: "a long enough passphrase" };

  it("is created once, and not overwritten at the next start", async () => {
    const db = await factsOnly();
    expect(await bootstrap(db, { admin })).toEqual([]);
    expect(await login(db, admin.email, admin.password)).toEqual({
      __typename: "SignedIn",
      account: { email: admin.email, role: "ADMIN", mustChangePassword: false, unit: null },
    });
    await bootstrap(db, { admin: { ...admin, password: "another long passphrase" } });
    expect((await login(db, admin.email, admin.password)).__typename).toBe("SignedIn");
    expect(await db.prisma.account.count()).toBe(1);
  });

  it("must meet the password policy", async () => {
    const db = await factsOnly();
    await expect(bootstrap(db, { admin: { ...admin, password: "short" } })).rejects.toThrow(/THIDUA_ADMIN_EMAIL \/ THIDUA_ADMIN_PASSWORD: password: At least 12 characters/);
    expect(await db.prisma.account.count()).toBe(0);
  });
});

describe("without them, on a database with no admin", () => {
  it("an admin with a generated one-time password, printed once, to be changed at first sign-in", async () => {
    const db = await factsOnly();
    const printed = await bootstrap(db);
    expect(printed).toHaveLength(1);
    const password = /one-time password: +(\S+)/.exec(printed[0]!)?.[1];
    expect(password).toMatch(/^[\w-]{24}$/);
    expect(printed[0]).toContain(GENERATED_ADMIN_EMAIL);
    // the hash is stored, never the password
    const account = await db.prisma.account.findUniqueOrThrow({ where: { email: GENERATED_ADMIN_EMAIL } });
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
    expect(account.passwordHash).not.toContain(password);
    expect(await login(db, GENERATED_ADMIN_EMAIL, password!)).toMatchObject({ account: { role: "ADMIN", mustChangePassword: true } });
    // printed once: the next start finds the admin
    expect(await bootstrap(db)).toEqual([]);
  });
});

describe("demo accounts", () => {
  it("one per role with the demo password, on a demo database outside production", async () => {
    const db = await withDemo();
    expect(await bootstrap(db, { production: false })).toEqual([]);
    for (const demo of DEMO_ACCOUNTS) {
      expect(await login(db, demo.email, DEMO_PASSWORD)).toEqual({
        __typename: "SignedIn",
        account: { email: demo.email, role: demo.role, mustChangePassword: false, unit: demo.unitCode ? { code: demo.unitCode } : null },
      });
    }
    expect(DEMO_ACCOUNTS.map((demo) => demo.role).sort()).toEqual(["ADMIN", "ANALYST", "UNIT_EDITOR", "VIEWER"]);
    // again: nothing more
    await bootstrap(db, { production: false });
    expect(await db.prisma.account.count({ where: { email: { endsWith: "@demo.thidua" } } })).toBe(DEMO_ACCOUNTS.length);
  });

  it("never in production, even on a demo database", async () => {
    const db = await withDemo();
    const printed = await bootstrap(db, { production: true });
    expect(await db.prisma.account.count({ where: { email: { endsWith: "@demo.thidua" } } })).toBe(0);
    // so there is no admin yet: the generated one
    expect(printed).toHaveLength(1);
  });

  it("not on a database without the demo dataset", async () => {
    const db = await factsOnly();
    await bootstrap(db, { production: false });
    expect(await db.prisma.account.count({ where: { email: { endsWith: "@demo.thidua" } } })).toBe(0);
  });
});

describe("the server as started in production", () => {
  let server: ChildProcess | undefined;
  afterEach(() => {
    if (server?.pid && server.exitCode === null) process.kill(server.pid, "SIGTERM");
  });

  async function freePort(): Promise<number> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));
    return port;
  }

  it("prints the one-time password once; it signs in over HTTP; no demo account exists", async () => {
    const port = await freePort();
    server = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
      cwd: new URL("..", import.meta.url).pathname,
      env: { PATH: process.env.PATH, DATABASE_URL: "memory://", HOST: "127.0.0.1", PORT: String(port), NODE_ENV: "production", LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    server.stdout?.on("data", (chunk) => {
      output += chunk;
    });
    server.stderr?.on("data", (chunk) => {
      output += chunk;
    });
    const started = Date.now();
    while (!output.includes(`GraphQL on http://127.0.0.1:${port}`)) {
      if (server.exitCode !== null || Date.now() - started > 120_000) throw new Error(`the server did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(output.match(/one-time password/g)).toHaveLength(1);
    const password = /one-time password: +(\S+)/.exec(output)![1]!;

    const call = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return { response, body: (await response.json()) as { data: { login: { __typename: string } } } };
    };
    const admin = await call(LOGIN, { email: GENERATED_ADMIN_EMAIL, password });
    expect(admin.body.data.login).toMatchObject({ __typename: "SignedIn", account: { role: "ADMIN", mustChangePassword: true } });
    // production cookies: Secure, bound to this origin
    expect(admin.response.headers.get("set-cookie")).toMatch(/^__Host-thidua_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+; Secure$/);
    expect((await call(LOGIN, { email: "admin@demo.thidua", password: DEMO_PASSWORD })).body.data.login.__typename).toBe("InvalidCredentialsError");
  }, 180_000);
});
