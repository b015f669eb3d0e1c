/**
 * One truth per figure: which rank and "out of" the dashboard shows for a
 * subject, index (or component) and year, what moved a total, and what a small
 * chart can honestly draw. Cards, charts, tables and tooltips all go through
 * these functions, so the same figure reads the same everywhere.
 */

/** The rank fields the API gives on a series point (indexSeries) and on a profile figure (subjectProfile). */
export interface RankFields {
  rank?: number | null;
  outOf?: number | null;
  publishedRank?: number | null;
  publishedOutOf?: number | null;
}

export interface ShownRank {
  rank: number;
  /** The denominator for that year: the published one with a published rank, else the provinces with data. */
  outOf: number | null;
  /** True when no rank was published: computed here among the provinces with a value (ties share a rank). */
  computed: boolean;
  /** "37/61" */
  text: string;
}

/** Said beside a computed rank, in every place that shows one. */
export const COMPUTED_RANK_NOTE = "tính từ số liệu";
export const COMPUTED_RANK_TITLE =
  "Không có thứ hạng công bố: thứ hạng tính từ điểm của các tỉnh có số liệu năm đó (điểm bằng nhau cùng hạng)";

/**
 * The rank to show: the published rank and its published denominator where
 * one was published; otherwise the rank computed among the provinces with a
 * value that year, out of how many they are. Null when there is neither.
 */
export function shownRank(f: RankFields | null | undefined): ShownRank | null {
  if (!f) return null;
  if (f.publishedRank != null) {
    const outOf = f.publishedOutOf ?? null;
    return { rank: f.publishedRank, outOf, computed: false, text: `${f.publishedRank}/${outOf ?? "?"}` };
  }
  if (f.rank != null) {
    const outOf = f.outOf ?? null;
    return { rank: f.rank, outOf, computed: true, text: `${f.rank}/${outOf ?? "?"}` };
  }
  return null;
}

/** "37/61 (tính từ số liệu)" or "25/63", or "—" without a rank: the text of a table cell or a tooltip. */
export function rankText(f: RankFields | null | undefined): string {
  const r = shownRank(f);
  if (!r) return "—";
  return r.computed ? `${r.text} (${COMPUTED_RANK_NOTE})` : r.text;
}

/** A chart's rank axis: from 1 to the largest denominator of the years drawn (never a fixed 63). */
export function rankAxisMax(ranks: readonly (ShownRank | null)[]): number | null {
  const outs = ranks.flatMap((r) => (r ? [r.outOf ?? r.rank] : []));
  return outs.length ? Math.max(...outs) : null;
}

/** The denominators of the years drawn, in words for the axis title: "/61" or "/61–63". */
export function outOfLabel(ranks: readonly (ShownRank | null)[]): string {
  const outs = [...new Set(ranks.flatMap((r) => (r?.outOf != null ? [r.outOf] : [])))].sort((a, b) => a - b);
  if (outs.length === 0) return "";
  return outs.length === 1 ? `/${outs[0]}` : `/${outs[0]}–${outs[outs.length - 1]} tùy năm`;
}

export interface PercentileChange {
  previous: number;
  current: number;
  /** current − previous, in percentile points (positive = better). */
  change: number;
  /** "phân vị 62 → 71 (+9)" */
  text: string;
}

/**
 * The change of standing between two years whose ranks count different
 * units (across the merger, /63 then /34): the percentile of each year — the
 * share of ranked units a subject equals or beats — never rank positions.
 * Both come from the API (the profile's `percentile` and `previousPercentile`,
 * the stored measures), so the card shows the same figures as everywhere else.
 */
export function percentileChange(
  current: number | null | undefined,
  previous: number | null | undefined,
): PercentileChange | null {
  if (current == null || previous == null) return null;
  const whole = (x: number) => Math.round(x);
  const change = whole(current) - whole(previous);
  const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
  return {
    previous,
    current,
    change,
    text: `phân vị ${whole(previous)} → ${whole(current)} (${sign}${Math.abs(change)})`,
  };
}

export interface ComponentChange {
  name: string;
  value?: number | null;
  previousValue?: number | null;
  valueChange?: number | null;
}

export interface WhatMoved {
  /** Components with a change, largest absolute change first, both directions; at most `limit`. */
  listed: { name: string; change: number }[];
  /** Components with a change that did not fit in the list. */
  notListed: number;
  /**
   * Total change minus the sum of the listed changes, when the components add
   * up to the total in both years (PAPI: the total is the sum of its
   * dimensions); null when they do not (e.g. PCI's weighted sub-indices).
   */
  unexplained: number | null;
  /** Whether the components add up to the total under this methodology version (checked on the values). */
  additive: boolean;
}

/** Tolerance for "the components add up to the total": the published rounding of eight 4-decimal figures and a 2-decimal total. */
const SUM_TOLERANCE = 0.011;

/**
 * "What moved": the components that changed, ordered by the size of their
 * change whatever its sign, and what the listed changes leave unexplained.
 * Whether components add up to the total is read from the figures of both
 * years (Σ components = total within rounding), not assumed per index.
 */
export function whatMoved(
  total: { value?: number | null; previousValue?: number | null; valueChange?: number | null } | null,
  components: readonly ComponentChange[],
  limit = 6,
): WhatMoved {
  const moved = components
    .filter((c): c is ComponentChange & { valueChange: number } => c.valueChange != null && c.valueChange !== 0)
    .map((c) => ({ name: c.name, change: c.valueChange }))
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.name.localeCompare(b.name));
  const listed = moved.slice(0, limit);
  const sums = (pick: (c: ComponentChange) => number | null | undefined) =>
    components.every((c) => pick(c) != null) ? components.reduce((a, c) => a + pick(c)!, 0) : null;
  const now = sums((c) => c.value);
  const before = sums((c) => c.previousValue);
  const additive =
    components.length > 1 &&
    total?.value != null &&
    total.previousValue != null &&
    now != null &&
    before != null &&
    Math.abs(now - total.value) <= SUM_TOLERANCE &&
    Math.abs(before - total.previousValue) <= SUM_TOLERANCE;
  const unexplained =
    additive && total?.valueChange != null
      ? round(total.valueChange - listed.reduce((a, c) => a + c.change, 0), 4)
      : null;
  return { listed, notListed: moved.length - listed.length, unexplained, additive };
}

function round(x: number, digits: number): number {
  const r = Number(x.toFixed(digits));
  return Object.is(r, -0) ? 0 : r;
}

export interface SparkPlan {
  kind: "value" | "rank";
  years: number[];
  values: (number | null)[];
  /** "2011" and "2024": the years at the ends of the line. */
  first: number;
  last: number;
}

/**
 * What a sparkline can draw: the values when at least two years have one,
 * else the ranks (1 at the top) when at least two years have one, else
 * nothing — a single dot is not a trend. The years run from the first to the
 * last year with a figure of the kind drawn.
 */
export function sparkPlan(
  points: readonly { year: number; value?: number | null; rank: ShownRank | null }[],
): SparkPlan | null {
  for (const kind of ["value", "rank"] as const) {
    const pick = (p: (typeof points)[number]) => (kind === "value" ? (p.value ?? null) : (p.rank?.rank ?? null));
    const withFigure = points.filter((p) => pick(p) != null).map((p) => p.year);
    if (withFigure.length < 2) continue;
    const first = Math.min(...withFigure);
    const last = Math.max(...withFigure);
    const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
    const byYear = new Map(points.map((p) => [p.year, pick(p)]));
    return { kind, years, values: years.map((y) => byYear.get(y) ?? null), first, last };
  }
  return null;
}

/** The latest year in which a series has a value or a rank. */
export function latestYearWithFigure(
  points: readonly ({ year: number; value?: number | null } & RankFields)[],
): number | null {
  const years = points.filter((p) => p.value != null || shownRank(p) != null).map((p) => p.year);
  return years.length ? Math.max(...years) : null;
}
