/**
 * The impact sentences of the report: the synthetic-control verdict of each
 * index component linked to the plan's topics (section III), and what it would
 * take to enter the leading group (section IV). The figures come computed by
 * @cchc/analytics through the API; this module only words them. The verdict
 * texts compare movements and never claim a cause, and neither does the
 * wording around them (tests grep for "nhờ", "do", "tác động của").
 */
import { formatNumber } from "@cchc/schema/format";
import { lowerFirst } from "./text";
import type { ReportImpact, ReportTarget, ReportVerdict } from "./types";

/** "Thủ tục hành chính công: Chưa phân biệt được với dao động thông thường (p = 0,41)". */
export function verdictSentence(v: ReportVerdict): string {
  return `${v.component}: ${v.text}`;
}

const stripStop = (s: string) => s.replace(/\.$/, "");

/** Paragraph III.4: every linked component's verdict, then what the reading assumes and its weakest points. */
export function impactParagraph(impact: ReportImpact, subjectName: string): string {
  const { indexName, treatedFrom, window } = impact;
  if (impact.verdicts.length === 0)
    return `Kế hoạch chưa có nội dung nào gắn với thành phần ${indexName} nên chưa đánh giá được mức cải thiện so với các tỉnh khác.`;
  const method = window
    ? ` (so ${subjectName} với đơn vị tổng hợp từ các tỉnh còn lại có đủ số liệu ${window.from}–${window.to}, năm bắt đầu ${treatedFrom})`
    : "";
  const verdicts = impact.verdicts.map(verdictSentence).join("; ");
  const weakest = [...new Set(impact.verdicts.flatMap((v) => (v.weakestPoint ? [stripStop(v.weakestPoint)] : [])))];
  const assumptions = impact.assumptions.length
    ? ` Cách đọc này so sánh chuyển động của chỉ số, không xác định nguyên nhân, và giả định: ${impact.assumptions.map((a) => lowerFirst(stripStop(a))).join("; ")}.`
    : "";
  const weakness = weakest.length ? ` Điểm yếu nhất của bằng chứng: ${weakest.join("; ")}.` : "";
  return `Mức cải thiện của các thành phần ${indexName} gắn với nội dung của kế hoạch${method}: ${verdicts}.${assumptions}${weakness}`;
}

/** Rounded up to 2 decimals: adding the printed rise always reaches the rank (the exact rise is smaller or equal). */
export const ceil2 = (x: number) => Math.ceil(x * 100 - 1e-9) / 100;

/**
 * Paragraph IV.4: "để vào nhóm 10 tỉnh dẫn đầu cần tăng … điểm, ví dụ …",
 * with the two linked components that have the most room below their maximum
 * as examples. Exact under the stated assumption that every other province
 * keeps its score of that year.
 */
export function targetSentence(t: ReportTarget | null, subjectName: string, indexName = t?.indexName ?? ""): string {
  if (!t) return `Chưa có điểm ${indexName} của tỉnh ${subjectName} để tính mức cần tăng để vào nhóm dẫn đầu.`;
  if (t.outOf <= t.targetRank)
    return `Năm ${t.year} hệ thống mới có điểm ${t.indexName} của ${t.outOf} tỉnh: cần nhập bảng kết quả đầy đủ để tính mức cần tăng để vào nhóm ${t.targetRank} tỉnh dẫn đầu.`;
  const standing = `Theo kết quả ${t.indexName} ${t.year}, tỉnh ${subjectName} đạt ${formatNumber(t.total, 2)} điểm, xếp thứ ${t.rank}/${t.outOf}`;
  const group = `nhóm ${t.targetRank} tỉnh dẫn đầu`;
  if (t.rank <= t.targetRank) return `${standing}, đã thuộc ${group}.`;
  const examples = t.components
    .filter((c) => c.delta !== null)
    .sort((a, b) => b.scaleMax - b.value - (a.scaleMax - a.value))
    .slice(0, 2)
    .map(
      (c) =>
        `nâng ${c.name} từ ${formatNumber(c.value, 2)} lên ${formatNumber(c.value + ceil2(c.delta!), 2)} điểm (tối đa ${formatNumber(c.scaleMax, 2)})`,
    );
  const short = t.components.filter((c) => c.delta === null).map((c) => c.name);
  const example = examples.length
    ? `, ví dụ ${examples.join(" hoặc ")}`
    : t.components.length
      ? ", không thành phần nào gắn với nội dung của kế hoạch đủ khoảng cách đến điểm tối đa để tự đạt mức này"
      : "";
  const alone =
    examples.length && short.length
      ? ` Riêng ${short.join(", ")} không đủ khoảng cách đến điểm tối đa để tự đạt mức này.`
      : "";
  return `${standing}; để vào ${group} cần tăng ${formatNumber(ceil2(t.totalDelta), 2)} điểm${example}.${alone} Mức này tính chính xác từ điểm năm ${t.year} với giả định các tỉnh khác giữ nguyên điểm (làm tròn lên 2 chữ số thập phân).`;
}
