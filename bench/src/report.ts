// The results: a table on the console and the generated part of bench/RESULTS.md (the notes
// written by hand below it are kept).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Machine } from "./machine.js";
import type { PhaseFigures } from "./stats.js";

export interface QueryResult {
  name: string;
  question: string;
  /** Why the query could not be measured (an error, or answers that differ); null when measured. */
  failure: string | null;
  /** Counted on one request alone (the session lookup included). */
  statementsPerRequest: number | null;
  /** Averaged over the timed phase; equal to the above unless the count depends on something else. */
  statementsUnderLoad: number | null;
  api: (PhaseFigures & { truncated: boolean }) | null;
  sql: PhaseFigures | null;
  /** One request at a time: the latency without queueing, API and SQL. */
  alone: { api: PhaseFigures; sql: PhaseFigures } | null;
}

export interface RunReport {
  date: Date;
  command: string;
  database: { name: string; built: boolean; buildSeconds: number | null };
  concurrency: number;
  requests: number;
  warmup: number;
  maxSeconds: number;
  apiPoolSize: string;
  machine: Machine;
  loadAfter: number[];
  results: QueryResult[];
}

/** The targets of issue 3: API time ≤ 2× the hand-written SQL's for every query; p99 ≤ 100 ms for these. */
export const RATIO_TARGET = 2;
export const P99_TARGET_MS = 100;
export const P99_TARGET_QUERIES = new Set(["roster-page", "scoreboard"]);
/** Rows measured for reference, with no target of their own. */
export const REFERENCE_QUERIES = new Set(["floor"]);

/** API time over SQL time for the same number of runs at the same concurrency. */
export const ratioOf = (result: QueryResult) => (result.api && result.sql ? result.api.seconds / result.api.requests / (result.sql.seconds / result.sql.requests) : null);

type Verdict = "met" | "missed" | "—";

export function verdicts(result: QueryResult): { ratio: Verdict; p99: Verdict } {
  const ratio = ratioOf(result);
  return {
    ratio: REFERENCE_QUERIES.has(result.name) ? "—" : ratio === null ? "missed" : ratio <= RATIO_TARGET ? "met" : "missed",
    p99: !P99_TARGET_QUERIES.has(result.name) ? "—" : result.api && result.api.p99 <= P99_TARGET_MS ? "met" : "missed",
  };
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : Math.round(value).toString());
const latency = (phase: PhaseFigures | null) => (phase ? `${ms(phase.p50)} / ${ms(phase.p95)} / ${ms(phase.p99)}` : "—");
const rate = (phase: PhaseFigures | null) => (phase ? phase.perSecond.toFixed(1) : "—");

function statements(result: QueryResult): string {
  if (result.statementsPerRequest === null) return "—";
  const underLoad = result.statementsUnderLoad;
  return underLoad === null || Math.abs(underLoad - result.statementsPerRequest) < 0.05
    ? String(result.statementsPerRequest)
    : `${result.statementsPerRequest} (${underLoad.toFixed(2)} under load)`;
}

export function resultsTable(results: readonly QueryResult[]): string {
  const header = [
    "| query | API req/s | API p50 / p95 / p99 ms | SQL statements per request | hand SQL req/s | hand SQL p50 / p95 / p99 ms | API ÷ SQL time | ≤ 2× SQL | p99 ≤ 100 ms | one at a time: API / SQL p50 ms |",
    "|---|--:|--:|--:|--:|--:|--:|:-:|:-:|--:|",
  ];
  const rows = results.map((result) => {
    if (result.failure) return `| ${result.name} | FAILED: ${result.failure.replaceAll("|", "\\|")} ||||||||| `;
    const ratio = ratioOf(result);
    const verdict = verdicts(result);
    const truncated = result.api?.truncated ? ` (time limit: ${result.api.requests} runs)` : "";
    return `| ${result.name} | ${rate(result.api)}${truncated} | ${latency(result.api)} | ${statements(result)} | ${rate(result.sql)} | ${latency(result.sql)} | ${ratio === null ? "—" : `${ratio.toFixed(2)}×`} | ${verdict.ratio} | ${verdict.p99} | ${result.alone ? `${ms(result.alone.api.p50)} / ${ms(result.alone.sql.p50)}` : "—"} |`;
  });
  return [...header, ...rows].join("\n");
}

const START = "<!-- bench:run:start -->";
const END = "<!-- bench:run:end -->";

export function runSection(report: RunReport): string {
  const { machine } = report;
  const settings = Object.entries(machine.postgresSettings)
    .map(([name, value]) => `${name} ${value}`)
    .join(", ");
  const database = report.database.built ? `built for this run in ${report.database.buildSeconds} s` : "reused from an earlier run";
  return [
    START,
    "## Latest run (written by `pnpm bench`)",
    "",
    `- Date: ${report.date.toISOString().replace("T", " ").slice(0, 16)} UTC`,
    `- Command: \`${report.command}\``,
    `- Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB memory; Node ${machine.node}; PostgreSQL ${machine.postgres} (${settings})`,
    `- Load average (1, 5, 15 min): ${machine.load.join(", ")} before, ${report.loadAfter.join(", ")} after — the machine is shared with other work`,
    `- Database: \`${report.database.name}\` (facts + demo + large scale), ${database}`,
    `- Load: concurrency ${report.concurrency} over HTTP on 127.0.0.1 (keep-alive), ${report.requests} timed requests per query after ${report.warmup} untimed ones, at most ${report.maxSeconds} s per phase; the hand-written SQL runs the same number of times at the same concurrency through \`pg\` (a pool of ${report.concurrency}); the API's Prisma pool: ${report.apiPoolSize}`,
    "",
    resultsTable(report.results),
    "",
    "API ÷ SQL time: the API's wall time for its runs over the SQL's for the same number of runs (the ratio of throughputs). One at a time: the median of a few runs sent one after the other (no queueing). Targets (issue 3): API time ≤ 2× the hand-written SQL for every query; p99 ≤ 100 ms for the roster page and the scoreboard.",
    "",
    "Queries:",
    "",
    ...report.results.map((result) => `- \`${result.name}\`: ${result.question}`),
    END,
  ].join("\n");
}

const TITLE = "# Analyst API benchmark: results";

/** Replaces the generated section of RESULTS.md, keeping whatever else the file holds. */
export function writeResults(path: string, report: RunReport): void {
  const section = runSection(report);
  const current = existsSync(path) ? readFileSync(path, "utf8") : `${TITLE}\n\n${START}\n${END}\n`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next = start >= 0 && end > start ? `${current.slice(0, start)}${section}${current.slice(end + END.length)}` : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, next);
}
