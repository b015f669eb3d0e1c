/**
 * Evidence ladder step 3: synthetic control (Abadie, Diamond & Hainmueller
 * 2010), predictors = the pre-period values of the outcome with equal
 * importance (V = I): donor weights w ≥ 0, Σw = 1 minimising the pre-period
 * sum of squared gaps, solved exactly by simplexLeastSquares (quadprog).
 * Placebos and robustness checks live in synth-placebos.ts.
 */

import { mean } from "../measures";
import { ImpactInputError, MIN_PRE_PERIODS, type PanelMatrix } from "./panel";
import { simplexLeastSquares } from "./simplex-ls";
import { rmspe } from "./stats";

export interface UnitWeight {
  unit: string;
  weight: number;
}

export interface SynthFit {
  treated: string;
  /** Every donor with its weight, largest first. */
  weights: UnitWeight[];
  /** Σ w_j · donor_j at every time of the window. */
  synthetic: { time: number; value: number }[];
  /** Treated minus synthetic at every time. */
  gaps: { time: number; gap: number }[];
  /** Root mean squared gap over the fitting (pre) periods. */
  preRmspe: number;
  /** Root mean squared gap over the evaluation (post) periods. */
  postRmspe: number;
  /** The ratio's denominator: max(preRmspe, 1e-6 · (1 + mean |value|)). */
  preRmspeFloored: number;
  /** postRmspe / preRmspe (pre-RMSPE floored at 1e-6 · (1 + mean |value|): exact fits, common when donors outnumber pre-periods, then share one denominator and rank by post-RMSPE instead of by round-off). */
  ratio: number;
  /** Mean post-period gap: the effect estimate, in the outcome's points. */
  effect: number;
  /** KKT multipliers from quadprog: mu for Σw = 1, nu_j for w_j ≥ 0 (see simplex-ls.ts). */
  multipliers: { mu: number; nu: number[]; ridge: number };
}

/**
 * Fits `treated` on `donors` over rows [0, fitEnd) of the block and evaluates
 * gaps over [fitEnd, evalEnd) (defaults: the block's pre and post periods).
 */
export function fitSynth(
  m: PanelMatrix,
  treated: string,
  donors: readonly string[],
  fitEnd: number = m.firstPost,
  evalEnd: number = m.times.length,
): SynthFit {
  if (fitEnd < MIN_PRE_PERIODS)
    throw new ImpactInputError("too_few_pre", `only ${fitEnd} pre-period(s); at least ${MIN_PRE_PERIODS} are needed`);
  if (!donors.length) throw new ImpactInputError("too_few_donors", "no donor with complete data");
  const y = m.series.get(treated)!;
  const cols = donors.map((u) => m.series.get(u)!);
  const X = Array.from({ length: fitEnd }, (_, t) => cols.map((c) => c[t]!));
  const fit = simplexLeastSquares(X, y.slice(0, fitEnd));
  const synth = m.times.slice(0, evalEnd).map((_, t) => cols.reduce((s, c, j) => s + fit.weights[j]! * c[t]!, 0));
  const gap = synth.map((s, t) => y[t]! - s);
  const pre = rmspe(gap.slice(0, fitEnd));
  const post = rmspe(gap.slice(fitEnd, evalEnd));
  const floor = 1e-6 * (1 + mean(y.map(Math.abs)));
  return {
    treated,
    weights: donors.map((unit, j) => ({ unit, weight: fit.weights[j]! })).sort((a, b) => b.weight - a.weight),
    synthetic: synth.map((value, t) => ({ time: m.times[t]!, value })),
    gaps: gap.map((g, t) => ({ time: m.times[t]!, gap: g })),
    preRmspe: pre,
    postRmspe: post,
    preRmspeFloored: Math.max(pre, floor),
    ratio: post / Math.max(pre, floor),
    effect: mean(gap.slice(fitEnd, evalEnd)),
    multipliers: { mu: fit.mu, nu: fit.nu, ridge: fit.ridge },
  };
}
