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

/** A timestamp read in Vietnam's time (UTC+7, no daylight saving), the same on the server and in a browser. */
const vietnamTime = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
  timeZone: "Asia/Ho_Chi_Minh",
});
const vietnamParts = (iso: string) => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return Object.fromEntries(vietnamTime.formatToParts(d).map((x) => [x.type, x.value])) as Record<
    "day" | "month" | "year" | "hour" | "minute" | "second",
    string
  >;
};

/** An API timestamp's day in Vietnam: "2026-11-30T17:30:00Z" → "01/12/2026" (the text itself if unreadable). */
export function formatDay(iso: string): string {
  const p = vietnamParts(iso);
  return p ? `${p.day}/${p.month}/${p.year}` : iso;
}

/** An event's moment in Vietnam, to the second: "10/02/2022 14:03:27" (the text itself if unreadable). */
export function formatMoment(iso: string): string {
  const p = vietnamParts(iso);
  return p ? `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}` : iso;
}

/** When something was done, to the minute, in Vietnam: "14:05 ngày 30/11/2026" (the text itself if unreadable). */
export function formatTimeAndDay(iso: string): string {
  const p = vietnamParts(iso);
  return p ? `${p.hour}:${p.minute} ngày ${p.day}/${p.month}/${p.year}` : iso;
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
