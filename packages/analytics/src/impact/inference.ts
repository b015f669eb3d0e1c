/** Permutation (placebo) inference shared by DiD and synthetic control. */

/**
 * Which placebo estimates count as "at least as extreme" as the actual one:
 * - "two-sided": |placebo| ≥ |actual| (rank 1 = largest absolute value)
 * - "greater": placebo ≥ actual (rank 1 = largest; for improvements)
 * - "less": placebo ≤ actual (rank 1 = smallest; for declines)
 */
export type Direction = "two-sided" | "greater" | "less";

export interface PlaceboRank {
  /** 1 + number of placebos at least as extreme as the actual estimate (ties count against it). */
  rank: number;
  /** Number of estimates compared: the placebos plus the actual one. */
  of: number;
  /** rank / of: the smallest possible p is 1 / of. */
  p: number;
  direction: Direction;
  /** The convention in words, to carry along with the figure. */
  convention: string;
}

const TOL = 1e-12;

/** Rank of `actual` among itself and `placebos`, and p = rank / (placebos + 1). */
export function placeboRank(
  actual: number,
  placebos: readonly number[],
  direction: Direction = "two-sided",
  /** What is ranked, for the convention sentence. */
  what = "estimate",
): PlaceboRank {
  const tol = TOL * Math.max(1, Math.abs(actual));
  let atLeast = 0;
  for (const x of placebos) {
    const extreme =
      direction === "two-sided"
        ? Math.abs(x) >= Math.abs(actual) - tol
        : direction === "greater"
          ? x >= actual - tol
          : x <= actual + tol;
    if (extreme) atLeast++;
  }
  const rank = 1 + atLeast;
  const of = placebos.length + 1;
  const how =
    direction === "two-sided"
      ? `by absolute value (1 = largest |${what}|)`
      : direction === "greater"
        ? `one-sided (1 = largest ${what})`
        : `one-sided (1 = smallest ${what})`;
  return {
    rank,
    of,
    p: rank / of,
    direction,
    convention: `rank ${how} among the actual ${what} and ${placebos.length} placebos, ties counted against it; p = rank / (placebos + 1)`,
  };
}
