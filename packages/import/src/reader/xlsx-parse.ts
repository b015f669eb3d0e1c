import type ExcelJS from "exceljs";
import { blank, columnLetter, FileError, headerKeys } from "../read-table";
import { checkInflatedSizes } from "./zip-check";

/** The first sheet of a workbook as plain values: what the reader thread hands the importer. */
export interface XlsxTable {
  headers: string[];
  keys: string[];
  /** Non-blank rows after the header: spreadsheet row number and one value per key. */
  rows: [rowNumber: number, values: unknown[]][];
}

function cellValue(v: ExcelJS.CellValue): unknown {
  if (v == null) return null;
  if (v instanceof Date || typeof v !== "object") return v;
  if ("result" in v) return v.result ?? null;
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("text" in v) return v.text;
  return String(v);
}

/**
 * Inflate and parse the workbook with ExcelJS and read its first sheet. Runs on
 * the reader thread (reader/xlsx.ts), after checkXlsxZip has vetted the zip.
 */
export async function parseXlsx(path: string): Promise<XlsxTable> {
  await checkInflatedSizes(path);
  // Loaded on first use: half a second a CSV import need not pay.
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (error) {
    throw new FileError(`${path} is not a readable XLSX workbook: ${(error as Error).message}`);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new FileError(`${path} has no worksheet`);
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (!headerRow && (row.values as unknown[]).some((v) => !blank(v))) headerRow = n;
  });
  if (!headerRow) throw new FileError(`${path}: the first sheet is empty`);
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).filter((range) => {
    const rows = range.match(/\d+/g)!.map(Number);
    return Math.min(...rows) <= headerRow && headerRow <= Math.max(...rows);
  });
  if (merges.length)
    throw new FileError(
      `header cells ${merges.join(", ")} of sheet "${ws.name}" are merged: unmerge them so each column has one header of its own`,
    );
  const width = ws.getRow(headerRow).cellCount;
  const headers = Array.from({ length: width }, (_, i) =>
    String(cellValue(ws.getRow(headerRow).getCell(i + 1).value) ?? "").trim(),
  );
  const keys = headerKeys(headers, (i) => `${columnLetter(i)}${headerRow}`);
  const rows: XlsxTable["rows"] = [];
  for (let n = headerRow + 1; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    const values = keys.map((_, i) => cellValue(row.getCell(i + 1).value));
    if (!values.every(blank)) rows.push([n, values]);
  }
  return { headers, keys, rows };
}
