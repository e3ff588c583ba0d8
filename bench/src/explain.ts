// pnpm bench --explain: the statements the API sends for each query, and the hand-written SQL,
// each with EXPLAIN (ANALYZE, BUFFERS), into bench/explain/<query>.txt — where the time goes.
import { mkdirSync, writeFileSync } from "node:fs";
import type pg from "pg";
import type { RunningApi } from "./api-server.js";
import type { NamedQuery } from "./named-query.js";

async function explain(pool: pg.Pool, sql: string, values: unknown[]): Promise<string> {
  const { rows } = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, values);
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

export async function explainQueries(queries: readonly NamedQuery[], api: RunningApi, pool: pg.Pool, directory: string): Promise<string[]> {
  mkdirSync(directory, { recursive: true });
  const written: string[] = [];
  for (const query of queries) {
    // the first run warms caches; the second is the one explained
    await api.capture(query.graphql);
    const statements = await api.capture(query.graphql);
    const sections = [
      `# ${query.name}: ${query.question}`,
      `# The API sent ${statements.length} statements for one request (plans from re-running each with its parameters).`,
    ];
    for (const [index, statement] of statements.entries()) {
      const params = JSON.parse(statement.params) as unknown[];
      sections.push(
        `\n## API statement ${index + 1} of ${statements.length}\n\n${statement.sql.trim()}\n\n-- parameters: ${statement.params}\n\n${await explain(pool, statement.sql, params)}`,
      );
    }
    sections.push(`\n## The hand-written SQL\n\n${query.sql.text.trim()}\n\n-- parameters: ${JSON.stringify(query.sql.values)}\n\n${await explain(pool, query.sql.text, query.sql.values)}`);
    const path = `${directory}/${query.name}.txt`;
    writeFileSync(path, `${sections.join("\n")}\n`);
    written.push(path);
  }
  return written;
}
