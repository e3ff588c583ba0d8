// The shape every bulk import shares: read the file, check every row (the domain's zod schemas,
// then the database and the caller's scopes), and either report or write all of it in one
// transaction; publish the live events once it has committed.
import { type BulkValue, bulkInsert } from "@thidua/db/bulk-insert";
import type { Prisma, PrismaClient } from "@thidua/db/prisma";
import { authScopes } from "../auth/scopes.js";
import type { Context } from "../context.js";
import type { LiveChange, LiveTopic } from "../live/live.js";
import { type ColumnSpec, type CsvRecord, parseCsv } from "./csv.js";
import type { ImportReport, RowError } from "./report.js";

export type Db = PrismaClient | Prisma.TransactionClient;

export interface CheckContext {
  db: Db;
  delimiter: "," | ";";
  /** Whether the caller may write in the unit (the writeUnit scope), asked once per unit. */
  mayWrite(unitId: number): Promise<boolean>;
}

export interface Stamp {
  accountId: number | null;
  requestId: string;
}

export interface Importer<Field extends string, Row> {
  columns: ReadonlyArray<ColumnSpec<Field>>;
  /** Columns the export writes for reading only; accepted and not read on import. */
  ignored: readonly string[];
  topic: LiveTopic;
  /** Every row's errors, and the rows ready to write when a row has none. */
  check(records: ReadonlyArray<CsvRecord<Field>>, context: CheckContext): Promise<{ rows: Row[]; errors: RowError[] }>;
  /** Writes the rows with their audit rows; returns the live changes to publish after the commit. */
  write(tx: Prisma.TransactionClient, rows: readonly Row[], stamp: Stamp): Promise<LiveChange[]>;
}

// A 10,000-row file commits in a few seconds; the default 5 s would cut a slow disk short.
const TRANSACTION = { maxWait: 10_000, timeout: 120_000 } as const;

export async function runImport<Field extends string, Row>(
  importer: Importer<Field, Row>,
  input: { csv: string; dryRun: boolean },
  context: Context,
): Promise<ImportReport> {
  const parsed = parseCsv(input.csv, importer.columns, importer.ignored);
  const report = (errors: RowError[], committed: boolean, created: number): ImportReport => ({
    dryRun: input.dryRun,
    rows: parsed.records.length + parsed.errors.filter((error) => error.code === "columnCount").length,
    committed,
    created,
    errors: errors.sort((a, b) => a.row - b.row),
  });

  const scopes = authScopes(context);
  const mayWrite = memoize((unitId: number) => scopes.writeUnit(unitId));
  const check = (db: Db) => importer.check(parsed.records, { db, delimiter: parsed.delimiter, mayWrite });

  if (input.dryRun || parsed.errors.length > 0) {
    const errors = parsed.errors.some((error) => error.row === 1) ? [] : (await check(context.prisma)).errors;
    return report([...parsed.errors, ...errors], false, 0);
  }

  // The scopes read the caller's unit subtree through the outer client: read it before the
  // transaction opens (PGlite has one connection, which the transaction holds).
  await context.auth.unitSubtree();
  // Checked again inside the transaction, so that what is written is what was checked.
  const outcome = await context.prisma.$transaction(async (tx) => {
    const { rows, errors } = await check(tx);
    if (errors.length > 0) return { errors, changes: [], created: 0 };
    const changes = await importer.write(tx, rows, { accountId: context.session?.accountId ?? null, requestId: context.requestId });
    return { errors, changes, created: rows.length };
  }, TRANSACTION);
  for (const change of outcome.changes) context.live.publish(importer.topic, change);
  return report(outcome.errors, outcome.errors.length === 0, outcome.created);
}

/** The function, asked at most once per key. */
export function memoize<Key, Value>(load: (key: Key) => Value): (key: Key) => Value {
  const answers = new Map<Key, Value>();
  return (key) => {
    if (!answers.has(key)) answers.set(key, load(key));
    return answers.get(key)!;
  };
}

/** SQL types of a table's columns, by field name: `int4`, `text`, `date`, `timestamp`, `jsonb`, or a quoted enum type. */
export type Columns<Row> = { readonly [Field in keyof Row]-?: string };

/**
 * Inserts rows given as objects, one statement per 10,000 rows (every column one array
 * parameter). Prisma's createMany spent about half a millisecond per row in JavaScript: a
 * 10,000-officer file took 25 s to commit that way, about 5 s this way (bench/import-10k.ts).
 */
export async function insertRows<Row>(tx: Prisma.TransactionClient, table: string, columns: Columns<Row>, rows: readonly Row[]): Promise<void> {
  const spec = Object.entries(columns) as Array<[keyof Row & string, string]>;
  const cell = (value: unknown, type: string): BulkValue => {
    if (value === undefined || value === null) return null;
    // bulkInsert sends a Date as its day; a timestamp keeps its time
    if (value instanceof Date) return type === "timestamp" ? value.toISOString() : value;
    if (type === "jsonb") return JSON.stringify(value);
    return value as BulkValue;
  };
  await bulkInsert(
    tx,
    table,
    spec,
    rows.map((row) => spec.map(([field, type]) => cell(row[field], type))),
  );
}

/** The audit row of a created entity; `at` is the database's now(), the transaction's start. */
export const auditColumns: Columns<{ accountId: number | null; requestId: string; action: "CREATE"; entityType: string; entityId: string; after: object }> = {
  accountId: "int4",
  requestId: "text",
  action: '"AuditAction"',
  entityType: "text",
  entityId: "text",
  after: "jsonb",
};

/** Database ids for rows about to be inserted, taken from the table's own sequence. */
export async function reserveIds(tx: Prisma.TransactionClient, table: string, count: number): Promise<number[]> {
  const rows = await tx.$queryRawUnsafe<Array<{ id: number | bigint }>>(
    `SELECT nextval(pg_get_serial_sequence('"${table}"', 'id'))::int4 AS id FROM generate_series(1, $1::int4)`,
    count,
  );
  return rows.map((row) => Number(row.id));
}

/** Live changes grouped by unit: one event per unit a bulk write touched. */
export function changesByUnit(
  entityType: string,
  rows: ReadonlyArray<{ id: number; unitId: number }>,
  accountId: number | null,
): LiveChange[] {
  const byUnit = new Map<number, string[]>();
  for (const row of rows) {
    const ids = byUnit.get(row.unitId) ?? [];
    ids.push(String(row.id));
    byUnit.set(row.unitId, ids);
  }
  return [...byUnit].map(([unitId, entityIds]) => ({ action: "CREATE", entityType, entityIds, unitId, accountId }));
}
