// pnpm bench [--fresh] [--drop] [--requests N] [--warmup N] [--max-seconds S] [--concurrency N] [--only a,b] [--explain]
//
// The analyst API benchmark of issue 3: each named query through the real API over HTTP at
// concurrency 16, and the best hand-written SQL for the same answer through pg at the same
// concurrency, on PostgreSQL loaded with the large scale. Prints the table and writes the
// generated part of bench/RESULTS.md. --explain measures nothing: it writes the plans of the API's
// statements and of the hand-written SQL to bench/explain/<query>.txt.
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openDatabase } from "@thidua/db/client";
import pg from "pg";
import { prepareAccount, type RunningApi, startApi } from "./api-server.js";
import { dropBenchDatabase, ensureBenchDatabase } from "./database.js";
import { env } from "./env.js";
import { measureLoad } from "./load.js";
import { explainQueries } from "./explain.js";
import { describeMachine, type Machine, roundedLoad } from "./machine.js";
import { namedQueries } from "./named-queries.js";
import { firstDifference, type NamedQuery } from "./named-query.js";
import { type QueryResult, type RunReport, resultsTable, writeResults } from "./report.js";

const { values } = parseArgs({
  options: {
    fresh: { type: "boolean", default: false },
    drop: { type: "boolean", default: false },
    requests: { type: "string", default: "400" },
    warmup: { type: "string", default: "32" },
    "max-seconds": { type: "string", default: "60" },
    concurrency: { type: "string", default: "16" },
    only: { type: "string" },
    explain: { type: "boolean", default: false },
  },
});
const positive = (name: string, value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive integer, not ${value}`);
  return number;
};
const options = {
  requests: positive("requests", values.requests),
  warmup: positive("warmup", values.warmup),
  maxSeconds: positive("max-seconds", values["max-seconds"]),
  concurrency: positive("concurrency", values.concurrency),
};
const only = values.only?.split(",").map((name) => name.trim());
const unknown = only?.filter((name) => !namedQueries.some((query) => query.name === name)) ?? [];
if (unknown.length > 0) throw new Error(`Unknown --only ${unknown.join(", ")}: the queries are ${namedQueries.map((query) => query.name).join(", ")}`);
const queries = namedQueries.filter((query) => !only || only.includes(query.name));

/** Runs sent one after the other, for the latency without queueing. */
const ALONE_RUNS = 10;

const log = (line: string) => console.log(`[bench] ${line}`);
const resultsPath = fileURLToPath(new URL("../RESULTS.md", import.meta.url));
const explainDirectory = fileURLToPath(new URL("../explain", import.meta.url));

/** The answer of a GraphQL response, or an Error naming what went wrong. */
function dataOf(text: string): Record<string, unknown> {
  const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((error) => error.message).join("; ") ?? "no data");
  return body.data;
}

async function measure(query: NamedQuery, api: RunningApi, pool: pg.Pool): Promise<QueryResult> {
  const result: QueryResult = {
    name: query.name,
    question: query.question,
    failure: null,
    statementsPerRequest: null,
    statementsUnderLoad: null,
    api: null,
    sql: null,
    alone: null,
  };
  try {
    // the fewer of two requests' counts: a session's sliding renewal adds a statement now and then
    const counts: number[] = [];
    let answer: unknown;
    for (let run = 0; run < 2; run++) {
      const before = await api.statements();
      answer = query.fromApi(dataOf(await api.post(query.graphql)));
      counts.push((await api.statements()) - before);
    }
    result.statementsPerRequest = Math.min(...counts);
    const expected = query.fromSql((await pool.query(query.sql.text, query.sql.values)).rows);
    const difference = firstDifference(answer, expected);
    if (difference) {
      result.failure = `the API and the hand-written SQL disagree: ${difference}`;
      return result;
    }
  } catch (error) {
    result.failure = error instanceof Error ? error.message : String(error);
    return result;
  }
  // an error body is a 200 too: a response that does not start with data is a failed run
  const callApi = async () => {
    const text = await api.post(query.graphql);
    if (!text.startsWith('{"data"')) throw new Error(`${query.name}: ${text.slice(0, 300)}`);
  };
  const callSql = async () => {
    await pool.query(query.sql.text, query.sql.values);
  };
  const alone = { concurrency: 1, requests: ALONE_RUNS, warmup: 1, maxSeconds: options.maxSeconds };
  result.alone = { api: await measureLoad(callApi, alone), sql: await measureLoad(callSql, alone) };
  const before = await api.statements();
  result.api = await measureLoad(callApi, options);
  // the warm-up runs are counted too
  result.statementsUnderLoad = ((await api.statements()) - before) / (result.api.requests + options.warmup);
  result.sql = await measureLoad(callSql, { ...options, requests: result.api.requests, maxSeconds: Number.POSITIVE_INFINITY });
  return result;
}

async function runBenchmark(api: RunningApi, pool: pg.Pool, machine: Machine): Promise<boolean> {
  log(`API on 127.0.0.1:${api.port}; ${queries.length} queries, ${options.requests} requests each at concurrency ${options.concurrency}`);
  const results: QueryResult[] = [];
  for (const query of queries) {
    log(`${query.name}…`);
    const result = await measure(query, api, pool);
    if (result.failure) log(`${query.name} FAILED: ${result.failure}`);
    results.push(result);
  }
  const report: RunReport = {
    date: new Date(),
    command: `pnpm bench${process.argv.length > 2 ? ` ${process.argv.slice(2).join(" ")}` : ""}`,
    database,
    ...options,
    apiPoolSize: "node-postgres' default of 10 connections (@prisma/adapter-pg)",
    machine,
    loadAfter: roundedLoad(),
    results,
  };
  console.log(`\n${resultsTable(results)}\n`);
  writeResults(resultsPath, report);
  log(`wrote ${resultsPath}`);
  return results.every((result) => result.failure === null);
}

const database = await ensureBenchDatabase(env.BENCH_DATABASE_URL, { fresh: values.fresh, log });
const setup = await openDatabase({ url: database.url });
const password = await prepareAccount(setup.prisma).finally(() => setup.close());
const pool = new pg.Pool({ connectionString: database.url, max: options.concurrency });
let api: RunningApi | null = null;
try {
  const machine = await describeMachine(pool);
  api = await startApi(database.url, password, options.concurrency);
  await api.signIn();
  if (values.explain) {
    for (const path of await explainQueries(queries, api, pool, explainDirectory)) log(`wrote ${path}`);
  } else if (!(await runBenchmark(api, pool, machine))) {
    process.exitCode = 1;
  }
} finally {
  await api?.stop();
  await pool.end();
  if (values.drop) {
    await dropBenchDatabase(env.BENCH_DATABASE_URL, database.name);
    log(`dropped ${database.name}`);
  }
}
