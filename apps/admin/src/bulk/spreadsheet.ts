// Spreadsheet files in and out of the browser. The API imports and exports CSV (README: Import
// and export); an XLSX workbook is turned into that CSV here before it is sent, and an export is
// turned into a workbook here after it arrives. This module is loaded on demand, with its
// libraries (papaparse, read-excel-file, write-excel-file).
import Papa from "papaparse";
import { readSheet } from "read-excel-file/browser";
import writeXlsxFile from "write-excel-file/browser";

const pad = (part: number) => String(part).padStart(2, "0");

/** A cell as the import reads it: dates as YYYY-MM-DD (a spreadsheet's date cells are days). */
function cellText(cell: unknown): string {
  if (cell == null) return "";
  if (cell instanceof Date) return `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
  return String(cell);
}

export function isWorkbook(file: File): boolean {
  return /\.xlsx$/i.test(file.name) || file.type === "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/** Reads a file with progress (0–1), as text or bytes. */
function readFile<T extends "text" | "bytes">(file: File, as: T, onProgress: (share: number) => void): Promise<T extends "text" ? string : ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.onload = () => {
      onProgress(1);
      resolve(reader.result as T extends "text" ? string : ArrayBuffer);
    };
    if (as === "text") reader.readAsText(file, "utf-8");
    else reader.readAsArrayBuffer(file);
  });
}

/** The file as the CSV the API imports: a CSV as it is, the first sheet of a workbook converted. */
export async function fileAsCsv(file: File, onProgress: (share: number) => void): Promise<string> {
  if (!isWorkbook(file)) return readFile(file, "text", onProgress);
  const bytes = await readFile(file, "bytes", onProgress);
  const rows = await readSheet(new Blob([bytes]));
  return Papa.unparse(rows.map((row) => row.map(cellText)));
}

/** Header and data rows of a CSV (a BOM and blank lines dropped), for the preview. */
export function parseCsv(csv: string): { header: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [header = [], ...rows] = parsed.data;
  return { header, rows };
}

/** Saves a CSV as a one-sheet workbook; every cell stays text (service numbers keep their zeros). */
export async function saveCsvAsWorkbook(csv: string, fileName: string, sheet: string): Promise<void> {
  const { header, rows } = parseCsv(csv);
  const data = [header.map((value) => ({ value, fontWeight: "bold" as const })), ...rows.map((row) => row.map((value) => ({ value })))];
  await writeXlsxFile(data, { sheet, stickyRowsCount: 1 }).toFile(fileName);
}
