import type { SeriesPointFieldsFragment } from "./graphql/generated/graphql";

type Point = Pick<SeriesPointFieldsFragment, "year" | "status"> & { methodologyVersion: { code: string } };

/** The latest year in which any of the series has a published figure (the overview's default year). */
export function latestPublishedYear(series: readonly (readonly Point[])[]): number | null {
  const years = series
    .flat()
    .filter((p) => p.status === "PUBLISHED")
    .map((p) => p.year);
  return years.length ? Math.max(...years) : null;
}

/** Every year between the first and the last of the series, so gaps stay visible on the charts. */
export function yearSpan(...yearLists: number[][]): number[] {
  const all = yearLists.flat();
  if (all.length === 0) return [];
  const first = Math.min(...all);
  return Array.from({ length: Math.max(...all) - first + 1 }, (_, i) => first + i);
}

/**
 * A year where a series changes footing: a new methodology version (values
 * either side not comparable), or the merger of provinces (ranks either side
 * count different units; a merged unit's line does not continue its
 * predecessors'). Charts draw both as a dashed marker; across a merger no
 * rank line is joined.
 */
export interface SeriesBreak {
  year: number;
  label: string;
  kind: "methodology" | "merger";
}

/** The first year of each methodology version after the first: values either side are not comparable. */
export function methodologyBreaks(series: readonly Point[]): SeriesBreak[] {
  const out: SeriesBreak[] = [];
  for (let i = 1; i < series.length; i++) {
    const code = series[i]!.methodologyVersion.code;
    if (code !== series[i - 1]!.methodologyVersion.code)
      out.push({ year: series[i]!.year, label: `Phương pháp ${code}`, kind: "methodology" });
  }
  return out;
}

/**
 * The breaks of a chart over `years`: its methodology breaks and each change
 * of the set of units (lib/merger eraChanges) the years drawn run across. A
 * merger in the year of a methodology break is one marker naming both.
 */
export function withMergerBreaks(
  breaks: readonly SeriesBreak[],
  mergers: readonly { year: number; label: string }[],
  years: readonly number[],
): SeriesBreak[] {
  let out = [...breaks];
  for (const m of mergers) {
    if (!years.some((y) => y < m.year) || !years.some((y) => y >= m.year)) continue;
    const same = out.find((b) => b.year === m.year);
    const merged: SeriesBreak = { year: m.year, label: same ? `${same.label}; ${m.label}` : m.label, kind: "merger" };
    out = [...out.filter((b) => b !== same), merged];
  }
  return out.sort((a, b) => a.year - b.year);
}

/** The data indices of the merger years among `years`: a rank line is not joined into them. */
export function mergerIndices(breaks: readonly SeriesBreak[], years: readonly number[]): number[] {
  return breaks.flatMap((b) => (b.kind === "merger" && years.indexOf(b.year) > 0 ? [years.indexOf(b.year)] : []));
}

/**
 * The PAPI portal's four quartile groups, best first. Not PAR INDEX's published
 * grades A/B/C (`RankingRow.tier`, "xếp loại"): see docs/glossary.md.
 */
export const QUARTILE_GROUPS = [
  "Nhóm cao nhất",
  "Nhóm trung bình cao",
  "Nhóm trung bình thấp",
  "Nhóm thấp nhất",
] as const;
export type QuartileGroup = (typeof QUARTILE_GROUPS)[number];

/** The quartile group of a within-year percentile (100 = best); null without one. */
export function quartileGroupOf(percentile: number | null | undefined): QuartileGroup | null {
  if (percentile == null) return null;
  return QUARTILE_GROUPS[percentile > 75 ? 0 : percentile > 50 ? 1 : percentile > 25 ? 2 : 3];
}
