/**
 * Evidence ladder step 2: difference-in-differences of the subject against a
 * comparison group, pre window vs post window, with placebos in space, in
 * time and in outcome.
 */

import { mean } from "../measures";
import { type Direction, type PlaceboRank, placeboRank } from "./inference";
import { type DroppedUnit, ImpactInputError, type PanelRow, type TreatmentSpec, toMatrix } from "./panel";
import { sd } from "./stats";

export interface DidOptions extends TreatmentSpec {
  /** Comparison units (default: every other unit with complete data). */
  comparison?: readonly string[];
  /** Other outcome series for the in-outcome placebo (e.g. components not linked to the campaign's topics). */
  placeboOutcomes?: readonly { name: string; panel: readonly PanelRow[] }[];
  /** Default "two-sided". */
  direction?: Direction;
}

export interface DidPlacebo {
  /** A unit (space), a fake first treated time (time) or an outcome name. */
  label: string;
  estimate: number;
}

export interface DidFamily {
  placebos: DidPlacebo[];
  /** Null when there is no placebo in this family. */
  inference: PlaceboRank | null;
}

export interface DidResult {
  treated: string;
  treatedFrom: number;
  preTimes: number[];
  postTimes: number[];
  comparison: string[];
  dropped: DroppedUnit[];
  /** (mean post − mean pre) of the subject minus the same for the group's mean series. */
  estimate: number;
  /** Sample sd of the pre-period values of the subject and the comparison units (the yardstick for size). */
  outcomeSd: number;
  /** Subject minus group mean, every time of the window: the pre part shows the pre-trend. */
  gaps: { time: number; gap: number }[];
  space: DidFamily;
  time: DidFamily;
  outcome: DidFamily;
}

/** DiD of one series against the mean of others over rows [0, firstPost) vs [firstPost, end). */
function didOf(
  subject: readonly number[],
  group: readonly (readonly number[])[],
  start: number,
  firstPost: number,
  end: number,
): number {
  const gap = (i: number) => subject[i]! - mean(group.map((g) => g[i]!));
  let pre = 0;
  let post = 0;
  for (let i = start; i < firstPost; i++) pre += gap(i);
  for (let i = firstPost; i < end; i++) post += gap(i);
  return post / (end - firstPost) - pre / (firstPost - start);
}

const family = (placebos: DidPlacebo[], actual: number, direction: Direction): DidFamily => ({
  placebos,
  inference: placebos.length
    ? placeboRank(
        actual,
        placebos.map((p) => p.estimate),
        direction,
      )
    : null,
});

/** Difference-in-differences with placebo distributions; p = rank / (placebos + 1) per family. */
export function differenceInDifferences(panel: readonly PanelRow[], o: DidOptions): DidResult {
  const m = toMatrix(panel, o);
  const direction = o.direction ?? "two-sided";
  const comparison = o.comparison ? m.donors.filter((u) => o.comparison!.includes(u)) : m.donors;
  const dropped = [
    ...m.dropped,
    ...(o.comparison ?? [])
      .filter((u) => u !== o.treated && !m.series.has(u) && !m.dropped.some((d) => d.unit === u))
      .map((unit) => ({ unit, reason: "not in the panel" })),
  ];
  if (comparison.length < 2)
    throw new ImpactInputError(
      "too_few_donors",
      `chỉ có ${comparison.length} đơn vị so sánh đủ số liệu; cần ít nhất 2`,
    );
  const T = m.times.length;
  const subject = m.series.get(o.treated)!;
  const group = comparison.map((u) => m.series.get(u)!);
  const estimate = didOf(subject, group, 0, m.firstPost, T);
  const gaps = m.times.map((time, i) => ({ time, gap: subject[i]! - mean(group.map((g) => g[i]!)) }));
  const space = comparison.map((u, j) => ({
    label: u,
    estimate: didOf(
      group[j]!,
      group.filter((_, k) => k !== j),
      0,
      m.firstPost,
      T,
    ),
  }));
  const time: DidPlacebo[] = [];
  for (let f = 1; f < m.firstPost; f++)
    time.push({ label: String(m.times[f]), estimate: didOf(subject, group, 0, f, m.firstPost) });
  const outcome = (o.placeboOutcomes ?? []).map((po) => {
    const r = differenceInDifferences(po.panel, { ...o, placeboOutcomes: [], comparison });
    return { label: po.name, estimate: r.estimate };
  });
  return {
    treated: o.treated,
    treatedFrom: o.treatedFrom,
    preTimes: m.times.slice(0, m.firstPost),
    postTimes: m.times.slice(m.firstPost),
    comparison,
    dropped,
    estimate,
    outcomeSd: sd([subject, ...group].flatMap((s) => s.slice(0, m.firstPost))),
    gaps,
    space: family(space, estimate, direction),
    time: family(time, estimate, direction),
    outcome: family(outcome, estimate, direction),
  };
}
