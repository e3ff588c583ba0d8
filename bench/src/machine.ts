// What the figures were measured on: they mean little without it.
import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import type pg from "pg";

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  postgres: string;
  /** The PostgreSQL settings that matter most to these queries. */
  postgresSettings: Record<string, string>;
  /** 1-, 5- and 15-minute load averages. */
  load: number[];
}

function cpuModel(): string {
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((candidate) => candidate.startsWith("model name"));
    if (line) return line.split(":").slice(1).join(":").trim();
  } catch {
    // not Linux: os.cpus() names the model too
  }
  return cpus()[0]?.model ?? "unknown";
}

export const roundedLoad = () => loadavg().map((value) => Math.round(value * 100) / 100);

export async function describeMachine(pool: pg.Pool): Promise<Machine> {
  const { rows } = await pool.query<{ name: string; setting: string }>(
    "SELECT name, current_setting(name) AS setting FROM pg_settings WHERE name IN ('server_version', 'shared_buffers', 'work_mem', 'effective_cache_size', 'jit', 'max_parallel_workers_per_gather') ORDER BY name",
  );
  const settings = Object.fromEntries(rows.map((row) => [row.name, row.setting]));
  const { server_version: postgres = "unknown", ...postgresSettings } = settings;
  return {
    cpuModel: cpuModel(),
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    postgres,
    postgresSettings,
    load: roundedLoad(),
  };
}
