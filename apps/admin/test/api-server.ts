// Starts the real API (its own start script) on a free port of 127.0.0.1, on an in-memory
// database seeded with the source facts only (NODE_ENV=production skips the demo data) and one
// administrator, for the page tests to sign in and query over real HTTP. Plain-HTTP session
// cookies (SESSION_COOKIE_SECURE=false), as in development. Stopped by its process group id.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import type { TestProject } from "vitest/node";

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const address = probe.address();
  probe.close();
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

async function waitUntilReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}):\n${log()}`);
    const ready = await fetch(`${url}/readyz`).then((response) => response.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the API was not ready within 120 s:\n${log()}`);
}

const admin = { email: "tester@thidua.test", password: "kiem-tra-giao-dien-2022" };

export default async function setup(project: TestProject) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const child = spawn("pnpm", ["--filter", "@thidua/api", "start"], {
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_URL: "memory://",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      SESSION_COOKIE_SECURE: "false",
      THIDUA_ADMIN_EMAIL: admin.email,
      THIDUA_ADMIN_PASSWORD: admin.password,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
  };
  try {
    await waitUntilReady(url, child, () => output);
  } catch (error) {
    stop();
    throw error;
  }
  project.provide("apiUrl", url);
  project.provide("admin", admin);
  return async () => {
    stop();
    if (child.exitCode === null) await once(child, "exit");
  };
}
