/**
 * Cell parsing shared by every importer. Each parser returns a value or throws
 * a CellError whose message says what was expected; the reader adds row and column.
 */
export class CellError extends Error {
  /** An English code for refusals that have one (PROVINCE_MERGED); it travels to the rejection. */
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** NFC, trimmed, inner whitespace collapsed; null for blank. */
export function text(raw: unknown): string | null {
  if (raw == null) return null;
  const s = String(raw).normalize("NFC").replace(/\s+/g, " ").trim();
  return s === "" ? null : s;
}

/** Lower-case, no diacritics, đ → d, punctuation → space: the key for tolerant matching. */
export function fold(raw: string): string {
  return raw
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Numbers as Vietnamese and international tables write them: "85,92", "85,92%",
 * "1.234,5", "85.92", 85.92. One separator is the decimal mark; with both,
 * the last one is; repeated dots are thousands ("1.234.567").
 */
export function number(raw: unknown): number | null {
  if (raw == null || raw === "") return null;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw new CellError(`"${raw}" is not a number`);
    return raw;
  }
  const s = String(raw).trim().replace(/%$/, "").replace(/\s/g, "");
  if (s === "") return null;
  let normalised: string;
  if (/^-?\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(s)) normalised = s.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d+(\.\d+)?$/.test(s)) normalised = s;
  else if (/^-?\d+(,\d+)?$/.test(s)) normalised = s.replace(",", ".");
  else if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(s)) normalised = s.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d{1,3}(,\d{3})+\.\d+$/.test(s)) normalised = s.replace(/,/g, "");
  else throw new CellError(`"${String(raw).trim()}" is not a number (use 85,92 or 85.92)`);
  return Number(normalised);
}

export function integer(raw: unknown): number | null {
  const n = number(raw);
  if (n !== null && !Number.isInteger(n)) throw new CellError(`"${raw}" is not a whole number`);
  return n;
}

/** A survey year, written alone. "2022 (công bố 2023)" is refused: which year is meant must be explicit. */
export function year(raw: unknown): number | null {
  if (raw == null || raw === "") return null;
  const s = String(raw).trim();
  if (!/^\d{4}$/.test(s)) {
    const years = s.match(/\b(19|20)\d{2}\b/g);
    const hint =
      years && years.length > 1
        ? ` — it names ${years.length} years; write the survey year alone (e.g. ${years[0]})`
        : "";
    throw new CellError(`"${s}" is not a year${hint}`);
  }
  const y = Number(s);
  if (y < 2000 || y > 2100) throw new CellError(`${y} is outside 2000–2100`);
  return y;
}

/** Dates as dd/mm/yyyy (Vietnamese), yyyy-mm-dd, or a spreadsheet date cell; returned as ISO. */
export function date(raw: unknown): string | null {
  if (raw == null || raw === "") return null;
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) throw new CellError("invalid date");
    return raw.toISOString().slice(0, 10);
  }
  const s = String(raw).trim();
  let y: number;
  let m: number;
  let d: number;
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else throw new CellError(`"${s}" is not a date (use dd/mm/yyyy or yyyy-mm-dd)`);
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d)
    throw new CellError(`"${s}" is not a real date`);
  return dt.toISOString().slice(0, 10);
}
