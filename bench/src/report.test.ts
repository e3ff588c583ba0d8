import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type QueryResult, type RunReport, ratioOf, verdicts, writeResults } from "./report.js";

const phase = (requests: number, seconds: number, p99: number) => ({ requests, seconds, perSecond: requests / seconds, p50: 1, p95: 2, p99, mean: 1 });

const result = (name: string, apiSeconds: number, sqlSeconds: number, p99: number): QueryResult => ({
  name,
  question: `${name} question`,
  failure: null,
  statementsPerRequest: 2,
  statementsUnderLoad: 2,
  api: { ...phase(100, apiSeconds, p99), truncated: false },
  sql: phase(100, sqlSeconds, 5),
  alone: null,
});

function report(results: QueryResult[]): RunReport {
  return {
    date: new Date("2026-11-27T12:00:00Z"),
    command: "pnpm bench",
    database: { name: "thidua_bench_test", built: false, buildSeconds: null },
    concurrency: 16,
    requests: 100,
    warmup: 8,
    maxSeconds: 60,
    apiPoolSize: "10",
    machine: { cpuModel: "cpu", cores: 2, memoryGiB: 8, node: "v20", postgres: "15", postgresSettings: {}, load: [1, 2, 3] },
    loadAfter: [1, 2, 3],
    results,
  };
}

describe("targets", () => {
  it("compares the API's time per run with the SQL's over the same runs", () => {
    expect(ratioOf(result("scoreboard", 3, 2, 50))).toBe(1.5);
    expect(verdicts(result("scoreboard", 3, 2, 50))).toEqual({ ratio: "met", p99: "met" });
    expect(verdicts(result("scoreboard", 5, 2, 101))).toEqual({ ratio: "missed", p99: "missed" });
  });

  it("holds p99 ≤ 100 ms against the roster page and the scoreboard only", () => {
    expect(verdicts(result("roster-stats", 3, 2, 900)).p99).toBe("—");
    expect(verdicts(result("roster-page", 3, 2, 100)).p99).toBe("met");
  });

  it("holds no target against the reference floor, whatever its ratio", () => {
    expect(verdicts(result("floor", 30, 2, 500))).toEqual({ ratio: "—", p99: "—" });
    expect(verdicts(result("post-holder", 30, 2, 500)).ratio).toBe("missed");
  });

  it("counts a query that could not be measured as missed", () => {
    expect(verdicts({ ...result("scoreboard", 1, 1, 1), failure: "disagree", api: null, sql: null })).toEqual({ ratio: "missed", p99: "missed" });
  });
});

describe("writeResults", () => {
  it("replaces the generated section and keeps the notes written around it", () => {
    const path = join(mkdtempSync(join(tmpdir(), "bench-")), "RESULTS.md");
    writeResults(path, report([result("roster-page", 3, 2, 50)]));
    const first = readFileSync(path, "utf8");
    expect(first).toContain("| roster-page | 33.3 |");
    writeFileSync(path, `${first}\n## Notes\n\nKept.\n`);

    writeResults(path, report([result("scoreboard", 9, 2, 150)]));
    const second = readFileSync(path, "utf8");
    expect(second).toContain("| scoreboard | 11.1 |");
    expect(second).toContain("| 4.50× | missed | missed |");
    expect(second).not.toContain("roster-page");
    expect(second).toContain("## Notes\n\nKept.");
    expect(second.match(/bench:run:start/g)).toHaveLength(1);
  });
});
