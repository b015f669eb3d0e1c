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
