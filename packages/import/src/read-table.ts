import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { parse } from "csv-parse";
import { fold } from "./values";
import { readXlsxInThread } from "./reader/xlsx";
import { checkXlsxZip } from "./reader/zip-check";

/** A whole-file problem (size, encoding, format, header): nothing was read. */
export class FileError extends Error {}

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface Row {
  /** Row number as a spreadsheet user sees it (header = 1 when it is the first line). */
  rowNumber: number;
  /** Cells by folded header name. */
  cells: Map<string, unknown>;
}

export interface Table {
  format: "csv" | "xlsx";
  /** Header names as written. */
  headers: string[];
  rows: AsyncIterable<Row>;
}

async function head(path: string, bytes: number): Promise<Buffer> {
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

const isZip = (b: Buffer) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Open a CSV (UTF-8, , ; or tab separated, BOM allowed) or XLSX (first sheet) as a table with one header row. */
export async function openTable(path: string): Promise<Table> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new FileError(`${path}: no such file`);
  if (info.size > MAX_FILE_BYTES) {
    throw new FileError(
      `${path} is ${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB. Split the file by year.`,
    );
  }
  if (info.size === 0) throw new FileError(`${path} is empty`);
  const start = await head(path, 1 << 20);
  if (isZip(start)) return openXlsx(path);
  if (/\.(xlsx|xls|ods)$/i.test(path))
    throw new FileError(
      `${path} has a spreadsheet name but is not an XLSX file (old .xls is not supported: save as .xlsx)`,
    );
  if (start.includes(0)) throw new FileError(`${path} is not a spreadsheet or CSV (it contains binary data)`);
  // Cut a possibly split multi-byte character at the end of the sample before checking.
  let sample = start;
  if (info.size > start.length)
    while (sample.length && (sample[sample.length - 1]! & 0xc0) === 0x80) sample = sample.subarray(0, -1);
  if (info.size > start.length && sample.length && sample[sample.length - 1]! >= 0xc0) sample = sample.subarray(0, -1);
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(sample);
  } catch {
    throw new FileError(
      `${path} is not UTF-8 text (probably Windows-1258 or TCVN3). Save it as "CSV UTF-8" or as XLSX.`,
    );
  }
  return openCsv(path, sample.toString("utf8"));
}

function detectDelimiter(sample: string): string {
  const firstLine = sample.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const counts = [",", ";", "\t"].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

export const blank = (v: unknown) => v == null || (typeof v === "string" && v.trim() === "");

export function headerKeys(headers: string[], where: (i: number) => string): string[] {
  const keys = headers.map((h) => fold(String(h ?? "")));
  const lastNonBlank = keys.reduce((acc, k, i) => (k ? i : acc), -1);
  keys.forEach((k, i) => {
    if (!k && i < lastNonBlank) throw new FileError(`header ${where(i)} is empty: every column needs a name`);
  });
  const seen = new Map<string, number>();
  keys.forEach((k, i) => {
    if (k && seen.has(k))
      throw new FileError(`columns ${where(seen.get(k)!)} and ${where(i)} have the same header "${headers[i]}"`);
    seen.set(k, i);
  });
  return keys;
}

export const columnLetter = (i: number): string =>
  (i >= 26 ? columnLetter(Math.floor(i / 26) - 1) : "") + String.fromCharCode(65 + (i % 26));

/**
 * A CSV cell as its author meant it: exports prefix a text that starts like a
 * formula (= + - @ tab CR) with a single quote (export.ts, csvCell), as Excel
 * does for text typed that way; that quote is not part of the value.
 */
const unquote = (v: string) => (v.length > 1 && v[0] === "'" && /^[=+\-@\t\r]/.test(v.slice(1)) ? v.slice(1) : v);

async function openCsv(path: string, sample: string): Promise<Table> {
  const parser = createReadStream(path).pipe(
    parse({ bom: true, delimiter: detectDelimiter(sample), relax_quotes: false, skip_empty_lines: true, info: true }),
  );
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const first = await iterator.next();
  if (first.done) throw new FileError(`${path} has no header row`);
  const headers = first.value.record.map((h) => unquote(h.trim()));
  const keys = headerKeys(headers, (i) => `${columnLetter(i)} (column ${i + 1})`);
  async function* rows(): AsyncIterable<Row> {
    for (;;) {
      let next: IteratorResult<{ record: string[]; info: { lines: number } }>;
      try {
        next = await iterator.next();
      } catch (error) {
        throw new FileError(`CSV could not be read: ${(error as Error).message}`);
      }
      if (next.done) return;
      const { record, info } = next.value;
      if (record.every(blank)) continue;
      if (record.length > keys.length && record.slice(keys.length).some((v) => !blank(v))) {
        throw new FileError(
          `row ${info.lines}: ${record.length} cells but the header has ${keys.length} columns (a separator inside a value? quote it)`,
        );
      }
      yield {
        rowNumber: info.lines,
        cells: new Map(keys.map((k, i) => [k, record[i] === undefined ? undefined : unquote(record[i]!)])),
      };
    }
  }
  return { format: "csv", headers, rows: rows() };
}

/**
 * The first sheet of an XLSX. The zip's central directory is checked first
 * (declared sizes, no inflating: a zip bomb is refused in milliseconds); ExcelJS
 * then inflates and parses on a reader thread, never on the importer's thread.
 */
async function openXlsx(path: string): Promise<Table> {
  await checkXlsxZip(path);
  const { headers, keys, rows: parsed } = await readXlsxInThread(path);
  async function* rows(): AsyncIterable<Row> {
    for (const [rowNumber, values] of parsed) yield { rowNumber, cells: new Map(keys.map((k, i) => [k, values[i]])) };
  }
  return { format: "xlsx", headers, rows: rows() };
}
