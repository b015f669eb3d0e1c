/**
 * vi-VN figures, dates and rank changes as the dashboard, its exports and the
 * report print them: one definition each, imported by apps/web and
 * packages/report. Pure (no Node APIs), so a client component can import it:
 * `@cchc/schema/format`.
 */

const formats = new Map<number, Intl.NumberFormat>();

/** The vi-VN number format with at most `digits` decimals, made once per `digits`: 1.234 · 85,92. */
export function numberFormat(digits = 2): Intl.NumberFormat {
  let f = formats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    formats.set(digits, f);
  }
  return f;
}

/** A figure in vi-VN, "—" when there is none: 85,92 · 1.234 · —. */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  return value == null ? "—" : numberFormat(digits).format(value);
}

/**
 * A change with its sign and a true minus: "+1,23" · "−0,5" · "0" (a change
 * that rounds to zero has no sign), "—" when there is none.
 */
export function formatSigned(value: number | null | undefined, digits = 2): string {
  if (value == null) return "—";
  const s = formatNumber(Math.abs(value), digits);
  return s === "0" ? "0" : `${value > 0 ? "+" : "−"}${s}`;
}

/** A date (or the date of a timestamp) as written in Vietnam: "2022-02-10" → "10/02/2022". */
export function formatDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** A label as it starts a line or a cell: "không có số liệu" → "Không có số liệu". */
export const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);

/**
 * A change of rank in words, rank 1 being best: a rank number that fell by 2
 * "tăng 2 bậc", one that rose by 21 "giảm 21 bậc", 0 "giữ nguyên thứ hạng";
 * "" when there is no change to tell (first year, merger break).
 */
export function formatRankChange(delta: number | null | undefined): string {
  if (delta == null) return "";
  if (delta === 0) return "giữ nguyên thứ hạng";
  return delta > 0 ? `tăng ${delta} bậc` : `giảm ${-delta} bậc`;
}
