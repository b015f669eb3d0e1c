/**
 * Evidence ladder step 1: how the subject's change over a window compares
 * with its comparison group's and the nation's changes.
 */

import { mean } from "../measures";
import { checkBreaks, ImpactInputError, indexPanel, type PanelRow } from "./panel";
import { type Distribution, distribution, percentileAmong, sd } from "./stats";

export interface RelativeChangeOptions {
  subject: string;
  from: number;
  to: number;
  /** The peer group (e.g. the Bắc Trung Bộ six); the subject is left out of it if listed. */
  group: readonly string[];
  /**
   * Standardise within each year first (z = (value − year mean) / year sd over
   * every unit with data that year): use across methodology versions.
   */
  standardise?: boolean;
  /** Methodology breaks: a raw change across one is refused (standardised changes are allowed). */
  breaks?: readonly number[];
}

export interface RelativeChange {
  subject: string;
  from: number;
  to: number;
  standardised: boolean;
  /** Subject's value at `to` minus its value at `from`. */
  change: number;
  /** Changes of the group units that have both values (subject excluded). */
  group: Distribution;
  /** Changes of every unit with both values, the subject included. */
  nation: Distribution;
  /** Share of the other units (nation, subject excluded) whose change is smaller; ties count half. 0..1. */
  percentile: number;
  /** (change − nation mean) / nation sd; null when the sd is 0. */
  z: number | null;
  /** (change − group mean) / group sd; null when the group has < 2 units or sd 0. */
  zInGroup: number | null;
  /** Units left out because a value at `from` or `to` is missing. */
  missing: string[];
}

function standardiseByYear(byUnit: Map<string, Map<number, number>>, years: number[]): void {
  for (const y of years) {
    const vals = [...byUnit.values()].flatMap((m) => (m.has(y) ? [m.get(y)!] : []));
    const m = mean(vals);
    const s = sd(vals);
    for (const series of byUnit.values()) if (series.has(y)) series.set(y, s === 0 ? 0 : (series.get(y)! - m) / s);
  }
}

/** Peer-relative change of one subject between two times. */
export function relativeChange(panel: readonly PanelRow[], o: RelativeChangeOptions): RelativeChange {
  if (!o.standardise) checkBreaks(o.from, o.to, o.breaks);
  const byUnit = indexPanel(panel);
  if (o.standardise) standardiseByYear(byUnit, [o.from, o.to]);
  const changes = new Map<string, number>();
  const missing: string[] = [];
  for (const [unit, m] of byUnit)
    if (m.has(o.from) && m.has(o.to)) changes.set(unit, m.get(o.to)! - m.get(o.from)!);
    else missing.push(unit);
  const change = changes.get(o.subject);
  if (change === undefined)
    throw new ImpactInputError("treated_absent", `${o.subject} thiếu giá trị cả năm ${o.from} và năm ${o.to}`);
  const others = [...changes].filter(([u]) => u !== o.subject).map(([, c]) => c);
  const groupChanges = o.group.filter((u) => u !== o.subject && changes.has(u)).map((u) => changes.get(u)!);
  const nation = distribution([...changes.values()]);
  const group = distribution(groupChanges);
  return {
    subject: o.subject,
    from: o.from,
    to: o.to,
    standardised: !!o.standardise,
    change,
    group,
    nation,
    percentile: percentileAmong(change, others),
    z: nation.sd > 0 ? (change - nation.mean) / nation.sd : null,
    zInGroup: group.n >= 2 && group.sd > 0 ? (change - group.mean) / group.sd : null,
    missing,
  };
}
