// CSV as spreadsheets write it, for the bulk import: UTF-8 with or without a BOM, `,` or `;`
// between fields (Excel with Vietnamese regional settings writes `;` and decimal commas, and may
// turn ISO dates into DD/MM/YYYY), quoted fields with line breaks and doubled quotes inside.
import { type LabelledEnumName, enumLabels } from "@thidua/domain/labels";
import { searchKey } from "@thidua/domain/text";
import { CsvError, parse } from "csv-parse/sync";
import type { RowError } from "./report.js";

/** One column of an import file: its name in the header, in English or in Vietnamese. */
export interface ColumnSpec<Field extends string = string> {
  name: Field;
  /** The Vietnamese header a user may write instead, e.g. "Số hiệu". */
  vi: string;
  required: boolean;
}

export interface CsvRecord<Field extends string> {
  /** The line the record ends on, counting the header as line 1, as a spreadsheet numbers rows. */
  row: number;
  /** The cells by column; absent columns and empty cells are "". */
  cells: Record<Field, string>;
}

export interface ParsedCsv<Field extends string> {
  delimiter: "," | ";";
  records: Array<CsvRecord<Field>>;
  /** Errors of the file as a whole (header, syntax) or of a record's shape; none means every record is readable. */
  errors: RowError[];
}

const BOM = "\uFEFF";

// A text cell starting with one of these is run as a formula by Excel and LibreOffice (OWASP
// "CSV injection"); behind any number of quotes too, so that the quote added is always the one
// the import takes off and a name that really starts with `'=` comes back as written.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const QUOTED_FORMULA_START = /^'+[=+\-@\t\r]/;

/** A text cell of an export, made inert in a spreadsheet: prefixed with `'`, which shows as text. */
export const spreadsheetText = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** A cell read back: the `'` that spreadsheetText added taken off. */
const unquoteFormula = (cell: string) => (QUOTED_FORMULA_START.test(cell) ? cell.slice(1) : cell);

/** The separator of the header line: `;` when it has more of them than commas. */
function detectDelimiter(text: string): "," | ";" {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (char: string) => header.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/** Header text folded (case, diacritics, spaces or underscores) so "Số hiệu", "so_hieu" and "SERVICE_NUMBER" compare as words. */
const headerKey = (text: string) => searchKey(text.replaceAll("_", " "));

/**
 * Reads the file against its columns: every column named once in the header (in any order),
 * required ones present, no unknown ones (a typo would otherwise drop a column silently).
 * `ignored` columns are accepted and not read (columns the export writes for information only).
 */
export function parseCsv<Field extends string>(
  text: string,
  columns: ReadonlyArray<ColumnSpec<Field>>,
  ignored: readonly string[] = [],
): ParsedCsv<Field> {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof rows;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    return { delimiter, records: [], errors: [{ row: line, column: null, code: "csvSyntax", message: error.message }] };
  }
  const [header, ...data] = rows;
  if (!header) {
    return { delimiter, records: [], errors: [{ row: 1, column: null, code: "emptyFile", message: "The file has no header row" }] };
  }

  const errors: RowError[] = [];
  const byKey = new Map<string, ColumnSpec<Field>>();
  for (const column of columns) {
    byKey.set(headerKey(column.name), column);
    byKey.set(headerKey(column.vi), column);
  }
  const ignoredKeys = new Set(ignored.map(headerKey));
  const positions = new Map<Field, number>();
  header.record.forEach((title, index) => {
    const column = byKey.get(headerKey(title));
    if (!column) {
      if (!ignoredKeys.has(headerKey(title))) {
        errors.push({ row: 1, column: title, code: "unknownColumn", message: `Unknown column "${title}"` });
      }
    } else if (positions.has(column.name)) {
      errors.push({ row: 1, column: column.name, code: "duplicateColumn", message: `Column "${column.name}" appears twice` });
    } else {
      positions.set(column.name, index);
    }
  });
  for (const column of columns) {
    if (column.required && !positions.has(column.name)) {
      errors.push({ row: 1, column: column.name, code: "missingColumn", message: `Column "${column.name}" (${column.vi}) is required` });
    }
  }
  if (errors.length > 0) return { delimiter, records: [], errors };

  const width = header.record.length;
  const records: Array<CsvRecord<Field>> = [];
  for (const { record, info } of data) {
    if (record.length !== width) {
      errors.push({
        row: info.lines,
        column: null,
        code: "columnCount",
        message: `Has ${record.length} fields where the header has ${width}`,
      });
      continue;
    }
    const cells = {} as Record<Field, string>;
    for (const column of columns) {
      const position = positions.get(column.name);
      cells[column.name] = position === undefined ? "" : unquoteFormula((record[position] ?? "").trim());
    }
    records.push({ row: info.lines, cells });
  }
  return { delimiter, records, errors };
}

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A date cell as YYYY-MM-DD: ISO as given, DD/MM/YYYY (how Excel shows dates in Vietnam) rewritten. */
export function dateCell(cell: string): string {
  const dmy = DMY.exec(cell);
  return dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}` : cell;
}

/** A number cell: empty is null; in a `;` file a decimal comma is read as a point (81,7 → 81.7). */
export function numberCell(cell: string, delimiter: "," | ";"): number | string | null {
  if (cell === "") return null;
  const text = delimiter === ";" && /^-?\d+,\d+$/.test(cell) ? cell.replace(",", ".") : cell;
  const value = Number(text);
  // left as text when it is not a number, so that the schema reports it as one
  return text.trim() !== "" && Number.isFinite(value) ? value : cell;
}

const enumKeys = new Map<LabelledEnumName, Map<string, string>>();

/** Every way of writing each value of an enum, folded: code, Vietnamese label, English label. */
function keysOf(enumName: LabelledEnumName): Map<string, string> {
  let keys = enumKeys.get(enumName);
  if (!keys) {
    keys = new Map();
    for (const [value, label] of Object.entries(enumLabels[enumName]) as Array<[string, { vi: string; en: string }]>) {
      for (const text of [value, label.vi, label.en]) keys.set(headerKey(text), value);
    }
    enumKeys.set(enumName, keys);
  }
  return keys;
}

/**
 * An enum cell: the code (DAI_UY) or its Vietnamese or English label, with or without
 * diacritics ("Đại úy", "dai uy"); anything else is passed through for the schema to refuse.
 */
export function enumCell(enumName: LabelledEnumName, cell: string): string {
  return keysOf(enumName).get(headerKey(cell)) ?? cell;
}
