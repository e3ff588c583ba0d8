// Starts api-process.ts, talks to it over IPC (its port, its SQL statement count), signs in, and
// sends GraphQL over HTTP on kept-alive connections.
import { type ChildProcess, fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Agent, request } from "node:http";
import { hashPassword } from "@thidua/api/src/auth/passwords.ts";
import type { PrismaClient } from "@thidua/db/prisma";
import { env } from "./env.js";

/** `capture` turns capturing on or off; either is answered with what was captured until then. */
export type ParentMessage = { type: "statements" } | { type: "capture"; on: boolean } | { type: "stop" };
export type ApiMessage =
  | { type: "listening"; port: number }
  | { type: "statements"; count: number }
  | { type: "captured"; statements: CapturedStatement[] };

/** A statement as Prisma sent it: the SQL and its parameters (a JSON array). */
export interface CapturedStatement {
  sql: string;
  params: string;
}

export const BENCH_ACCOUNT = "bench@bench.thidua";

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface RunningApi {
  port: number;
  /** SQL statements the API has sent since it started. */
  statements(): Promise<number>;
  /** POSTs the operation with the session's bearer token; the raw body (JSON) of a 200 response. */
  post(operation: GraphQLRequest): Promise<string>;
  signIn(): Promise<void>;
  /** The statements the API sends for this one operation, with their parameters. */
  capture(operation: GraphQLRequest): Promise<CapturedStatement[]>;
  stop(): Promise<void>;
}

/**
 * An ADMIN account for the benchmark, written straight into the database with a fresh random
 * password on every run (the database is the benchmark's own), so that signing in goes through
 * the real login mutation.
 */
export async function prepareAccount(prisma: PrismaClient): Promise<string> {
  const password = randomBytes(18).toString("base64url");
  const passwordHash = await hashPassword(password);
  await prisma.account.upsert({
    where: { email: BENCH_ACCOUNT },
    create: { email: BENCH_ACCOUNT, displayName: "Benchmark", role: "ADMIN", passwordHash },
    update: { passwordHash, role: "ADMIN", active: true, mustChangePassword: false },
  });
  return password;
}

export async function startApi(databaseUrl: string, password: string, connections: number): Promise<RunningApi> {
  const child: ChildProcess = fork(new URL("./api-process.ts", import.meta.url), [databaseUrl], {
    execArgv: ["--import", "tsx", ...(env.BENCH_API_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${env.BENCH_API_PROFILE_DIR}`] : [])],
    env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = <T extends ApiMessage["type"]>(type: T) =>
    new Promise<Extract<ApiMessage, { type: T }>>((resolve, reject) => {
      const onMessage = (message: ApiMessage) => {
        if (message.type !== type) return;
        child.off("message", onMessage);
        child.off("exit", onExit);
        resolve(message as Extract<ApiMessage, { type: T }>);
      };
      const onExit = (code: number | null) => reject(new Error(`The API process exited (code ${code})`));
      child.on("message", onMessage);
      child.once("exit", onExit);
    });
  const { port } = await next("listening");
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  let token: string | null = null;

  const post = (operation: GraphQLRequest) =>
    new Promise<string>((resolve, reject) => {
      const body = JSON.stringify(operation);
      const req = request(
        {
          agent,
          host: "127.0.0.1",
          port,
          path: "/graphql",
          method: "POST",
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 500)}`));
            else resolve(text);
          });
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(body);
    });

  return {
    port,
    async statements() {
      const reply = next("statements");
      child.send({ type: "statements" } satisfies ParentMessage);
      return (await reply).count;
    },
    post,
    async signIn() {
      const text = await post({
        query: "mutation ($input: LoginInput!) { login(input: $input) { __typename ... on SignedIn { token } ... on Error { message } } }",
        variables: { input: { email: BENCH_ACCOUNT, password } },
      });
      const login = (JSON.parse(text) as { data?: { login?: { __typename: string; token?: string; message?: string } } }).data?.login;
      if (!login?.token) throw new Error(`Signing in failed: ${text.slice(0, 500)}`);
      token = login.token;
    },
    async capture(operation) {
      const capture = async (on: boolean) => {
        const reply = next("captured");
        child.send({ type: "capture", on } satisfies ParentMessage);
        return (await reply).statements;
      };
      await capture(true);
      await post(operation);
      return capture(false);
    },
    async stop() {
      agent.destroy();
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.send({ type: "stop" } satisfies ParentMessage);
      await exited;
    },
  };
}
