/** Small descriptive measures of the impact methods; mean and median are the index measures' (../measures). */
import { mean, median } from "../measures";

/** Sample standard deviation (n − 1); 0 for fewer than 2 values. */
export function sd(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}

export const rmspe = (gaps: readonly number[]): number => Math.sqrt(gaps.reduce((s, g) => s + g * g, 0) / gaps.length);

export interface Distribution {
  n: number;
  mean: number;
  median: number;
  /** Sample standard deviation (n − 1). */
  sd: number;
}

export const distribution = (xs: readonly number[]): Distribution => ({
  n: xs.length,
  mean: xs.length ? mean(xs) : Number.NaN,
  median: xs.length ? median(xs) : Number.NaN,
  sd: sd(xs),
});

/** Share of `others` strictly below x, ties counted half (0..1). */
export function percentileAmong(x: number, others: readonly number[]): number {
  if (!others.length) return Number.NaN;
  let below = 0;
  for (const o of others) below += o < x ? 1 : o === x ? 0.5 : 0;
  return below / others.length;
}
