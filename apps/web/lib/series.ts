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

/** The first year of each methodology version after the first: values either side are not comparable. */
export function methodologyBreaks(series: readonly Point[]): { year: number; label: string }[] {
  const out: { year: number; label: string }[] = [];
  for (let i = 1; i < series.length; i++) {
    const code = series[i]!.methodologyVersion.code;
    if (code !== series[i - 1]!.methodologyVersion.code)
      out.push({ year: series[i]!.year, label: `Phương pháp ${code}` });
  }
  return out;
}

/** The PAPI portal's four groups, by within-year percentile (quartiles). */
export function tierOf(percentile: number | null | undefined): string | null {
  if (percentile == null) return null;
  if (percentile > 75) return "Nhóm cao nhất";
  if (percentile > 50) return "Nhóm trung bình cao";
  if (percentile > 25) return "Nhóm trung bình thấp";
  return "Nhóm thấp nhất";
}
