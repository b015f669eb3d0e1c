/**
 * Step 5, "what it would take": from one year's table of every unit's
 * component values and the index's aggregation rule, the subject's rank if
 * its components rose by Δ (everyone else unchanged), and the smallest Δ on
 * one component that reaches a target rank.
 *
 * Ranks are standard competition ranks with ties (1, 2, 2, 4), higher total
 * is better: rank = 1 + number of other units with a strictly larger total.
 * Totals are compared as computed (no rounding to a published precision).
 * The rank is `competitionRank` of ../measures, the stored ranks' definition.
 */

import { competitionRank } from "../measures";

/** How component values add up to the index. */
export type AggregationRule =
  /** Unweighted sum of the components (PAPI: the dimensions, 10–80 points from 2018). */
  | { kind: "sum" }
  /** Weighted mean Σ w_k·c_k / Σ w_k over the weighted components (PCI: sub-index weights). */
  | { kind: "weightedMean"; weights: Readonly<Record<string, number>> }
  /** Any rule; must be non-decreasing in every component (checked by the search, not assumed to be linear). */
  | { kind: "function"; total: (components: Readonly<Record<string, number>>) => number };

export interface UnitComponents {
  unit: string;
  components: Readonly<Record<string, number>>;
}

export interface RankIf {
  total: number;
  rank: number;
  /** Number of units ranked (the subject included). */
  of: number;
}

export interface SmallestDelta {
  component: string;
  targetRank: number;
  /** Smallest Δ ≥ 0 added to the component that gives rank ≤ targetRank; null if unreachable under `max`. */
  delta: number | null;
  /** The subject's rank and total after adding delta (or now, when unreachable). */
  after: RankIf;
  /** Rank today. */
  before: RankIf;
  /** "closed form" for sum and weighted mean; "search" (bisection to adjacent floats) for a function rule. */
  method: "closed form" | "search";
  /** Why null: the component would pass its maximum. */
  reason?: string;
}

/** The index total of one unit's components under a rule. */
export function totalOf(rule: AggregationRule, c: Readonly<Record<string, number>>): number {
  if (rule.kind === "function") return rule.total(c);
  if (rule.kind === "sum") return Object.values(c).reduce((s, x) => s + x, 0);
  let num = 0;
  let den = 0;
  for (const [k, w] of Object.entries(rule.weights)) {
    const x = c[k];
    if (x === undefined) throw new Error(`component ${k} is missing`);
    num += w * x;
    den += w;
  }
  return num / den;
}

function split(table: readonly UnitComponents[], rule: AggregationRule, subject: string) {
  const own = table.find((u) => u.unit === subject);
  if (!own) throw new Error(`${subject} is not in the table`);
  const others = table.filter((u) => u.unit !== subject).map((u) => totalOf(rule, u.components));
  return { own, others };
}

const rankAmong = (total: number, others: readonly number[]): RankIf => ({
  total,
  rank: competitionRank(total, others, true),
  of: others.length + 1,
});

/** The subject's rank if its components rose by `delta` (per component; others unchanged). */
export function rankIf(
  table: readonly UnitComponents[],
  rule: AggregationRule,
  subject: string,
  delta: Readonly<Record<string, number>> = {},
): RankIf {
  const { own, others } = split(table, rule, subject);
  const c = { ...own.components };
  for (const [k, d] of Object.entries(delta)) {
    if (c[k] === undefined) throw new Error(`${subject} has no component ${k}`);
    c[k] = c[k]! + d;
  }
  return rankAmong(totalOf(rule, c), others);
}

/** Slope of the total in one component for the linear rules. */
function slope(rule: AggregationRule, component: string): number | null {
  if (rule.kind === "sum") return 1;
  if (rule.kind === "weightedMean") {
    const w = rule.weights[component] ?? 0;
    const den = Object.values(rule.weights).reduce((s, x) => s + x, 0);
    return w / den;
  }
  return null;
}

const nextUp = (x: number) => x + Math.max(Math.abs(x) * Number.EPSILON, Number.MIN_VALUE);

/**
 * Smallest Δ on `component` that brings the subject to rank ≤ targetRank.
 * Closed form for linear rules: with the other units' totals sorted in
 * descending order o₁ ≥ o₂ ≥ …, rank ≤ r exactly when total ≥ o_r, so
 * Δ = max(0, (o_r − total) / slope), nudged up by a few ulps if floating point
 * leaves it short. `max` caps the component (e.g. 2.5 for a PAPI sub-dimension
 * of a 4-part dimension).
 */
export function smallestDelta(
  table: readonly UnitComponents[],
  rule: AggregationRule,
  subject: string,
  component: string,
  targetRank: number,
  max?: number,
): SmallestDelta {
  const { own, others } = split(table, rule, subject);
  if (own.components[component] === undefined) throw new Error(`${subject} has no component ${component}`);
  if (!Number.isInteger(targetRank) || targetRank < 1) throw new Error(`target rank ${targetRank} must be 1 or more`);
  const before = rankAmong(totalOf(rule, own.components), others);
  const at = (d: number) => rankIf(table, rule, subject, { [component]: d });
  const done = (delta: number, method: SmallestDelta["method"]): SmallestDelta => {
    if (max !== undefined && own.components[component]! + delta > max)
      return {
        component,
        targetRank,
        delta: null,
        after: before,
        before,
        method,
        reason: `${component} would need ${own.components[component]! + delta}, above its maximum ${max}`,
      };
    return { component, targetRank, delta, after: at(delta), before, method };
  };
  const k = slope(rule, component);
  if (before.rank <= targetRank) return done(0, k === null ? "search" : "closed form");
  if (k !== null) {
    if (k <= 0)
      return {
        component,
        targetRank,
        delta: null,
        after: before,
        before,
        method: "closed form",
        reason: `${component} does not count in the index`,
      };
    const sorted = [...others].sort((a, b) => b - a);
    let delta = Math.max(0, (sorted[targetRank - 1]! - before.total) / k);
    for (let i = 0; i < 64 && at(delta).rank > targetRank; i++) delta = nextUp(delta);
    return done(delta, "closed form");
  }
  let hi = 1;
  for (let i = 0; i < 80 && at(hi).rank > targetRank; i++) hi *= 2;
  if (at(hi).rank > targetRank)
    return {
      component,
      targetRank,
      delta: null,
      after: before,
      before,
      method: "search",
      reason: "no Δ found up to 2^80",
    };
  let lo = 0;
  for (let i = 0; i < 2000 && nextUp(lo) < hi; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    if (at(mid).rank <= targetRank) hi = mid;
    else lo = mid;
  }
  return done(hi, "search");
}
