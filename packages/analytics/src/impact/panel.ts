/**
 * The long panel every impact method reads, and its checks: one value per
 * unit and time, a treated unit with complete data, donors with complete data
 * (the rest dropped with a reason), enough pre-periods, no methodology break.
 */

/** One observation of a long panel: a unit (province, department…) in a year. */
export interface PanelRow {
  unit: string;
  time: number;
  value: number;
}

/** What every impact method is asked: who was treated, and from when. */
export interface TreatmentSpec {
  /** The subject whose campaigns are being evaluated. */
  treated: string;
  /** First time (year) counted as treated: pre = times before it, post = it and after. */
  treatedFrom: number;
  /** First time of the window (default: the earliest time in the panel). */
  from?: number;
  /** Last time of the window (default: the latest time in the panel). */
  to?: number;
  /**
   * Times at which the index's methodology changed (PAPI: 2018, when 6
   * dimensions became 8). A window with from < break ≤ to is refused: raw values
   * on both sides are not comparable.
   */
  breaks?: readonly number[];
}

/** Why an impact method could not run; `code` lets callers map it (the CLI exits 2). */
export class ImpactInputError extends Error {
  constructor(
    readonly code:
      | "duplicate"
      | "treated_absent"
      | "treated_incomplete"
      | "too_few_pre"
      | "no_post"
      | "break"
      | "too_few_donors"
      | "non_finite",
    message: string,
  ) {
    super(message);
    this.name = "ImpactInputError";
  }
}

export const MIN_PRE_PERIODS = 3;

export interface DroppedUnit {
  unit: string;
  reason: string;
}

/** A complete balanced block: rows = times, one column per unit. */
export interface PanelMatrix {
  times: number[];
  /** Index of the first post time in `times`. */
  firstPost: number;
  treated: string;
  /** Donors in input order (every unit but the treated one with complete data). */
  donors: string[];
  /** Values by unit, aligned with `times`. */
  series: Map<string, number[]>;
  dropped: DroppedUnit[];
}

/** Throws ImpactInputError when a unit has two values for the same time or a value is not finite. */
export function indexPanel(panel: readonly PanelRow[]): Map<string, Map<number, number>> {
  const byUnit = new Map<string, Map<number, number>>();
  for (const [i, r] of panel.entries()) {
    if (!Number.isFinite(r.value) || !Number.isFinite(r.time))
      throw new ImpactInputError(
        "non_finite",
        `dòng ${i + 1} (${r.unit}, ${r.time}): giá trị ${r.value} không phải là số`,
      );
    let m = byUnit.get(r.unit);
    if (!m) {
      m = new Map();
      byUnit.set(r.unit, m);
    }
    if (m.has(r.time)) throw new ImpactInputError("duplicate", `${r.unit} có hai giá trị cho năm ${r.time}`);
    m.set(r.time, r.value);
  }
  return byUnit;
}

/** Refuses a window [from, to] that crosses a methodology break. */
export function checkBreaks(from: number, to: number, breaks: readonly number[] = []): void {
  for (const b of breaks)
    if (from < b && b <= to)
      throw new ImpactInputError(
        "break",
        `khoảng ${from}–${to} vượt qua lần đổi phương pháp tính năm ${b}: giá trị trước và từ ${b} không so sánh được với nhau. Hãy bắt đầu từ ${b}, kết thúc trước ${b}, hoặc so sánh điểm chuẩn hoá trong từng năm.`,
      );
}

/**
 * Builds the balanced block for a treatment: checks the window, the treated
 * unit and at least 3 pre-periods, and drops donors with any missing time
 * (listed in `dropped` with the missing times).
 */
export function toMatrix(panel: readonly PanelRow[], spec: TreatmentSpec): PanelMatrix {
  const byUnit = indexPanel(panel);
  const all = [...new Set(panel.map((r) => r.time))].sort((a, b) => a - b);
  const from = spec.from ?? all[0] ?? spec.treatedFrom;
  const to = spec.to ?? all[all.length - 1] ?? spec.treatedFrom;
  checkBreaks(from, to, spec.breaks);
  const times = all.filter((t) => t >= from && t <= to);
  const own = byUnit.get(spec.treated);
  if (!own)
    throw new ImpactInputError("treated_absent", `đơn vị được đánh giá "${spec.treated}" không có trong bảng số liệu`);
  const firstPost = times.findIndex((t) => t >= spec.treatedFrom);
  const nPre = firstPost === -1 ? times.length : firstPost;
  if (nPre < MIN_PRE_PERIODS)
    throw new ImpactInputError(
      "too_few_pre",
      `chỉ có ${nPre} năm trước ${spec.treatedFrom} trong khoảng ${from}–${to}; cần ít nhất ${MIN_PRE_PERIODS}`,
    );
  if (firstPost === -1)
    throw new ImpactInputError("no_post", `không có năm nào từ ${spec.treatedFrom} trở đi trong khoảng ${from}–${to}`);
  const missingOwn = times.filter((t) => !own.has(t));
  if (missingOwn.length)
    throw new ImpactInputError("treated_incomplete", `${spec.treated} thiếu giá trị năm ${missingOwn.join(", ")}`);
  const series = new Map<string, number[]>([[spec.treated, times.map((t) => own.get(t)!)]]);
  const donors: string[] = [];
  const dropped: DroppedUnit[] = [];
  for (const [unit, m] of byUnit) {
    if (unit === spec.treated) continue;
    const missing = times.filter((t) => !m.has(t));
    if (missing.length) {
      dropped.push({ unit, reason: `thiếu giá trị năm ${missing.join(", ")}` });
      continue;
    }
    donors.push(unit);
    series.set(
      unit,
      times.map((t) => m.get(t)!),
    );
  }
  return { times, firstPost, treated: spec.treated, donors, series, dropped };
}
