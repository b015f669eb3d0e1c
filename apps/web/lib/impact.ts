/**
 * The "Đánh giá mức cải thiện" panel's choices (in the URL) and the shaping of
 * the API's impact result into what its charts and tables draw. The figures
 * themselves (weights, gaps, RMSPE, p, the verdict) come from the API as they
 * are; nothing here computes an estimate.
 */
import { formatNumber } from "@cchc/schema/format";
import { one, type SearchParams } from "./params";

/** The comparison groups the API offers: the province's peer group, or every province. */
export const COMPARISONS = ["ALL", "PEERS"] as const;
export type Comparison = (typeof COMPARISONS)[number];
export const COMPARISON_LABEL: Record<Comparison, string> = { ALL: "Cả nước", PEERS: "Cùng nhóm" };

/** The fewest years before the start year a fit needs (the API's and the analytics' minimum). */
export const MIN_PRE_YEARS = 3;

/** URL keys of the panel's choices (prefixed where the page already uses a plain name). */
export const IMPACT_KEYS = {
  index: "impactIndex",
  component: "impactComponent",
  treatedFrom: "treatedFrom",
  comparison: "comparison",
} as const;

export interface ImpactChoice {
  index: string;
  /** A component's id, or null for the index's total. */
  component: string | null;
  treatedFrom: number;
  comparison: Comparison;
}

/** A series point as far as the start-year choice needs it. */
export interface VersionedYear {
  year: number;
  value?: number | null;
  methodologyVersion: { code: string };
}

/**
 * Years that can be a start year: inside one methodology version, with at
 * least MIN_PRE_YEARS years with a value of the same version before it (a fit
 * never spans a break) and a value in that year itself.
 */
export function treatmentYears(series: readonly VersionedYear[]): number[] {
  const valued = series.filter((p) => p.value != null).sort((a, b) => a.year - b.year);
  return valued
    .filter(
      (p) =>
        valued.filter((q) => q.year < p.year && q.methodologyVersion.code === p.methodologyVersion.code).length >=
        MIN_PRE_YEARS,
    )
    .map((p) => p.year);
}

/**
 * The panel's choices from the URL, each falling back to its default when
 * absent or not among the allowed values; `problems` names what was replaced.
 */
export function impactChoice(
  q: SearchParams,
  o: {
    indices: readonly string[];
    defaultIndex: string;
    /** The index from the route (/chi-so/[index]): the URL's impactIndex is then not read. */
    fixedIndex?: string;
    defaultYear: number;
  },
): ImpactChoice & { problems: string[] } {
  const problems: string[] = [];
  const askedIndex = one(q, IMPACT_KEYS.index);
  let index = o.fixedIndex ?? o.defaultIndex;
  if (!o.fixedIndex && askedIndex !== undefined) {
    if (o.indices.includes(askedIndex)) index = askedIndex;
    else problems.push(`Không có chỉ số “${askedIndex.slice(0, 40)}” để đánh giá; đang hiển thị ${index}.`);
  }
  const askedYear = one(q, IMPACT_KEYS.treatedFrom);
  const year = Number(askedYear);
  let treatedFrom = o.defaultYear;
  if (askedYear !== undefined) {
    if (Number.isInteger(year) && year >= 2005 && year <= 2100) treatedFrom = year;
    else problems.push(`Năm bắt đầu “${askedYear.slice(0, 40)}” không dùng được; đang hiển thị ${o.defaultYear}.`);
  }
  const askedComparison = one(q, IMPACT_KEYS.comparison);
  let comparison: Comparison = "ALL";
  if (askedComparison !== undefined) {
    if ((COMPARISONS as readonly string[]).includes(askedComparison)) comparison = askedComparison as Comparison;
    else problems.push(`Nhóm so sánh “${askedComparison.slice(0, 40)}” không dùng được; đang so với cả nước.`);
  }
  return { index, component: one(q, IMPACT_KEYS.component) ?? null, treatedFrom, comparison, problems };
}

/** A weight as vi-VN percent: 0.2345 → "23,5%". Weights under 0.05 % read "< 0,1%" rather than a misleading 0. */
export function formatWeight(w: number): string {
  if (w > 0 && w < 0.0005) return "< 0,1%";
  return new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 }).format(w);
}

export interface DonorWeight {
  subject: { code: string; nameVi: string };
  weight: number;
}

/**
 * The donor weights table: every donor with a weight above `shown` (default:
 * those that print as at least 0.1 %), largest first; the rest counted.
 */
export function weightRows(
  weights: readonly DonorWeight[],
  shown = 0.0005,
): { rows: { code: string; name: string; weight: number; text: string }[]; hidden: number } {
  const rows = weights
    .filter((w) => w.weight >= shown)
    .sort((a, b) => b.weight - a.weight || a.subject.nameVi.localeCompare(b.subject.nameVi, "vi"))
    .map((w) => ({ code: w.subject.code, name: w.subject.nameVi, weight: w.weight, text: formatWeight(w.weight) }));
  return { rows, hidden: weights.length - rows.length };
}

export interface SynthPoint {
  year: number;
  actual: number;
  synthetic: number;
  gap: number;
}

/** The subject and its synthetic counterpart on the years of the fit. */
export function seriesLines(points: readonly SynthPoint[]) {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  return {
    years: sorted.map((p) => p.year),
    actual: sorted.map((p) => p.actual),
    synthetic: sorted.map((p) => p.synthetic),
    gaps: sorted.map((p) => p.gap),
  };
}

export interface PlaceboGaps {
  subject: { code: string; nameVi: string };
  gaps: readonly { year: number; gap: number }[];
}

/**
 * The gap chart: the subject's gap per year and every placebo's on the same
 * years (a placebo missing a year gets null there, never 0).
 */
export function gapLines(points: readonly SynthPoint[], placebos: readonly PlaceboGaps[]) {
  const years = [...points].sort((a, b) => a.year - b.year).map((p) => p.year);
  const byYear = new Map(points.map((p) => [p.year, p.gap]));
  return {
    years,
    subject: years.map((y) => byYear.get(y) ?? null),
    placebos: placebos.map((p) => {
      const g = new Map(p.gaps.map((x) => [x.year, x.gap]));
      return { code: p.subject.code, name: p.subject.nameVi, values: years.map((y) => g.get(y) ?? null) };
    }),
  };
}

export interface UnitRatio {
  subject: { code: string; nameVi: string };
  ratio: number;
}

/** Post/pre RMSPE ratios, largest first (rank 1), the subject marked. */
export function ratioBars(units: readonly UnitRatio[], subject: string) {
  return [...units]
    .sort((a, b) => b.ratio - a.ratio || a.subject.nameVi.localeCompare(b.subject.nameVi, "vi"))
    .map((u) => ({
      code: u.subject.code,
      name: u.subject.nameVi,
      ratio: u.ratio,
      isSubject: u.subject.code === subject,
    }));
}

/** "p = 0,03" in the panel's wording, from the API's rank and count. */
export function pText(rank: number, of: number, p: number): string {
  return `hạng ${rank}/${of}, p = ${formatNumber(p, 2)}`;
}

/** The API's placebo-rank direction in words: which estimate is rank 1. */
export function rankRule(direction: string): string {
  if (direction === "two-sided") return "hạng 1 = lớn nhất theo giá trị tuyệt đối";
  return direction === "less" ? "hạng 1 = nhỏ nhất" : "hạng 1 = lớn nhất";
}

/**
 * Causal wording the panel must never carry as a claim ("nhờ", "do …",
 * "tác động của"): the words found in a text, for the tests of the page.
 * Whole words only: "dao động" or "độ lệch" are not "do".
 */
export function causalWords(text: string): string[] {
  const found: string[] = [];
  const t = text.normalize("NFC").toLowerCase();
  if (/(^|[^\p{L}])nhờ(?!\p{L})/u.test(t)) found.push("nhờ");
  if (/(^|[^\p{L}])do\s/u.test(t)) found.push("do");
  if (/tác động của/u.test(t)) found.push("tác động của");
  return found;
}

/**
 * A Δ typed in the calculator: vi-VN ("1,5") or a dot ("1.5"), within
 * ±`limit` points. Null with the reason when it is not a number in range.
 */
export function parseDelta(raw: string | undefined, limit = 100): { value: number | null; problem: string | null } {
  if (raw === undefined || raw.trim() === "") return { value: null, problem: null };
  const s = raw.trim().replace(/\s/g, "").replace(",", ".");
  const n = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
  if (!Number.isFinite(n))
    return { value: null, problem: `Mức tăng “${raw.slice(0, 40)}” không phải là số (ví dụ 0,5).` };
  if (Math.abs(n) > limit) return { value: null, problem: `Mức tăng ${formatNumber(n, 4)} vượt quá ±${limit} điểm.` };
  return { value: n, problem: null };
}

/** URL keys of the "Cần bao nhiêu điểm?" calculator on /chi-so. */
export const CALC_KEYS = { component: "whatIfComponent", delta: "delta", targetRank: "targetRank" } as const;
/** The target rank asked when none is: the ten leading provinces. */
export const DEFAULT_TARGET_RANK = 10;

/** The calculator's inputs from the URL (a GET form), with what could not be used named. */
export function calcChoice(q: SearchParams): {
  component: string | null;
  rawDelta: string | null;
  delta: number | null;
  targetRank: number;
  problems: string[];
} {
  const problems: string[] = [];
  const rawDelta = one(q, CALC_KEYS.delta) ?? null;
  const d = parseDelta(rawDelta ?? undefined);
  if (d.problem) problems.push(d.problem);
  const askedRank = one(q, CALC_KEYS.targetRank);
  const n = Number(askedRank);
  let targetRank = DEFAULT_TARGET_RANK;
  if (askedRank !== undefined) {
    if (Number.isInteger(n) && n >= 1 && n <= 100) targetRank = n;
    else
      problems.push(
        `Hạng mục tiêu “${askedRank.slice(0, 40)}” không dùng được (số nguyên từ 1); đang tính cho hạng ${DEFAULT_TARGET_RANK}.`,
      );
  }
  return { component: one(q, CALC_KEYS.component) ?? null, rawDelta, delta: d.value, targetRank, problems };
}

/**
 * A smallest Δ (≥ 0) as shown: rounded up at `digits` decimals, so that the shown
 * figure still reaches the target (rounding half-way could show a Δ that falls short).
 */
export function deltaShown(delta: number, digits = 4): string {
  const f = 10 ** digits;
  // The tolerance keeps an exact 1.2 (stored as 1.19999…9 or 1.2000…01) from becoming 1.2001.
  return formatNumber(Math.max(0, Math.ceil(delta * f - 1e-9)) / f, digits);
}
