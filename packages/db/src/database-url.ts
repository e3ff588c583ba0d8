// What DATABASE_URL means. Kept free of heavy imports: prisma.config.ts reads it too, before the
// Prisma client is generated.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const defaultPgliteDir = resolve(repoRoot, "data/pglite");

export type DatabaseTarget =
  | { kind: "postgres"; connectionString: string }
  | { kind: "pglite"; dataDir: string | null };

export function parseDatabaseUrl(url: string | undefined): DatabaseTarget {
  const value = url?.trim() ?? "";
  if (value === "") return { kind: "pglite", dataDir: defaultPgliteDir };
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: "postgres", connectionString: value };
  if (value === "memory://" || value === "pglite:memory" || value === "pglite://memory") {
    return { kind: "pglite", dataDir: null };
  }
  const path = value.replace(/^(pglite|file):(\/\/)?/i, "");
  return { kind: "pglite", dataDir: resolve(repoRoot, path) };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return target.dataDir ? `pglite:${target.dataDir}` : "pglite:memory";
  const parsed = new URL(target.connectionString);
  return `postgres://${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}
