// Signing in and out over real HTTP semantics: cookie and bearer sessions, password changes,
// expiry with sliding renewal, and the limits on failed attempts.
import type { TestDatabase } from "@thidua/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGIN_LIMITS } from "../src/auth/login-limiter.js";
import { hashToken, SESSION_COOKIE, SESSION_IDLE_MS, SESSION_MAX_MS } from "../src/auth/session.js";
import { addAccount, type GraphQLResponse, seededTestDatabase, testApi } from "./support.js";

let db: TestDatabase;
let api: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await seededTestDatabase();
  api = testApi(db, { as: null });
});
afterAll(() => db?.dispose());

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) {
    __typename
    ... on SignedIn { token expiresAt account { email role mustChangePassword } }
    ... on Error { message }
    ... on TooManyAttemptsError { retryAfterSeconds retryAt }
    ... on ValidationError { fieldErrors { path code } }
  }
}`;
const ME = "{ me { email role } }";

interface Call {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: the tests assert the shape of what comes back
  body: GraphQLResponse<Record<string, any>>;
}

/** One GraphQL request from an address, with whatever headers carry the session. */
async function call(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}, address = "192.0.2.1"): Promise<Call> {
  const response = await api.yoga.fetch(
    "http://api.test/graphql",
    { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) },
    { req: { socket: { remoteAddress: address } } },
  );
  return { status: response.status, headers: response.headers, body: (await response.json()) as Call["body"] };
}

const login = (email: string, password: string, address?: string) => call(LOGIN, { email, password }, {}, address);

/** A login that must succeed: its SignedIn result. */
async function signedIn(email: string, password: string, address?: string) {
  const result = (await login(email, password, address)).body.data?.login;
  expect(result?.__typename).toBe("SignedIn");
  return result as { token: string; account: { mustChangePassword: boolean } };
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const cookie = (token: string) => ({ cookie: `other=1; ${SESSION_COOKIE}=${token}` });

let counter = 0;
/** A fresh account (so that limits and sessions of one test do not reach another). */
async function freshAccount(overrides: { active?: boolean; mustChangePassword?: boolean } = {}) {
  counter += 1;
  const email = `person${counter}@sessions.test`;
  const password = `correct horse battery ${counter}`;
  const account = await addAccount(db, { email, password, role: "ANALYST", ...overrides });
  return { email, password, account };
}

describe("login", () => {
  it("returns a token, sets an httpOnly SameSite cookie, and either one opens the session", async () => {
    const { email, password, account } = await freshAccount();
    const result = await login(email.toUpperCase(), password);
    const signedIn = result.body.data?.login;
    expect(signedIn).toMatchObject({ __typename: "SignedIn", account: { email, role: "ANALYST", mustChangePassword: false } });
    expect(signedIn.token).toMatch(/^[\w-]{43}$/);
    const setCookie = result.headers.get("set-cookie") ?? "";
    expect(setCookie).toContain(`${SESSION_COOKIE}=${signedIn.token}`);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    // the server keeps the hash, never the token
    const row = await db.prisma.session.findUniqueOrThrow({ where: { id: hashToken(signedIn.token) } });
    expect(row.accountId).toBe(account.id);
    expect(row.ip).toBe("192.0.2.1");
    expect(JSON.stringify(await db.prisma.session.findMany())).not.toContain(signedIn.token);
    expect((await db.prisma.account.findUniqueOrThrow({ where: { id: account.id } })).lastLoginAt).not.toBeNull();

    expect((await call(ME, {}, cookie(signedIn.token))).body).toEqual({ data: { me: { email, role: "ANALYST" } } });
    expect((await call(ME, {}, bearer(signedIn.token))).body).toEqual({ data: { me: { email, role: "ANALYST" } } });
  });

  it("says only 'wrong email or password', for a wrong password, an unknown email and an inactive account", async () => {
    const { email, password } = await freshAccount();
    const inactive = await freshAccount({ active: false });
    for (const [tryEmail, tryPassword] of [
      [email, "wrong password"],
      ["nobody@sessions.test", password],
      [inactive.email, inactive.password],
    ] as const) {
      const result = await login(tryEmail, tryPassword, `198.51.100.${counter}`);
      expect(result.body.data?.login).toEqual({ __typename: "InvalidCredentialsError", message: "Wrong email or password." });
      expect(result.headers.get("set-cookie")).toBeNull();
    }
  });

  it("refuses a malformed email as a ValidationError", async () => {
    const result = await login("not an email", "whatever");
    expect(result.body.data?.login).toMatchObject({ __typename: "ValidationError", fieldErrors: [{ path: ["email"] }] });
  });

  it("does not accept a token the server never issued, by cookie or bearer", async () => {
    const forged = "A".repeat(43);
    for (const headers of [cookie(forged), bearer(forged)]) {
      const result = await call(ME, {}, headers);
      expect(result.body.data).toBeNull();
      expect(result.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });
});

describe("logout", () => {
  it("ends the session, clears the cookie, and the token stops working", async () => {
    const { email, password } = await freshAccount();
    const { token } = await signedIn(email, password);
    const { token: other } = await signedIn(email, password);
    const result = await call("mutation { logout }", {}, cookie(token));
    expect(result.body).toEqual({ data: { logout: true } });
    expect(result.headers.get("set-cookie")).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`));
    expect(await db.prisma.session.findUnique({ where: { id: hashToken(token) } })).toBeNull();
    expect((await call(ME, {}, bearer(token))).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // only that session: the account's other one goes on
    expect((await call(ME, {}, bearer(other))).body.data?.me.email).toBe(email);
  });
});

describe("changePassword", () => {
  const CHANGE = `mutation ($current: String!, $next: String!) {
    changePassword(input: { currentPassword: $current, newPassword: $next }) {
      __typename
      ... on SignedIn { token account { mustChangePassword } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { path code } }
    }
  }`;

  it("needs the current password and a new one that meets the policy", async () => {
    const { email, password } = await freshAccount();
    const { token } = await signedIn(email, password);
    const wrong = await call(CHANGE, { current: "not it at all", next: "a brand new passphrase" }, bearer(token));
    expect(wrong.body.data?.changePassword.__typename).toBe("InvalidCredentialsError");
    const short = await call(CHANGE, { current: password, next: "short" }, bearer(token));
    expect(short.body.data?.changePassword).toMatchObject({ __typename: "ValidationError", fieldErrors: [{ path: ["newPassword"], code: "too_small" }] });
    const withName = await call(CHANGE, { current: password, next: `my ${email.split("@")[0]} password` }, bearer(token));
    expect(withName.body.data?.changePassword).toMatchObject({ fieldErrors: [{ path: ["newPassword"], code: "passwordContainsEmail" }] });
    // nothing changed: the old password still signs in
    expect((await login(email, password)).body.data?.login.__typename).toBe("SignedIn");
  });

  it("ends every session of the account, opens a new one, and only the new password signs in", async () => {
    const { email, password, account } = await freshAccount({ mustChangePassword: true });
    const first = await signedIn(email, password);
    expect(first.account.mustChangePassword).toBe(true);
    const second = await signedIn(email, password);
    const next = "a much better passphrase";
    const result = await call(CHANGE, { current: password, next }, cookie(first.token));
    const changed = result.body.data?.changePassword;
    expect(changed).toMatchObject({ __typename: "SignedIn", account: { mustChangePassword: false } });
    expect(result.headers.get("set-cookie")).toContain(`${SESSION_COOKIE}=${changed.token}`);
    for (const old of [first.token, second.token]) {
      expect((await call(ME, {}, bearer(old))).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    expect((await call(ME, {}, bearer(changed.token))).body.data?.me.email).toBe(email);
    expect(await db.prisma.session.count({ where: { accountId: account.id } })).toBe(1);
    expect((await login(email, password)).body.data?.login.__typename).toBe("InvalidCredentialsError");
    expect((await login(email, next)).body.data?.login.__typename).toBe("SignedIn");
    // audited, without the hash
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityType: "Account", entityId: String(account.id) } });
    expect(audit.accountId).toBe(account.id);
    expect(JSON.stringify([audit.before, audit.after])).not.toMatch(/passwordHash|argon2/);
  });

  it("is all a must-change account may do, besides me and logout", async () => {
    const { email, password } = await freshAccount({ mustChangePassword: true });
    const { token } = await signedIn(email, password);
    expect((await call(ME, {}, bearer(token))).body.data?.me.email).toBe(email);
    const units = await call("{ units(first: 1) { totalCount } }", {}, bearer(token));
    expect(units.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("expiry", () => {
  it("refuses an expired session and deletes it", async () => {
    const { email, password } = await freshAccount();
    const { token } = await signedIn(email, password);
    await db.prisma.session.update({ where: { id: hashToken(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await call(ME, {}, bearer(token))).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await db.prisma.session.findUnique({ where: { id: hashToken(token) } })).toBeNull();
  });

  it("slides forward as the session is used, but never past the maximum after sign-in", async () => {
    const { email, password } = await freshAccount();
    const { token } = await signedIn(email, password);
    const id = hashToken(token);
    const now = Date.now();
    // last used ten minutes ago, ending in a minute: a request renews it for a full idle period
    await db.prisma.session.update({ where: { id }, data: { lastSeenAt: new Date(now - 600_000), expiresAt: new Date(now + 60_000) } });
    expect((await call(ME, {}, bearer(token))).body.data?.me.email).toBe(email);
    const renewed = await db.prisma.session.findUniqueOrThrow({ where: { id } });
    expect(renewed.expiresAt.getTime()).toBeGreaterThanOrEqual(now + SESSION_IDLE_MS - 5_000);
    expect(renewed.lastSeenAt.getTime()).toBeGreaterThanOrEqual(now - 5_000);
    // signed in almost the maximum ago: renewal stops at the maximum
    const createdAt = new Date(now - SESSION_MAX_MS + 30_000);
    await db.prisma.session.update({ where: { id }, data: { createdAt, lastSeenAt: new Date(now - 600_000) } });
    expect((await call(ME, {}, bearer(token))).body.data?.me.email).toBe(email);
    const capped = await db.prisma.session.findUniqueOrThrow({ where: { id } });
    expect(capped.expiresAt.getTime()).toBe(createdAt.getTime() + SESSION_MAX_MS);
  });

  it("ends with the account: a deactivated account's session opens nothing", async () => {
    const { email, password, account } = await freshAccount();
    const { token } = await signedIn(email, password);
    await db.prisma.account.update({ where: { id: account.id }, data: { active: false } });
    expect((await call(ME, {}, bearer(token))).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("rate limiting", () => {
  it(`allows ${LOGIN_LIMITS.perAccount} failures per account, then refuses even the right password until the window passes`, async () => {
    const { email, password } = await freshAccount();
    // from a different address each time: the account's limit alone applies
    for (let attempt = 1; attempt <= LOGIN_LIMITS.perAccount; attempt++) {
      const result = await login(email, "wrong password", `203.0.113.${attempt}`);
      expect(result.body.data?.login.__typename).toBe("InvalidCredentialsError");
    }
    const refused = (await login(email, password, "203.0.113.200")).body.data?.login;
    expect(refused.__typename).toBe("TooManyAttemptsError");
    expect(refused.message).toMatch(/Try again in \d+ s/);
    expect(refused.retryAfterSeconds).toBeGreaterThan(LOGIN_LIMITS.windowMs / 1000 - 60);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(LOGIN_LIMITS.windowMs / 1000);
    expect(Date.parse(refused.retryAt)).toBeGreaterThan(Date.now());
    // other accounts are not affected
    const other = await freshAccount();
    expect((await login(other.email, other.password, "203.0.113.200")).body.data?.login.__typename).toBe("SignedIn");
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    const { email, password } = await freshAccount();
    for (let attempt = 1; attempt < LOGIN_LIMITS.perAccount; attempt++) await login(email, "wrong password", "203.0.114.1");
    expect((await login(email, password, "203.0.114.1")).body.data?.login.__typename).toBe("SignedIn");
    for (let attempt = 1; attempt < LOGIN_LIMITS.perAccount; attempt++) await login(email, "wrong password", "203.0.114.1");
    expect((await login(email, password, "203.0.114.1")).body.data?.login.__typename).toBe("SignedIn");
  });

  it(`allows ${LOGIN_LIMITS.perAddress} failures per address across accounts, then refuses that address only`, async () => {
    const address = "203.0.113.77";
    const target = await freshAccount();
    for (let attempt = 1; attempt <= LOGIN_LIMITS.perAddress; attempt++) {
      const result = await login(`guess${attempt}@sessions.test`, "wrong password", address);
      expect(result.body.data?.login.__typename).toBe("InvalidCredentialsError");
    }
    expect((await login(target.email, target.password, address)).body.data?.login.__typename).toBe("TooManyAttemptsError");
    expect((await login(target.email, target.password, "203.0.113.78")).body.data?.login.__typename).toBe("SignedIn");
  });

  it("counts failed current passwords of changePassword against the account", async () => {
    const { email, password } = await freshAccount();
    const { token } = await signedIn(email, password, "203.0.115.1");
    const CHANGE = `mutation { changePassword(input: { currentPassword: "guess guess", newPassword: "a brand new passphrase" }) { __typename } }`;
    for (let attempt = 1; attempt <= LOGIN_LIMITS.perAccount; attempt++) {
      expect((await call(CHANGE, {}, bearer(token), "203.0.115.1")).body.data?.changePassword.__typename).toBe("InvalidCredentialsError");
    }
    expect((await call(CHANGE, {}, bearer(token), "203.0.115.1")).body.data?.changePassword.__typename).toBe("TooManyAttemptsError");
  });
});
