/// <reference path="../quadprog.d.ts" />
/**
 * Least squares on the simplex: min ‖y − Xw‖² subject to w ≥ 0, Σw = 1,
 * solved exactly (up to floating point) by quadprog's Goldfarb–Idnani dual
 * active-set method.
 *
 * Because Σw = 1, subtracting the donors' mean m_t from every row changes
 * nothing: y − Xw = (y − m) − (X − m1ᵀ)w. The solver works on these centred
 * values so that the ridge below is relative to the variation, not the level.
 *
 * As a QP: minimise ½ wᵀDw − dᵀw with D = XᵀX + λI and d = Xᵀy (centred; the
 * objective is half the sum of squares, shifted by a constant). XᵀX is
 * singular whenever donors outnumber pre-periods, so a tiny ridge
 * λ = 1e-10 · (trace(XᵀX)/J + 1e-12) makes D positive definite; it moves the
 * weights by O(λ) and picks, among equally good weight vectors, the one of
 * smallest norm.
 *
 * Constraints (quadprog: Aᵀw ≥ b0, the first meq = 1 an equality):
 * column 1 = (1,…,1), b0 = 1 (Σw = 1); columns 2..J+1 = identity, b0 = 0 (w ≥ 0).
 */

import quadprog from "quadprog";
import { mean } from "../measures";

export interface SimplexFit {
  weights: number[];
  /**
   * Multiplier of Σw = 1 (free sign) for the uncentred problem, so that
   * Xᵀ(Xw − y) + λw = μ·1 + ν holds at the solution.
   */
  mu: number;
  /** Multipliers of w_j ≥ 0 (≥ 0; zero where w_j > 0). */
  nu: number[];
  /** The ridge λ added to XᵀX. */
  ridge: number;
}

/**
 * @param X rows = observations (pre-periods), columns = donors
 * @param y the treated series over the same observations
 */
export function simplexLeastSquares(X0: readonly (readonly number[])[], y0: readonly number[]): SimplexFit {
  const J = X0[0]?.length ?? 0;
  if (J === 0) throw new Error("no donors");
  if (J === 1) return { weights: [1], mu: 0, nu: [0], ridge: 0 };
  const X = X0.map((row) => {
    const m = mean(row);
    return row.map((x) => x - m);
  });
  const y = y0.map((v, t) => v - mean(X0[t]!));
  const XtX = Array.from({ length: J }, () => new Array<number>(J).fill(0));
  const Xty = new Array<number>(J).fill(0);
  for (let t = 0; t < X.length; t++) {
    const row = X[t]!;
    for (let a = 0; a < J; a++) {
      Xty[a]! += row[a]! * y[t]!;
      for (let b = a; b < J; b++) XtX[a]![b]! += row[a]! * row[b]!;
    }
  }
  let trace = 0;
  for (let a = 0; a < J; a++) trace += XtX[a]![a]!;
  const ridge = 1e-10 * (trace / J + 1e-12);
  const D: number[][] = [[]];
  const A: number[][] = [[]];
  const d = [0];
  for (let a = 0; a < J; a++) {
    const row = [0];
    for (let b = 0; b < J; b++) row.push((a <= b ? XtX[a]![b]! : XtX[b]![a]!) + (a === b ? ridge : 0));
    D.push(row);
    d.push(Xty[a]!);
    const arow = [0, 1];
    for (let c = 0; c < J; c++) arow.push(c === a ? 1 : 0);
    A.push(arow);
  }
  const b0 = [0, 1, ...new Array<number>(J).fill(0)];
  const r = quadprog.solveQP(D, d, A, b0, 1);
  if (r.message) throw new Error(`quadprog: ${r.message}`);
  // Clip round-off below zero and renormalise so the constraints hold exactly.
  const w = r.solution.slice(1).map((x) => Math.max(0, x));
  const s = w.reduce((acc, x) => acc + x, 0);
  const weights = w.map((x) => x / s);
  // quadprog may flip an equality constraint internally and report |μ|, and its
  // μ belongs to the centred problem: take μ of the original problem from
  // stationarity at the largest weight (where ν = 0). ν is quadprog's own.
  const top = weights.indexOf(Math.max(...weights));
  let mu = ridge * weights[top]!;
  for (let t = 0; t < X0.length; t++) {
    const row = X0[t]!;
    mu += row[top]! * (row.reduce((acc, x, b) => acc + x * weights[b]!, 0) - y0[t]!);
  }
  return { weights, mu, nu: r.Lagrangian.slice(2), ridge };
}
