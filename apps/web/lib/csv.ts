/**
 * CSV for the charts' "Tải CSV": RFC 4180 quoting, CRLF rows, a UTF-8 BOM so
 * spreadsheet programs read the Vietnamese names. A cell that starts with
 * = + - @, a tab or a carriage return is prefixed with a single quote, so a
 * spreadsheet never runs it as a formula (CSV injection). Numbers are written
 * as numbers (-0.5 stays a number: it cannot be a formula).
 */
export type CsvCell = string | number | null | undefined;

export function csvCell(value: CsvCell): string {
  if (value == null || (typeof value === "number" && !Number.isFinite(value))) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** A file name from a title: diacritics dropped, words joined by dashes ("PAPI năm 2023" → "papi-nam-2023"). */
export function fileSlug(title: string): string {
  return (
    foldVietnamese(title)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "bieu-do"
  );
}

/** Lower case without diacritics (đ → d): "Thừa Thiên Huế" → "thua thien hue", for searching. */
export function foldVietnamese(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "d").toLowerCase();
}
