// Bulk import mutations: the file travels as a string in the variables (a browser reads the
// chosen file with File.text()); the request body limit is the file size limit.
import { builder } from "../builder.js";
import { runImport } from "../bulk/import.js";
import { observationImporter } from "../bulk/observations.js";
import { officerImporter } from "../bulk/officers.js";
import type { ImportReport, RowError } from "../bulk/report.js";
import type { Context } from "../context.js";

const RowErrorRef = builder.objectRef<RowError>("ImportRowError").implement({
  description: "One problem of one row of an import file.",
  fields: (t) => ({
    row: t.exposeInt("row", { description: "The file's line, the header being line 1 (a spreadsheet's row number)." }),
    column: t.exposeString("column", { nullable: true, description: "The column's documented name; null for the whole row or file." }),
    code: t.exposeString("code", {
      description:
        "Stable code: a zod issue code (invalid_format, too_big…), a domain reason (rateMismatch…), or the import's own " +
        "(required, unknownUnit, unknownIndicator, unitInactive, forbidden, serviceNumberTaken, keyTaken, alreadyRecorded, duplicateInFile, " +
        "periodClosed, rateParts, notARate, unknownColumn, missingColumn, duplicateColumn, columnCount, csvSyntax, emptyFile).",
    }),
    message: t.exposeString("message"),
  }),
});

const ImportReportRef = builder.objectRef<ImportReport>("ImportReport").implement({
  description: "What an import found and did: all rows are written, or none.",
  fields: (t) => ({
    dryRun: t.exposeBoolean("dryRun"),
    rows: t.exposeInt("rows", { description: "Data rows read (the header excluded)." }),
    committed: t.exposeBoolean("committed", { description: "True when every row was written; never with errors or on a dry run." }),
    created: t.exposeInt("created", { description: "Officers or observations written." }),
    errors: t.field({ type: [RowErrorRef], description: "Every row's errors, by row.", resolve: (report) => report.errors }),
  }),
});

const ImportInput = builder.inputType("ImportInput", {
  description:
    "A CSV file: a header row with the documented column names (README: Import and export), `,` or `;` " +
    "between fields, UTF-8 with or without a BOM.",
  fields: (t) => ({
    csv: t.string({ required: true }),
    dryRun: t.boolean({ required: true, description: "Only check and report; write nothing." }),
  }),
});

/** ADMIN; or a UNIT_EDITOR, in its own subtree (every row's unit is then checked with writeUnit). */
const mayImport = (_root: unknown, _args: unknown, { session }: Context) =>
  session?.unitId != null ? { admin: true, writeUnit: session.unitId } : { admin: true };

builder.mutationFields((t) => ({
    importOfficers: t.field({
      type: ImportReportRef,
      description: "Officers with their first rank, unit and post, from CSV: all rows or none.",
      authScopes: mayImport,
      args: { input: t.arg({ type: ImportInput, required: true }) },
      resolve: (_root, { input }, context) => runImport(officerImporter, input, context),
    }),
    importObservations: t.field({
      type: ImportReportRef,
      description: "Indicator values from CSV: all rows or none. Values already recorded are corrected one by one, not imported.",
      authScopes: mayImport,
      args: { input: t.arg({ type: ImportInput, required: true }) },
      resolve: (_root, { input }, context) => runImport(observationImporter, input, context),
    }),
}));
