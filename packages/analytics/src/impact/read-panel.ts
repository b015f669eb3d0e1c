/**
 * Reads a long panel (one row per unit and time) from a CSV or XLSX through
 * @cchc/import's openTable, with messages that name the row and column.
 */
import { openTable } from "@cchc/import";
import type { PanelRow } from "./panel";

/** Bad input in the file: the CLI prints the message with its English code and exits 2. */
export class PanelFileError extends Error {
  constructor(
    readonly code: "unreadable" | "missing_column" | "blank_unit" | "bad_time" | "duplicate" | "not_a_number" | "empty",
    message: string,
  ) {
    super(message);
  }
}

export interface PanelColumns {
  unit: string;
  time: string;
  value: string;
}

export interface ReadPanel {
  rows: PanelRow[];
  /** Spreadsheet row number of each entry of `rows`. */
  rowNumbers: number[];
  /** Rows whose value cell is blank (missing, not zero). */
  blanks: { unit: string; time: number; row: number }[];
}

/** Header match ignoring case, diacritics (đ → d), spaces and punctuation. */
const norm = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");

const isBlank = (v: unknown) => v == null || (typeof v === "string" && v.trim() === "");

/** A number as written in a cell: 85.92, "85,92", "85.92"; null for blank. */
export function cellNumber(v: unknown): number | null {
  if (isBlank(v)) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : Number.NaN;
  const s = String(v).trim().replace(/\s/g, "");
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/.test(s)) return Number.NaN;
  return Number(s.replace(",", "."));
}

/** Reads and checks the three columns; throws PanelFileError naming the row and column. */
export async function readPanel(path: string, cols: PanelColumns): Promise<ReadPanel> {
  const table = await openTable(path).catch((e: Error) => {
    throw new PanelFileError("unreadable", e.message);
  });
  const position = (role: keyof PanelColumns) => {
    const wanted = cols[role];
    const i = table.headers.findIndex((h) => norm(h) === norm(wanted));
    if (i < 0)
      throw new PanelFileError(
        "missing_column",
        `không có cột "${wanted}" (--${role}) trong ${path}; các cột có: ${table.headers.map((h) => `"${h}"`).join(", ")}`,
      );
    return i;
  };
  const at = { unit: position("unit"), time: position("time"), value: position("value") };
  const rows: PanelRow[] = [];
  const rowNumbers: number[] = [];
  const blanks: ReadPanel["blanks"] = [];
  const seen = new Map<string, number>();
  for await (const row of table.rows) {
    const cells = [...row.cells.values()];
    const where = (role: keyof PanelColumns) => `dòng ${row.rowNumber}, cột "${table.headers[at[role]]}"`;
    const unitRaw = cells[at.unit];
    if (isBlank(unitRaw)) throw new PanelFileError("blank_unit", `${where("unit")}: tên đơn vị để trống`);
    const unit = String(unitRaw).normalize("NFC").trim();
    const time = cellNumber(cells[at.time]);
    if (time === null || !Number.isInteger(time))
      throw new PanelFileError("bad_time", `${where("time")}: "${cells[at.time] ?? ""}" không phải là số nguyên (năm)`);
    const key = `${unit}\u0000${time}`;
    if (seen.has(key))
      throw new PanelFileError(
        "duplicate",
        `dòng ${seen.get(key)} và ${row.rowNumber}: ${unit} có hai giá trị cho năm ${time}`,
      );
    seen.set(key, row.rowNumber);
    const value = cellNumber(cells[at.value]);
    if (value === null) {
      blanks.push({ unit, time, row: row.rowNumber });
      continue;
    }
    if (Number.isNaN(value))
      throw new PanelFileError("not_a_number", `${where("value")}: "${cells[at.value]}" không phải là số`);
    rows.push({ unit, time, value });
    rowNumbers.push(row.rowNumber);
  }
  if (!rows.length) throw new PanelFileError("empty", `${path} không có dòng số liệu nào`);
  return { rows, rowNumbers, blanks };
}

/**
 * Units lacking a value at some time of [from, to] that the panel has:
 * a gap, either a blank cell or a missing row.
 */
export function unitGaps(read: ReadPanel, from: number, to: number): { unit: string; missing: number[] }[] {
  const times = [...new Set(read.rows.map((r) => r.time))].filter((t) => t >= from && t <= to).sort((a, b) => a - b);
  const byUnit = new Map<string, Set<number>>();
  for (const r of read.rows) {
    if (!byUnit.has(r.unit)) byUnit.set(r.unit, new Set());
    byUnit.get(r.unit)!.add(r.time);
  }
  for (const b of read.blanks) if (!byUnit.has(b.unit)) byUnit.set(b.unit, new Set());
  return [...byUnit]
    .map(([unit, have]) => ({ unit, missing: times.filter((t) => !have.has(t)) }))
    .filter((g) => g.missing.length > 0);
}
