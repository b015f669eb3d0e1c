import type { SeriesPointFieldsFragment } from "./graphql/generated/graphql";

export interface CardFigures {
  year: number;
  value: number | null;
  rank: number | null;
  outOf: number | null;
  /** Rank positions gained since the previous published year (positive = better). */
  rankGain: number | null;
  /** Value change since the previous year, only when both use the same methodology version. */
  valueChange: number | null;
  previousYear: number | null;
  methodologyBreak: boolean;
  sourceUrl: string | null;
}

/** The latest published figures of a series and their change from the year before. */
export function latestFigures(series: readonly SeriesPointFieldsFragment[]): CardFigures | null {
  const published = series.filter((p) => p.status === "PUBLISHED");
  const last = published.at(-1);
  if (!last) return null;
  const prev = published.find((p) => p.year === last.year - 1) ?? null;
  const sameVersion = prev?.methodologyVersion.code === last.methodologyVersion.code;
  return {
    year: last.year,
    value: last.value ?? null,
    rank: last.publishedRank ?? null,
    outOf: last.publishedOutOf ?? null,
    rankGain: prev?.publishedRank != null && last.publishedRank != null ? prev.publishedRank - last.publishedRank : null,
    valueChange: prev?.value != null && last.value != null && sameVersion ? last.value - prev.value : null,
    previousYear: prev?.year ?? null,
    methodologyBreak: !!prev && !sameVersion,
    sourceUrl: last.sourceUrl ?? null,
  };
}
