// CSV exports over plain HTTP (a browser download): GET /export/people.csv and
// /export/observations.csv. No row cap: rows are read in keyset-paginated chunks and streamed as
// they come, so memory stays flat however long the list. UTF-8 with a BOM (Excel then reads
// Vietnamese correctly), RFC 4180 quoting, CRLF line ends. The columns are those the import
// reads (plus a few for reading), so an export can be edited and imported elsewhere. Text cells
// that a spreadsheet would run as a formula get a leading `'`; numbers are written as numbers.
import { isoDate } from "@thidua/domain/inputs/common";
import { stringify } from "csv-stringify/sync";
import { coerceInputValue, GraphQLError, isInputType } from "graphql";
import type { Plugin } from "graphql-yoga";
import { z } from "zod";
import { authScopes } from "../auth/scopes.js";
import type { Context } from "../context.js";
import { asOfDay } from "../rosters/as-of.js";
import type { FilterValue } from "../schema/filters/entity-filter.js";
import { filterScope } from "../schema/filters/folded-text.js";
import { heldOn, inForceOn, matchesSearch } from "../schema/filters/where.js";
import { schema } from "../schema/index.js";
import { ObservationFilter } from "../schema/observations/filters.js";
import { PersonFilter } from "../schema/personnel/filters.js";
import { spreadsheetText } from "./csv.js";
import { observationColumns, observationExportOnlyColumns } from "./observations.js";
import { officerColumns, peopleExportOnlyColumns } from "./officers.js";

/** Rows per database round trip. */
export const EXPORT_CHUNK = 1000;

type Cell = string | number | null;

interface Export {
  filename: string;
  header: readonly string[];
  /** The next chunk of rows after the cursor (an id), and the cursor for the one after it. */
  chunk(after: number): Promise<{ rows: Cell[][]; last: number | null }>;
}

const ymd = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? null;

/**
 * The list arguments a route takes, as query parameters; `filter` is the list's filter input as JSON.
 * Any other parameter is refused: a misspelt one would otherwise export an unfiltered list.
 */
const listParams = z.strictObject({
  asOf: isoDate.optional(),
  search: z.string().trim().max(200).optional(),
  filter: z.string().max(20_000).optional(),
});
type ListParams = z.infer<typeof listParams>;

/** A `filter` parameter coerced as GraphQL coerces a variable of the list's filter type (PersonFilter…). */
function filterValue(json: string | undefined, typeName: string): FilterValue | null {
  if (!json) return null;
  const type = schema.getType(typeName);
  if (!type || !isInputType(type)) throw new Error(`${typeName} is not an input type`);
  return coerceInputValue(JSON.parse(json), type) as FilterValue;
}

/** The day a list is read on: the one asked for, else today in Vietnam. */
const dayOf = (params: ListParams) => asOfDay(params.asOf ? new Date(params.asOf) : null);

/** Officer columns that are personal data (README: roles): only for those who may read them. */
const PERSONAL = new Set(["service_number", "birth_date", "email", "phone"]);

/**
 * People with their rank, unit and post on `asOf`, chosen as the `people` list chooses them:
 * `search`, and `filter` (a PersonFilter read on asOf). Personal columns: ADMIN sees them, a
 * UNIT_EDITOR sees them filled for the people serving in its subtree, others get no such columns.
 */
async function peopleExport(context: Context, params: ListParams): Promise<Export> {
  const { prisma } = context;
  const scopes = authScopes(context);
  const day = dayOf(params);
  // ADMIN, or a UNIT_EDITOR (who may write in its own unit): readPersonalData then decides per person
  const unitId = context.session?.unitId;
  const mayReadSomePersonalData = scopes.admin || (unitId != null && (await scopes.writeUnit(unitId)));
  const header = [...officerColumns.map((column) => column.name), ...peopleExportOnlyColumns].filter(
    (column) => mayReadSomePersonalData || !PERSONAL.has(column),
  );
  const filter = await PersonFilter.compile(filterValue(params.filter, "PersonFilter"), filterScope(context, day));
  const where = { AND: [filter, matchesSearch(params.search)] };

  return {
    filename: "people.csv",
    header,
    async chunk(after) {
      const people = await prisma.person.findMany({
        where: { ...where, id: { gt: after } },
        orderBy: { id: "asc" },
        take: EXPORT_CHUNK,
        select: {
          id: true,
          key: true,
          fullName: true,
          gender: true,
          birthDate: true,
          email: true,
          phone: true,
          organisation: true,
          officer: {
            select: {
              serviceNumber: true,
              rankGrants: {
                where: { effectiveFrom: { lte: day } },
                orderBy: { effectiveFrom: "desc" },
                take: 1,
                select: { rank: true, effectiveFrom: true, decisionNumber: true },
              },
            },
          },
          unitAssignments: {
            where: inForceOn(day),
            orderBy: { effectiveFrom: "desc" },
            take: 1,
            select: { effectiveFrom: true, unitId: true, unit: { select: { code: true, name: true } } },
          },
          posts: {
            where: { ...heldOn(day), unitId: { not: null } },
            orderBy: [{ effectiveFrom: { sort: "desc", nulls: "last" } }, { id: "desc" }],
            select: { unitId: true, title: true, titleEn: true, effectiveFrom: true },
          },
        },
      });
      const personal = await Promise.all(people.map((person) => mayReadSomePersonalData && scopes.readPersonalData(person.id)));
      const rows = people.map((person, index) => {
        const grant = person.officer?.rankGrants[0];
        const assignment = person.unitAssignments[0];
        // the import creates the post in the officer's unit: export the one held there
        const post = person.posts.find((candidate) => candidate.unitId === assignment?.unitId);
        const secret = (value: string | null | undefined) => (personal[index] ? (value ?? null) : null);
        const cells: Record<string, Cell> = {
          service_number: secret(person.officer?.serviceNumber),
          full_name: person.fullName,
          rank: grant?.rank ?? null,
          rank_from: ymd(grant?.effectiveFrom),
          rank_decision: grant?.decisionNumber ?? null,
          unit_code: assignment?.unit.code ?? null,
          unit_from: ymd(assignment?.effectiveFrom),
          post_title: post?.title ?? null,
          post_title_en: post?.titleEn ?? null,
          post_from: ymd(post?.effectiveFrom),
          gender: person.gender,
          birth_date: secret(ymd(person.birthDate)),
          email: secret(person.email),
          phone: secret(person.phone),
          key: person.key,
          organisation: person.organisation,
          unit_name: assignment?.unit.name ?? null,
        };
        return header.map((column) => cells[column] ?? null);
      });
      return { rows, last: people.at(-1)?.id ?? null };
    },
  };
}

/** Observations chosen as the `observations` list chooses them: `filter` (an ObservationFilter read on asOf). */
async function observationsExport(context: Context, params: ListParams): Promise<Export> {
  const { prisma } = context;
  const header = [...observationColumns.map((column) => column.name), ...observationExportOnlyColumns];
  const where = await ObservationFilter.compile(filterValue(params.filter, "ObservationFilter"), filterScope(context, dayOf(params)));
  return {
    filename: "observations.csv",
    header,
    async chunk(after) {
      const observations = await prisma.observation.findMany({
        where: { ...where, id: { gt: after } },
        orderBy: { id: "asc" },
        take: EXPORT_CHUNK,
        select: {
          id: true,
          granularity: true,
          periodStart: true,
          year: true,
          value: true,
          numerator: true,
          denominator: true,
          source: true,
          sourceNote: true,
          indicator: { select: { code: true, name: true } },
          unit: { select: { code: true, name: true } },
        },
      });
      const rows = observations.map((observation) => {
        const cells: Record<string, Cell> = {
          indicator_code: observation.indicator.code,
          unit_code: observation.unit.code,
          granularity: observation.granularity,
          period_start: ymd(observation.periodStart),
          value: observation.value,
          numerator: observation.numerator,
          denominator: observation.denominator,
          source_note: observation.sourceNote,
          indicator_name: observation.indicator.name,
          unit_name: observation.unit.name,
          year: observation.year,
          source: observation.source,
        };
        return header.map((column) => cells[column] ?? null);
      });
      return { rows, last: observations.at(-1)?.id ?? null };
    },
  };
}

const routes: Record<string, (context: Context, params: ListParams) => Promise<Export>> = {
  "/export/people.csv": peopleExport,
  "/export/observations.csv": observationsExport,
};

const csvLines = (rows: Cell[][]) =>
  stringify(
    rows.map((row) => row.map((cell) => (typeof cell === "string" ? spreadsheetText(cell) : cell))),
    { record_delimiter: "windows" },
  );

/** The rows as a byte stream: the BOM and header first, then one chunk per pull. */
function stream(source: Export): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: number | null = 0;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvLines([[...source.header]])}`));
    },
    async pull(controller) {
      if (cursor === null) return;
      const { rows, last } = await source.chunk(cursor);
      if (rows.length > 0) controller.enqueue(encoder.encode(csvLines(rows)));
      cursor = rows.length < EXPORT_CHUNK ? null : last;
      if (cursor === null) controller.close();
    },
  });
}

const plain = (status: number, message: string) =>
  new Response(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * Serves the exports beside /graphql, signed in by the same session cookie or bearer token.
 * The roster and raw observations need the readRoster scope (VIEWER is refused).
 */
export function useCsvExport<ServerContext extends Record<string, unknown>>(contextOf: (request: Request, serverContext: ServerContext) => Promise<Context>): Plugin<
  Record<string, unknown>,
  ServerContext
> {
  return {
    async onRequest({ request, url, serverContext, endResponse }) {
      const route = routes[url.pathname];
      if (!route) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        endResponse(new Response(null, { status: 405, headers: { allow: "GET, HEAD" } }));
        return;
      }
      const params = listParams.safeParse(Object.fromEntries(url.searchParams));
      if (!params.success) {
        endResponse(plain(400, params.error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("\n")));
        return;
      }
      const context = await contextOf(request, serverContext);
      if (!context.session) {
        endResponse(plain(401, "Sign in first."));
        return;
      }
      if (!authScopes(context).readRoster) {
        endResponse(plain(403, "Your account's role does not allow this."));
        return;
      }
      let source: Export;
      try {
        source = await route(context, params.data);
      } catch (error) {
        // a filter that is not JSON, or not a value of the filter type
        if (!(error instanceof SyntaxError || error instanceof GraphQLError)) throw error;
        endResponse(plain(400, `filter: ${error.message}`));
        return;
      }
      endResponse(
        new Response(request.method === "HEAD" ? null : stream(source), {
          headers: {
            "content-type": "text/csv; charset=utf-8",
            "content-disposition": `attachment; filename="${source.filename}"`,
            "cache-control": "no-store",
          },
        }),
      );
    },
  };
}
