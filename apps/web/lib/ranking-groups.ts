import { QUARTILE_GROUPS, quartileGroupOf } from "./series";

/**
 * The groups a year's map is coloured by. The API publishes a group only where
 * its thresholds are sourced (PAR INDEX: A/B/C, `RankingRow.tier`); for PAPI
 * (and the other indices and every component) the groups are the PAPI
 * portal's four, by quartile of the year's ranking — derived here from rank
 * and out-of with the overview's percentile (the share of ranked provinces a
 * province equals or beats: (outOf − rank + 1) / outOf).
 */
export interface RankedRow {
  subject: { code: string };
  rank: number | null;
  outOf: number;
  tier?: string | null;
}

export interface MapGroup {
  /** Label in the legend, best first. */
  label: string;
  /** 0 = best. */
  order: number;
}

export interface MapGroups {
  /** Where the groups come from, for the legend's note. */
  source: "published" | "quartiles";
  /** Groups best first. */
  groups: MapGroup[];
  /** GSO code → group order (absent: no value). */
  bySubject: Record<string, number>;
}

const PUBLISHED_ORDER = ["A", "B", "C"];

/** Percentile of a rank among outOf ranked subjects (100 = best). */
export function rankPercentile(rank: number | null, outOf: number): number | null {
  return rank == null || outOf <= 0 ? null : (100 * (outOf - rank + 1)) / outOf;
}

export function mapGroups(rows: readonly RankedRow[]): MapGroups {
  const ranked = rows.filter((r) => r.rank != null);
  if (ranked.some((r) => r.tier)) {
    const groups = [...PUBLISHED_ORDER.map((t) => `Nhóm ${t}`), "Dưới nhóm C"];
    const bySubject: Record<string, number> = {};
    for (const r of ranked) {
      const i = r.tier ? PUBLISHED_ORDER.indexOf(r.tier) : -1;
      bySubject[r.subject.code] = i >= 0 ? i : groups.length - 1;
    }
    return { source: "published", groups: groups.map((label, order) => ({ label, order })), bySubject };
  }
  const bySubject: Record<string, number> = {};
  for (const r of ranked) {
    const label = quartileGroupOf(rankPercentile(r.rank, r.outOf));
    if (label) bySubject[r.subject.code] = QUARTILE_GROUPS.indexOf(label);
  }
  return { source: "quartiles", groups: QUARTILE_GROUPS.map((label, order) => ({ label, order })), bySubject };
}
