/**
 * Plan monitoring (theo dõi thực hiện kế hoạch): delivered against target to
 * date per unit and form, with a traffic light whose rule is stated in words
 * on every page that shows it.
 */

export type ProgressStatus = "ON_TRACK" | "BEHIND" | "FAR_BEHIND" | "NO_TARGET" | "NOT_DUE";

/** Below this share of the target to date a cell is far behind (red); between it and 1, behind (amber). */
export const FAR_BEHIND_BELOW = 0.7;

export const PROGRESS_RULE =
  "Chỉ tiêu đến ngày = chỉ tiêu của mỗi kỳ nhân với phần thời gian của kỳ đã trôi qua. Xanh: đã thực hiện từ 100% chỉ tiêu đến ngày; vàng: từ 70% đến dưới 100%; đỏ: dưới 70%; xám: chưa đặt chỉ tiêu hoặc chưa đến kỳ.";

/** One cell from the database: a unit (null = the whole Department) and a form. */
export interface ProgressCell {
  unit: string | null;
  form: string;
  delivered: number;
  /** Sum of the targets set for the cell over the plan; null when none is set. */
  target: number | null;
  /** The targets pro-rated to the as-of date. */
  targetToDate: number | null;
}

export interface ProgressRow extends ProgressCell {
  /** delivered / targetToDate, when a target is due. */
  ratio: number | null;
  status: ProgressStatus;
}

export function statusOf(
  delivered: number,
  target: number | null,
  targetToDate: number | null,
): { ratio: number | null; status: ProgressStatus } {
  if (target === null || targetToDate === null) return { ratio: null, status: "NO_TARGET" };
  if (targetToDate <= 0) return { ratio: null, status: "NOT_DUE" };
  const ratio = delivered / targetToDate;
  return { ratio, status: ratio >= 1 ? "ON_TRACK" : ratio >= FAR_BEHIND_BELOW ? "BEHIND" : "FAR_BEHIND" };
}

/**
 * Share of a target period elapsed on asOf (start and end days included), 0–1.
 * Dates are ISO strings; the arithmetic is in UTC days so no time zone moves a day.
 */
export function elapsedShare(periodStart: string, periodEnd: string, asOf: string): number {
  const day = (iso: string) =>
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  const length = day(periodEnd) - day(periodStart) + 1;
  return Math.min(1, Math.max(0, (day(asOf) - day(periodStart) + 1) / length));
}

const add = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

/**
 * Cells with their status, and the totals per form and per unit. A
 * Department-wide target (unit null) counts towards its form's total only:
 * it is shared by every unit, so no single unit is behind on it. A total's
 * status compares with its target only what was delivered against a target
 * (a unit's untargeted form does not make up for a targeted one); the
 * delivered count shown is everything.
 */
export function summariseProgress(cells: ProgressCell[]): {
  rows: ProgressRow[];
  byForm: ProgressRow[];
  byUnit: ProgressRow[];
} {
  const sharedForms = new Set(cells.filter((c) => c.unit === null && c.target !== null).map((c) => c.form));
  const total = (
    key: (c: ProgressCell) => string,
    blank: (c: ProgressCell) => ProgressCell,
    from: ProgressCell[],
    counts: (c: ProgressCell) => boolean,
  ): ProgressRow[] => {
    const sums = new Map<string, { cell: ProgressCell; counted: number }>();
    for (const c of from) {
      const k = key(c);
      const s = sums.get(k) ?? { cell: blank(c), counted: 0 };
      sums.set(k, {
        cell: {
          ...s.cell,
          delivered: s.cell.delivered + c.delivered,
          target: add(s.cell.target, c.target),
          targetToDate: add(s.cell.targetToDate, c.targetToDate),
        },
        counted: s.counted + (counts(c) ? c.delivered : 0),
      });
    }
    return [...sums.values()].map(({ cell, counted }) => ({
      ...cell,
      ...statusOf(counted, cell.target, cell.targetToDate),
    }));
  };
  const units = cells.filter((c) => c.unit !== null);
  return {
    rows: units.map((c) => ({ ...c, ...statusOf(c.delivered, c.target, c.targetToDate) })),
    byForm: total(
      (c) => c.form,
      (c) => ({ unit: null, form: c.form, delivered: 0, target: null, targetToDate: null }),
      cells,
      (c) => c.target !== null || sharedForms.has(c.form),
    ),
    byUnit: total(
      (c) => c.unit ?? "",
      (c) => ({ unit: c.unit, form: "", delivered: 0, target: null, targetToDate: null }),
      units,
      (c) => c.target !== null,
    ),
  };
}
