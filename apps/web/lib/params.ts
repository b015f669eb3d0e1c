/** Filters live in the URL: read them from a page's searchParams, validated, with defaults. */
export type SearchParams = Record<string, string | string[] | undefined>;

export function one(params: SearchParams, key: string): string | undefined {
  const v = params[key];
  const s = Array.isArray(v) ? v[0] : v;
  return s === "" ? undefined : s;
}

export function many(params: SearchParams, key: string): string[] {
  const v = params[key];
  return (Array.isArray(v) ? v : v ? [v] : []).flatMap((s) => s.split(",")).filter(Boolean);
}

export function int(params: SearchParams, key: string, fallback: number, min: number, max: number): number {
  const n = Number(one(params, key));
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

export function pick<T extends string>(params: SearchParams, key: string, allowed: readonly T[], fallback: T): T {
  const v = one(params, key);
  return v && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

/** `path?…` with the given values (undefined / empty drop the key): links that keep the other filters. */
export function hrefWith(
  path: string,
  current: Record<string, string | number | string[] | undefined>,
  changes: Record<string, string | number | string[] | undefined> = {},
): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...current, ...changes })) {
    if (v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    q.set(k, Array.isArray(v) ? v.join(",") : String(v));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/**
 * The URL's value for `key` when the page could not use it as given and shows
 * `used` instead (an unknown index, a year outside the range): for a message
 * naming it, so nothing is replaced silently. Null when absent or used.
 */
export function ignored(params: SearchParams, key: string, used: string | number | null | undefined): string | null {
  const asked = one(params, key);
  return asked !== undefined && asked !== String(used ?? "") ? asked.slice(0, 40) : null;
}

/** A message when the URL's year is not the one shown, or has no data among `years` (ascending); else null. */
export function yearNotice(params: SearchParams, shown: number, years: number[]): string | null {
  const span = years.length > 0 ? ` (có số liệu các năm ${years[0]}–${years[years.length - 1]})` : "";
  const asked = ignored(params, "year", shown);
  if (asked !== null) return `Năm “${asked}” không dùng được${span}; đang hiển thị năm ${shown}.`;
  if (one(params, "year") !== undefined && !years.includes(shown)) return `Không có số liệu năm ${shown}${span}.`;
  return null;
}

/** "Không có chỉ số “XYZ”; đang hiển thị PAPI.": a value of `key` the page replaced by `used`; else null. */
export function unknownNotice(params: SearchParams, key: string, used: string | number, what: string): string | null {
  const asked = ignored(params, key, used);
  return asked === null ? null : `Không có ${what} “${asked}”; đang hiển thị ${used}.`;
}
