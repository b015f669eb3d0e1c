/**
 * The impact ladder of tracker issue #18 ("Did the campaigns move the index
 * more than chance would?"), as pure functions over a long panel
 * `{ unit, time, value }[]`. See README.md in this folder for the contract.
 */
export { type DidFamily, type DidOptions, type DidPlacebo, type DidResult, differenceInDifferences } from "./did";
export { formatP, formatVi, formatViSigned } from "./format-vi";
export { type Direction, type PlaceboRank, placeboRank } from "./inference";
export {
  checkBreaks,
  type DroppedUnit,
  ImpactInputError,
  MIN_PRE_PERIODS,
  type PanelMatrix,
  type PanelRow,
  type TreatmentSpec,
  toMatrix,
} from "./panel";
export { type RelativeChange, type RelativeChangeOptions, relativeChange } from "./relative-change";
export { type SimplexFit, simplexLeastSquares } from "./simplex-ls";
export { type Distribution, distribution, percentileAmong, rmspe, sd } from "./stats";
export { fitSynth, type SynthFit, type UnitWeight } from "./synth";
export { type SynthOptions, type SynthResult, syntheticControl, type UnitPlacebo } from "./synth-placebos";
export {
  didVerdict,
  INSUFFICIENT_TEXT,
  refusalVerdict,
  synthVerdict,
  type Verdict,
  type VerdictInput,
  type VerdictLevel,
  verdict,
} from "./verdict";
export {
  type AggregationRule,
  type RankIf,
  rankIf,
  type SmallestDelta,
  smallestDelta,
  totalOf,
  type UnitComponents,
} from "./what-it-takes";
