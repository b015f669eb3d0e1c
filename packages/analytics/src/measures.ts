/**
 * The measures of one distribution of index values — one (index, component,
 * year, methodology version) — as plain functions: the TypeScript twin of
 * `refresh_index_stats()` (packages/db/functions/refresh_index_stats.sql,
 * migration 0014), which stores them in `index_stats` and
 * `index_value_stats`. apps/api/test/measures-twin.test.ts holds the two
 * equal on the shared PAPI and PCI data.
 *
 * A null is a missing value, as in SQL: it is skipped by every measure and
 * gets no rank and no z-score. A list without values has mean, median and
 * quantiles NaN (0 / 0); `describe` reports them as null, as SQL does.
 */

/** A distribution's values; null where a subject has none. */
export type Values = readonly (number | null)[];

const present = (values: Values): number[] => values.filter((x): x is number => x !== null);

const ascending = (values: Values): number[] => present(values).sort((a, b) => a - b);

/** Arithmetic mean of the values present (SQL `avg`); NaN when none. */
export function mean(values: Values): number {
  let sum = 0;
  let n = 0;
  for (const x of values)
    if (x !== null) {
      sum += x;
      n++;
    }
  return sum / n;
}

/** Population standard deviation, divisor n (SQL `stddev_pop`); NaN when no values, 0 for one. */
export function sdPop(values: Values): number {
  const xs = present(values);
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length);
}

/** Quantile of already ascending values by linear interpolation at p·(n − 1), as PostgreSQL computes it. */
function quantileSorted(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const at = p * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const below = sorted[lo]!;
  return lo === hi ? below : below + (at - lo) * (sorted[hi]! - below);
}

/**
 * Continuous quantile (SQL `percentile_cont(p) WITHIN GROUP (ORDER BY value)`):
 * linear interpolation between the ascending values around position p·(n − 1).
 * p in [0, 1]; NaN when no values.
 */
export function quantileCont(values: Values, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile ${p} must be between 0 and 1`);
  return quantileSorted(ascending(values), p);
}

/** Median = quantileCont(values, 0.5): the middle value, or the mean of the two middle ones. */
export const median = (values: Values): number => quantileCont(values, 0.5);

/** Whether `x` ranks strictly ahead of `y` in the index's direction. */
const better = (x: number, y: number, higherIsBetter: boolean) => (higherIsBetter ? x > y : x < y);

/**
 * Standard competition rank (1, 2, 2, 4) of `value` among `values`:
 * 1 + the number of values strictly better in the index's direction
 * (`indices.higher_is_better`). `value` need not be one of `values`.
 */
export function competitionRank(value: number, values: Values, higherIsBetter: boolean): number {
  let ahead = 0;
  for (const x of values) if (x !== null && better(x, value, higherIsBetter)) ahead++;
  return 1 + ahead;
}

/**
 * Every value's standard competition rank within the list (SQL `rank()`
 * ordered best first), aligned with the input; null for a missing value.
 * Ties share the best rank and the next rank skips: 1, 2, 2, 4.
 */
export function competitionRanks(values: Values, higherIsBetter: boolean): (number | null)[] {
  const order = values.flatMap((x, i) => (x === null ? [] : [i]));
  order.sort((i, j) => (higherIsBetter ? values[j]! - values[i]! : values[i]! - values[j]!));
  const ranks: (number | null)[] = values.map(() => null);
  order.forEach((i, k) => {
    const prev = k > 0 ? order[k - 1]! : -1;
    ranks[i] = k > 0 && values[prev] === values[i] ? ranks[prev]! : k + 1;
  });
  return ranks;
}

/**
 * Every value's z-score (value − mean) / population SD, aligned with the
 * input; null for a missing value, and for all when fewer than two values
 * are present or they are all equal (SD 0).
 */
export function zScores(values: Values): (number | null)[] {
  const xs = present(values);
  const m = mean(xs);
  const sd = sdPop(xs);
  return values.map((x) => (x === null || xs.length <= 1 || !(sd > 0) ? null : (x - m) / sd));
}

/**
 * Percentile of a competition rank among n values: 100·(n − rank + 1)/n,
 * the share of values this one equals or beats (rank 1 of 63 → 100; rank 63 → 1.59).
 */
export function percentileOfRank(rank: number, n: number): number {
  if (!(n >= 1 && rank >= 1 && rank <= n)) throw new RangeError(`rank ${rank} must be between 1 and n = ${n}`);
  return (100 * (n - rank + 1)) / n;
}

/** A distribution's summary, as `index_stats` stores it; null fields when no value is present. */
export interface Description {
  /** Values present (the "out of" of every rank). */
  n: number;
  mean: number | null;
  /** Population SD (divisor n). */
  sd: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
  /** max when higher is better, else min. */
  best: number | null;
  worst: number | null;
}

/** n, mean, population SD, median, quartiles, min, max, best and worst of a distribution. */
export function describe(values: Values, higherIsBetter: boolean): Description {
  const xs = ascending(values);
  const n = xs.length;
  if (!n)
    return { n, mean: null, sd: null, median: null, q1: null, q3: null, min: null, max: null, best: null, worst: null };
  const min = xs[0]!;
  const max = xs[n - 1]!;
  return {
    n,
    mean: mean(xs),
    sd: sdPop(xs),
    median: quantileSorted(xs, 0.5),
    q1: quantileSorted(xs, 0.25),
    q3: quantileSorted(xs, 0.75),
    min,
    max,
    best: higherIsBetter ? max : min,
    worst: higherIsBetter ? min : max,
  };
}
