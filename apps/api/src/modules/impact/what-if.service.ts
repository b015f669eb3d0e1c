import { type AggregationRule, rankIf, smallestDelta, type UnitComponents } from "@cchc/analytics";
import type { Db } from "@cchc/db";
import { badInput } from "../../errors";
import type { IndexCode } from "../../generated/resolvers-types";
import type { Loaders } from "../../loaders";
import { primeSubjects, type SubjectDirectory } from "../indices/subject-names";
import { IMPACT_MESSAGES as M, impactNotFound } from "./impact-errors";
import { readYearTable, type YearTable } from "./year-table.service";

/** The stated assumption of every what-if answer. */
export const WHAT_IF_ASSUMPTION =
  "Mọi tỉnh khác giữ nguyên điểm của năm đó; chỉ số thành phần của đơn vị tăng đúng bằng mức nêu, điểm tổng tính theo quy tắc tổng hợp của chỉ số.";

/**
 * How a top-level component moves its index's total, per index: the slope of
 * the total in the component (1 for PAPI's unweighted sum). PCI is a weighted
 * mean whose weights VCCI does not publish per year (design/indices.md,
 * "Not found"): refused rather than guessed. One definition, used by whatIf
 * and rankTarget.
 */
const AGGREGATION: Record<string, { slope: number; rule: string } | undefined> = {
  PAPI: { slope: 1, rule: "Tổng không trọng số của các chỉ số nội dung (PAPI_2011: 6, từ PAPI_2018: 8)." },
};
const REFUSED: Record<string, string> = {
  PCI: "PCI là trung bình có trọng số của 10 chỉ số thành phần nhưng VCCI không công bố trọng số từng năm (chưa có nguồn), nên không tính chính xác được điểm tổng khi một chỉ số thành phần thay đổi (BAD_USER_INPUT)",
};

async function load(db: Db, args: { subject: string; index: string; year: number }) {
  if (!Number.isInteger(args.year) || args.year < 2000 || args.year > 2100)
    throw badInput(M.year("year", args.year), "year");
  const agg = AGGREGATION[args.index];
  if (!agg)
    throw badInput(
      REFUSED[args.index] ??
        `Quy tắc tổng hợp điểm của ${args.index} từ các chỉ số thành phần chưa có nguồn, nên không tính được (BAD_USER_INPUT)`,
      "index",
    );
  const t = await readYearTable(db, args);
  if (!t.subjectKind) throw impactNotFound(M.unknownSubject(args.subject), "subject");
  if (t.subjectKind !== "province" || t.totals.length < 2 || !t.version)
    throw badInput(
      `Chỉ số ${args.index} năm ${args.year} không có bảng điểm các tỉnh để xếp hạng (BAD_USER_INPUT)`,
      "year",
    );
  const own = t.totals.find(([s]) => s === args.subject);
  if (!own)
    throw badInput(
      `Đơn vị "${args.subject}" không có điểm ${args.index} năm ${args.year}: không xếp hạng được (BAD_USER_INPUT)`,
      "subject",
    );
  // Each unit as its stored total: with a linear rule, +Δ on a component is +slope·Δ on the total.
  const table: UnitComponents[] = t.totals.map(([unit, total]) => ({ unit, components: { total } }));
  const rule: AggregationRule = { kind: "sum" };
  return { t, agg, table, rule, total: own[1], ownValues: new Map(t.own) };
}

const common = (t: YearTable, agg: { rule: string }, args: { index: IndexCode; year: number }) => ({
  index: args.index,
  year: args.year,
  methodologyVersion: t.version!,
  rule: t.version?.notes ?? agg.rule,
  assumption: WHAT_IF_ASSUMPTION,
});

/** The subject's rank in a year if its top-level components rose by the deltas, every other province unchanged. */
export async function whatIf(
  db: Db,
  args: { subject: string; index: IndexCode; year: number; changes: readonly { component: string; delta: number }[] },
  directory: SubjectDirectory,
  loaders?: Loaders,
) {
  const { t, agg, table, rule, ownValues } = await load(db, args);
  const seen = new Set<string>();
  const components = args.changes.map((ch, i) => {
    const field = `changes[${i}]`;
    const c = t.components.find((x) => x.id === ch.component);
    if (!c)
      throw badInput(
        `${field}.component: "${ch.component}" không phải chỉ số thành phần cấp 1 của ${args.index} năm ${args.year} (${t.version!.code}) (BAD_USER_INPUT)`,
        `${field}.component`,
      );
    if (seen.has(c.id))
      throw badInput(`${field}.component: "${c.id}" được nêu hai lần (BAD_USER_INPUT)`, `${field}.component`);
    seen.add(c.id);
    if (!Number.isFinite(ch.delta)) throw badInput(`${field}.delta phải là một số (BAD_USER_INPUT)`, `${field}.delta`);
    const before = ownValues.get(c.id);
    if (before === undefined)
      throw badInput(
        `${field}.component: đơn vị không có điểm ${c.id} năm ${args.year}; thiếu số liệu không được coi là 0 (BAD_USER_INPUT)`,
        `${field}.component`,
      );
    return { component: c, before, after: before + ch.delta, weight: agg.slope };
  });
  const totalDelta = components.reduce((s, c) => s + c.weight * (c.after - c.before), 0);
  const before = rankIf(table, rule, args.subject);
  const after = rankIf(table, rule, args.subject, { total: totalDelta });
  const subjects = primeSubjects(loaders, await directory.at(t.subjectsVersion), [args.subject]);
  return {
    ...common(t, agg, args),
    subject: subjects.get(args.subject)!,
    totalBefore: before.total,
    totalAfter: after.total,
    rankBefore: before.rank,
    rankAfter: after.rank,
    outOf: before.of,
    components,
  };
}

/** The smallest rise on each top-level component reaching targetRank (null beyond the component's scale max). */
export async function rankTarget(
  db: Db,
  args: { subject: string; index: IndexCode; year: number; targetRank: number },
  directory: SubjectDirectory,
  loaders?: Loaders,
) {
  const { t, agg, table, rule, total, ownValues } = await load(db, args);
  if (!Number.isInteger(args.targetRank) || args.targetRank < 1 || args.targetRank > t.totals.length)
    throw badInput(
      `targetRank phải là số nguyên từ 1 đến ${t.totals.length} (số đơn vị được xếp hạng năm ${args.year}), nhận được ${args.targetRank} (BAD_USER_INPUT)`,
      "targetRank",
    );
  const before = rankIf(table, rule, args.subject);
  // A component without a stored value that year is left out: a missing value is never zero.
  const components = t.components.flatMap((c) => {
    const value = ownValues.get(c.id);
    if (value === undefined) return [];
    // The component may rise to its scale maximum: the total may rise by slope × the room left.
    const r = smallestDelta(
      table,
      rule,
      args.subject,
      "total",
      args.targetRank,
      total + agg.slope * (c.scaleMax - value),
    );
    return [
      {
        component: c,
        value,
        scaleMax: c.scaleMax,
        delta: r.delta === null ? null : r.delta / agg.slope,
        rankReached: r.after.rank,
        totalReached: r.after.total,
        reason:
          r.delta === null
            ? `Cần vượt điểm tối đa ${c.scaleMax} của ${c.id} (hiện ${value}): không đạt được hạng ${args.targetRank} chỉ bằng chỉ số này.`
            : null,
      },
    ];
  });
  const subjects = primeSubjects(loaders, await directory.at(t.subjectsVersion), [args.subject]);
  return {
    ...common(t, agg, args),
    subject: subjects.get(args.subject)!,
    targetRank: args.targetRank,
    totalBefore: before.total,
    rankBefore: before.rank,
    outOf: before.of,
    components,
  };
}
