/**
 * Synthetic control with its inference and robustness checks:
 * - in space: every donor refitted as if treated (donor pool = the other
 *   donors; the treated unit never serves as a donor), each unit's post/pre
 *   RMSPE ratio, the subject's rank (1 = largest ratio) and p = rank / units;
 *   again leaving out units whose pre-RMSPE exceeds k × the subject's;
 * - leave-one-out: refit without each donor weighing more than a threshold;
 * - in time: the treatment pretended to start earlier, inside the pre period.
 */
import { type PlaceboRank, placeboRank } from "./inference";
import { type DroppedUnit, type PanelRow, type TreatmentSpec, MIN_PRE_PERIODS, toMatrix } from "./panel";
import { fitSynth, type SynthFit } from "./synth";
import { sd } from "./stats";

export interface SynthOptions extends TreatmentSpec {
  /** Leave out placebo units with pre-RMSPE > k × the subject's (floored, see SynthFit.preRmspeFloored; ADH 2010 used 20, 5 and 2). Default 5. */
  k?: number;
  /** Leave-one-out refits drop each donor with a weight above this. Default 0.1. */
  looThreshold?: number;
  /** Fake first treated time of the in-time placebo (default: the time after max(3, ⌈pre/2⌉) pre-periods). */
  inTimeFrom?: number;
  /** Skip the in-space placebos (for a quick look; `placebo` is then null). */
  skipPlacebos?: boolean;
}

export interface UnitPlacebo {
  unit: string;
  preRmspe: number;
  postRmspe: number;
  ratio: number;
  effect: number;
  /** The unit minus its synthetic counterpart every time (the grey lines of the placebo-gap figure). */
  gaps: { time: number; gap: number }[];
}

export interface SynthResult {
  treated: string;
  treatedFrom: number;
  times: number[];
  preTimes: number[];
  postTimes: number[];
  donors: string[];
  dropped: DroppedUnit[];
  fit: SynthFit;
  /** Sample sd of every unit's pre-period values: the yardstick for fit and effect size. */
  outcomeSd: number;
  placebo: {
    /** The subject first, then every donor fitted as if treated. */
    units: UnitPlacebo[];
    /** Rank of the subject's ratio among all units ("greater": 1 = largest), p = rank / units. */
    all: PlaceboRank;
    /** The same, units with pre-RMSPE > k × the subject's left out. */
    filtered: PlaceboRank & { k: number; excluded: string[] };
  } | null;
  leaveOneOut: {
    threshold: number;
    runs: { without: string; effect: number; preRmspe: number }[];
    /** Range of the effect over the full fit and every refit. */
    min: number;
    max: number;
  };
  inTime:
    | { from: number; effect: number; preRmspe: number; postRmspe: number; ratio: number }
    | { from: null; reason: string };
}

const RATIO = "post/pre RMSPE ratio";

const summary = (unit: string, f: SynthFit): UnitPlacebo => ({
  unit,
  preRmspe: f.preRmspe,
  postRmspe: f.postRmspe,
  ratio: f.ratio,
  effect: f.effect,
  gaps: f.gaps,
});

/** Synthetic control of `treated` with in-space, leave-one-out and in-time placebos. */
export function syntheticControl(panel: readonly PanelRow[], o: SynthOptions): SynthResult {
  const m = toMatrix(panel, o);
  const k = o.k ?? 5;
  const threshold = o.looThreshold ?? 0.1;
  const fit = fitSynth(m, o.treated, m.donors);
  const preValues = [...m.series.values()].flatMap((s) => s.slice(0, m.firstPost));

  let placebo: SynthResult["placebo"] = null;
  if (!o.skipPlacebos) {
    const units = [summary(o.treated, fit)];
    if (m.donors.length >= 2)
      for (const u of m.donors)
        units.push(
          summary(
            u,
            fitSynth(
              m,
              u,
              m.donors.filter((d) => d !== u),
            ),
          ),
        );
    const others = units.slice(1);
    // The floored pre-RMSPE, so that an exact fit of the subject does not leave out every imperfect one.
    const limit = k * fit.preRmspeFloored;
    const kept = others.filter((p) => p.preRmspe <= limit);
    placebo = {
      units,
      all: placeboRank(
        fit.ratio,
        others.map((p) => p.ratio),
        "greater",
        RATIO,
      ),
      filtered: {
        ...placeboRank(
          fit.ratio,
          kept.map((p) => p.ratio),
          "greater",
          RATIO,
        ),
        k,
        excluded: others.filter((p) => p.preRmspe > limit).map((p) => p.unit),
      },
    };
  }

  const runs = fit.weights
    .filter((w) => w.weight > threshold && m.donors.length > 1)
    .map((w) => {
      const f = fitSynth(
        m,
        o.treated,
        m.donors.filter((d) => d !== w.unit),
      );
      return { without: w.unit, effect: f.effect, preRmspe: f.preRmspe };
    });
  const effects = [fit.effect, ...runs.map((r) => r.effect)];

  const nPre = m.firstPost;
  let inTime: SynthResult["inTime"];
  const fIdx =
    o.inTimeFrom !== undefined ? m.times.indexOf(o.inTimeFrom) : Math.max(MIN_PRE_PERIODS, Math.ceil(nPre / 2));
  if (fIdx < MIN_PRE_PERIODS || fIdx >= nPre)
    inTime = {
      from: null,
      reason: `an in-time placebo needs ${MIN_PRE_PERIODS} pre-periods before the fake start and one after it, inside the ${nPre} real pre-periods`,
    };
  else {
    const f = fitSynth(m, o.treated, m.donors, fIdx, nPre);
    inTime = { from: m.times[fIdx]!, effect: f.effect, preRmspe: f.preRmspe, postRmspe: f.postRmspe, ratio: f.ratio };
  }

  return {
    treated: o.treated,
    treatedFrom: o.treatedFrom,
    times: m.times,
    preTimes: m.times.slice(0, nPre),
    postTimes: m.times.slice(nPre),
    donors: m.donors,
    dropped: m.dropped,
    fit,
    outcomeSd: sd(preValues),
    placebo,
    leaveOneOut: { threshold, runs, min: Math.min(...effects), max: Math.max(...effects) },
    inTime,
  };
}
