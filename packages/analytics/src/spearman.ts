import { mean } from "./measures";

/**
 * Ranks 1..n with ties given the mean of the positions they share
 * (fractional ranking), as Spearman's coefficient requires.
 */
export function fractionalRanks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const mean = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = mean;
    i = j + 1;
  }
  return ranks;
}

function pearson(a: readonly number[], b: readonly number[]): number | null {
  const n = a.length;
  const ma = mean(a);
  const mb = mean(b);
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < n; i++) {
    cov += (a[i]! - ma) * (b[i]! - mb);
    va += (a[i]! - ma) ** 2;
    vb += (b[i]! - mb) ** 2;
  }
  return va === 0 || vb === 0 ? null : cov / Math.sqrt(va * vb);
}

export interface Correlation {
  /** Spearman's ρ; null when fewer than 3 pairs or one side does not vary. */
  rho: number | null;
  n: number;
  /** Fewer than 5 pairs: no pattern can be told from normal variation. */
  insufficientData: boolean;
}

/** Spearman's rank correlation of paired observations (Pearson on fractional ranks). */
export function spearman(pairs: readonly (readonly [number, number])[]): Correlation {
  const n = pairs.length;
  const rho = n < 3 ? null : pearson(fractionalRanks(pairs.map((p) => p[0])), fractionalRanks(pairs.map((p) => p[1])));
  return { rho, n, insufficientData: n < 5 };
}
