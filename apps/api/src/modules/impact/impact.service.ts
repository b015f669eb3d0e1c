import {
  type DidFamily,
  didVerdict,
  differenceInDifferences,
  formatP,
  type PanelRow,
  type PlaceboRank,
  relativeChange,
  synthVerdict,
  syntheticControl,
} from "@cchc/analytics";
import type { Db } from "@cchc/db";
import { badInput } from "../../errors";
import type { ImpactComparison, IndexCode } from "../../generated/resolvers-types";
import type { Loaders } from "../../loaders";
import type { ComponentRow, PeerGroupRow, SubjectRow } from "../../mappers";
import { primeSubjects, type SubjectDirectory } from "../indices/subject-names";
import { fromImpactInput, IMPACT_MESSAGES as M, impactNotFound } from "./impact-errors";
import { readImpactPanel } from "./panel.service";
import { chooseWindow, type ImpactWindowRow } from "./window";

export interface ImpactArgs {
  subject: string;
  index: IndexCode;
  component?: string | null;
  treatedFrom: number;
  from?: number | null;
  to?: number | null;
  comparison?: ImpactComparison | null;
  peerGroup?: string | null;
  topics?: readonly string[] | null;
}

/** Methodology changes as the analytics functions take them: the first year of every version but the first. */
const breaksOf = (w: { versionFirstYears: number[] }) => w.versionFirstYears.slice(1);

const rankRow = (r: PlaceboRank | null) =>
  r && { rank: r.rank, of: r.of, p: r.p, direction: r.direction, convention: r.convention };

/**
 * The impact ladder for one subject: reads the panel in one statement
 * (readImpactPanel), chooses the window (chooseWindow), then runs the pure
 * functions of @cchc/analytics — relative change, DiD with its placebo
 * families, synthetic control with all in-space placebos — and their
 * verdicts. Subjects come from the server's SubjectDirectory.
 */
export async function impact(db: Db, args: ImpactArgs, directory: SubjectDirectory, loaders?: Loaders) {
  const component = args.component ?? null;
  const comparison = args.comparison ?? "PEERS";
  const panel = await readImpactPanel(db, {
    subject: args.subject,
    index: args.index,
    component,
    peerGroup: args.peerGroup ?? null,
    topics: args.topics ? [...args.topics] : null,
  });
  if (!panel.subjectKind) throw impactNotFound(M.unknownSubject(args.subject), "subject");
  if (component && !panel.component) throw impactNotFound(M.unknownComponent(component, args.index), "component");
  if (args.peerGroup && !panel.peerGroup) throw impactNotFound(M.unknownPeerGroup(args.peerGroup), "peerGroup");
  const unknownTopics = (args.topics ?? []).filter((t) => !panel.knownTopics.includes(t));
  if (unknownTopics.length) throw impactNotFound(M.unknownTopics(unknownTopics), "topics");
  const outcome = panel.values.filter(([, c]) => c === component);
  if (panel.subjectKind !== "province" || new Set(outcome.map(([s]) => s)).size < 3)
    throw badInput(M.noCrossSection(args.index), "index");
  if (comparison === "PEERS" && !panel.peerGroup) throw badInput(M.noPeerGroup(args.subject), "peerGroup");

  const storedYears = [...new Set(outcome.map(([, , y]) => y))].sort((a, b) => a - b);
  const window = chooseWindow(args.index, panel.versions, storedYears, panel.provinces, args);
  const ownYears = new Set(outcome.filter(([s]) => s === args.subject).map(([, , y]) => y));
  const missing = [...window.preYears, ...window.postYears].filter((y) => !ownYears.has(y));
  if (missing.length) throw badInput(M.subjectIncomplete(missing), "subject");

  const inWindow = (s: string, y: number) => window.units.has(s) && y >= window.from && y <= window.to;
  const rowsOf = (c: string | null): PanelRow[] =>
    panel.values
      .filter(([s, comp, y]) => comp === c && inWindow(s, y))
      .map(([unit, , time, value]) => ({ unit, time, value }));
  const all = rowsOf(component);
  const group =
    comparison === "PEERS"
      ? panel
          .peerGroup!.members.filter(
            ([m, first, last]) =>
              m !== args.subject &&
              window.units.has(m) &&
              (first === null || first <= window.from) &&
              (last === null || last >= window.to),
          )
          .map(([m]) => m)
      : [...window.units].filter((u) => u !== args.subject);
  const pool = new Set([args.subject, ...group]);
  const compared = all.filter((r) => pool.has(r.unit));
  const spec = {
    treated: args.subject,
    treatedFrom: args.treatedFrom,
    from: window.from,
    to: window.to,
    breaks: breaksOf({ versionFirstYears: panel.versions.map((v) => v.firstYear) }),
  };

  try {
    const lastPre = window.preYears[window.preYears.length - 1]!;
    const rel = relativeChange(all, {
      subject: args.subject,
      from: lastPre,
      to: window.to,
      group,
      breaks: spec.breaks,
    });
    const placeboOutcomes = component
      ? usablePlacebos(panel.placeboComponents, rowsOf, pool, args.subject, window)
      : [];
    const did = differenceInDifferences(compared, { ...spec, comparison: group, placeboOutcomes });
    const synth = syntheticControl(compared, spec);

    const directoryRows = await directory.at(panel.subjectsVersion);
    const subjects = primeSubjects(loaders, directoryRows, pool);
    const subj = (code: string): SubjectRow => subjects.get(code) ?? missingSubject(code);
    const components = new Map(panel.placeboComponents.map((c) => [c.id, c]));
    const family = (f: DidFamily, kind: "space" | "time" | "outcome") => ({
      placebos: f.placebos.map((p) => ({
        subject: kind === "space" ? subj(p.label) : null,
        year: kind === "time" ? Number(p.label) : null,
        component: kind === "outcome" ? (components.get(p.label) as ComponentRow) : null,
        estimate: p.estimate,
      })),
      inference: rankRow(f.inference),
    });
    const units = synth.placebo?.units ?? [];
    return {
      subject: subj(args.subject),
      index: args.index,
      component: panel.component,
      treatedFrom: args.treatedFrom,
      comparison,
      peerGroup: comparison === "PEERS" ? (panel.peerGroup as PeerGroupRow) : null,
      window: {
        from: window.from,
        to: window.to,
        preYears: window.preYears,
        postYears: window.postYears,
        methodologyVersion: window.version,
        cutReason: window.cutReason,
      },
      donors: synth.donors.map(subj),
      dropped: [...synth.dropped, ...did.dropped.filter((d) => !synth.dropped.some((s) => s.unit === d.unit))].map(
        (d) => ({ subject: subj(d.unit), reason: d.reason }),
      ),
      relativeChange: {
        from: rel.from,
        to: rel.to,
        change: rel.change,
        group: distributionRow(rel.group),
        nation: distributionRow(rel.nation),
        percentile: rel.percentile,
        z: rel.z,
        zInGroup: rel.zInGroup,
      },
      did: {
        estimate: did.estimate,
        outcomeSd: did.outcomeSd,
        comparison: did.comparison.map(subj),
        gaps: did.gaps.map((g) => ({ year: g.time, gap: g.gap })),
        space: family(did.space, "space"),
        time: family(did.time, "time"),
        outcome: family(did.outcome, "outcome"),
        verdict: didVerdict(did),
      },
      synth: {
        series: synth.times.map((year, i) => ({
          year,
          actual: compared.find((r) => r.unit === args.subject && r.time === year)!.value,
          synthetic: synth.fit.synthetic[i]!.value,
          gap: synth.fit.gaps[i]!.gap,
        })),
        weights: synth.fit.weights.map((w) => ({ subject: subj(w.unit), weight: w.weight })),
        preRmspe: synth.fit.preRmspe,
        postRmspe: synth.fit.postRmspe,
        ratio: synth.fit.ratio,
        effect: synth.fit.effect,
        outcomeSd: synth.outcomeSd,
        placebos: units.map((u) => ({
          subject: subj(u.unit),
          preRmspe: u.preRmspe,
          postRmspe: u.postRmspe,
          ratio: u.ratio,
          effect: u.effect,
          gaps: u.gaps.map((g) => ({ year: g.time, gap: g.gap })),
        })),
        rank: rankRow(synth.placebo?.all ?? null),
        filtered: synth.placebo && {
          ...rankRow(synth.placebo.filtered)!,
          k: synth.placebo.filtered.k,
          excluded: synth.placebo.filtered.excluded.map(subj),
        },
        leaveOneOut: {
          threshold: synth.leaveOneOut.threshold,
          runs: synth.leaveOneOut.runs.map((r) => ({
            without: subj(r.without),
            effect: r.effect,
            preRmspe: r.preRmspe,
          })),
          min: synth.leaveOneOut.min,
          max: synth.leaveOneOut.max,
        },
        inTime:
          synth.inTime.from === null
            ? { from: null, effect: null, preRmspe: null, postRmspe: null, ratio: null, reason: synth.inTime.reason }
            : { ...synth.inTime, reason: null },
        verdict: synthVerdict(synth),
      },
      cautions: cautionsOf(comparison, panel.peerGroup?.nameVi ?? null, units.length, component, did.outcome),
    };
  } catch (e) {
    throw fromImpactInput(e);
  }
}

/** Placebo components the subject has every year of the window, with at least 2 complete comparison units. */
function usablePlacebos(
  candidates: readonly ComponentRow[],
  rowsOf: (c: string) => PanelRow[],
  pool: ReadonlySet<string>,
  subject: string,
  window: ImpactWindowRow,
) {
  const years = [...window.preYears, ...window.postYears];
  return candidates.flatMap((c) => {
    const rows = rowsOf(c.id).filter((r) => pool.has(r.unit));
    const count = new Map<string, number>();
    for (const r of rows) count.set(r.unit, (count.get(r.unit) ?? 0) + 1);
    const complete = [...count].filter(([, n]) => n === years.length).map(([u]) => u);
    return complete.includes(subject) && complete.length >= 3 ? [{ name: c.id, panel: rows }] : [];
  });
}

const distributionRow = (d: { n: number; mean: number; median: number; sd: number }) => ({
  n: d.n,
  mean: d.n ? d.mean : null,
  median: d.n ? d.median : null,
  sd: d.n >= 2 ? d.sd : null,
});

function missingSubject(code: string): never {
  throw new Error(`subject ${code} is not in the subject directory`);
}

function cautionsOf(
  comparison: ImpactComparison,
  groupName: string | null,
  units: number,
  component: string | null,
  outcome: DidFamily,
): string[] {
  const out: string[] = [];
  if (comparison === "PEERS")
    out.push(
      `So sánh trong nhóm ${groupName} chỉ có ${units} đơn vị: p của phương pháp kiểm soát tổng hợp không thể nhỏ hơn 1/${units} = ${formatP(1 / Math.max(units, 1))}. Dùng comparison: ALL để so với mọi tỉnh.`,
    );
  if (!component)
    out.push(
      "Phép thử trên chỉ số thành phần khác chỉ áp dụng khi đánh giá một chỉ số thành phần (tổng điểm có thang khác các chỉ số thành phần).",
    );
  else if (!outcome.placebos.length)
    out.push("Không có chỉ số thành phần nào không gắn với nội dung tuyên truyền để làm phép thử trên chỉ số khác.");
  return out;
}
