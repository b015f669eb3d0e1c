/** The CLI's --json object: one shape, built once, for scripts and for the later API. */
import type { DidFamily, DidResult } from "./did";
import type { SynthResult } from "./synth-placebos";
import type { Verdict } from "./verdict";

const rankOf = (f: DidFamily) =>
  f.inference
    ? { rank: f.inference.rank, of: f.inference.of, p: f.inference.p, placebos: f.placebos }
    : { rank: null, of: null, p: null, placebos: f.placebos };

export function impactJson(s: SynthResult, d: DidResult, verdicts: { synth: Verdict; did: Verdict }) {
  const finite = (x: number) => (Number.isFinite(x) ? x : null);
  return {
    treated: s.treated,
    treatedFrom: s.treatedFrom,
    window: { from: s.times[0], to: s.times[s.times.length - 1], pre: s.preTimes, post: s.postTimes },
    donors: s.donors.length,
    dropped: s.dropped,
    weights: s.fit.weights,
    preRmspe: s.fit.preRmspe,
    postRmspe: s.fit.postRmspe,
    ratio: finite(s.fit.ratio),
    effect: s.fit.effect,
    outcomeSd: s.outcomeSd,
    gaps: s.fit.gaps,
    synthetic: s.fit.synthetic,
    placebo: s.placebo && {
      rank: s.placebo.all.rank,
      of: s.placebo.all.of,
      p: s.placebo.all.p,
      convention: s.placebo.all.convention,
      filtered: {
        k: s.placebo.filtered.k,
        rank: s.placebo.filtered.rank,
        of: s.placebo.filtered.of,
        p: s.placebo.filtered.p,
        excluded: s.placebo.filtered.excluded,
      },
      units: s.placebo.units.map((u) => ({ ...u, ratio: finite(u.ratio) })),
    },
    leaveOneOut: s.leaveOneOut,
    inTime: s.inTime,
    did: {
      estimate: d.estimate,
      comparison: d.comparison.length,
      gaps: d.gaps,
      space: rankOf(d.space),
      time: rankOf(d.time),
      convention: d.space.inference?.convention ?? null,
    },
    verdict: verdicts,
  };
}
