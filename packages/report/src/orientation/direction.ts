/**
 * Section IV, PHƯƠNG HƯỚNG NĂM N+1: the topics linked to the components
 * furthest below the peer mean, and next year's proposed targets per form.
 */
import { formatNumber } from "@cchc/schema/format";
import { targetSentence } from "./impact";
import { lowerFirst } from "./text";
import type { ReportInput, ReportSection } from "./types";

export type DirectionInput = Pick<ReportInput, "year" | "forms" | "topics" | "components"> &
  Partial<Pick<ReportInput, "target" | "impact" | "subjectName">>;

const FORM_ORDER_NOTE =
  "Chỉ tiêu đề xuất = số lớn hơn giữa chỉ tiêu và số đã thực hiện năm nay, để không thấp hơn mức đã đạt.";

/** Proposed next-year quantity per form: never below what was set or what was done. */
export function proposedTarget(delivered: number, target: number | null): number {
  return Math.max(delivered, target ?? 0);
}

/** The topics of the (at most five) components furthest below the peer mean, each topic once. */
function priorityTopics(input: DirectionInput) {
  const gaps = input.components
    .filter((c) => c.value !== null && c.peerMean !== null && c.value < c.peerMean && c.topics.length > 0)
    .map((c) => ({ ...c, gap: (c.peerMean! - c.value!) / Math.abs(c.peerMean!) }))
    .sort((a, b) => b.gap - a.gap)
    .slice(0, 5);
  // A topic linked to several of these components is listed once, where its furthest-below component puts it,
  // naming every such component in that order.
  const byTopic = new Map<string, (typeof gaps)[number]["topics"][number] & { components: string[] }>();
  for (const c of gaps)
    for (const t of c.topics) {
      const seen = byTopic.get(t.code);
      if (seen) seen.components.push(`${c.indexName} – ${c.name}`);
      else byTopic.set(t.code, { ...t, components: [`${c.indexName} – ${c.name}`] });
    }
  return [...byTopic.values()].map((t) => ({ ...t, component: t.components.join(", ") }));
}

export function directionSection(input: DirectionInput): ReportSection {
  const { year } = input;
  const priority = priorityTopics(input);
  const title = new Map(input.topics.map((t) => [t.code, t.title]));
  return {
    numeral: "IV",
    heading: `PHƯƠNG HƯỚNG NĂM ${year + 1}`,
    paragraphs: [
      {
        id: "IV.1",
        text: priority.length
          ? `Ưu tiên các nội dung gắn với thành phần chỉ số thấp hơn trung bình nhóm so sánh nhiều nhất: ${priority.map((t) => `${t.code}${title.has(t.code) ? ` (${title.get(t.code)})` : ""} – gắn với ${t.component}${t.leadUnit ? `, đề xuất ${t.leadUnit} chủ trì` : ""}`).join("; ")}.`
          : "Chưa xác định được nội dung ưu tiên từ số liệu chỉ số (thiếu điểm thành phần hoặc trung bình nhóm so sánh năm này).",
      },
      // Ids are the keys of saved edits, so the target takes the next free number and reads after the priorities.
      ...(input.target !== undefined
        ? [{ id: "IV.4", text: targetSentence(input.target, input.subjectName ?? "", input.impact?.indexName) }]
        : []),
      {
        id: "IV.2",
        text: `Chỉ tiêu đề xuất theo hình thức năm ${year + 1}: ${input.forms.map((f) => `${lowerFirst(f.name)} ${formatNumber(proposedTarget(f.delivered, f.target), 0)}`).join("; ")}. ${FORM_ORDER_NOTE}`,
      },
      {
        id: "IV.3",
        text: `Văn phòng Sở tiếp tục hướng dẫn, kiểm tra, đôn đốc và theo dõi việc thực hiện; các đơn vị cập nhật nhật ký hoạt động hằng tháng để theo dõi tiến độ so với chỉ tiêu.`,
      },
    ],
    tables: [
      {
        caption: `Bảng 4. Chỉ tiêu đề xuất năm ${year + 1}`,
        columns: ["Hình thức", `Thực hiện ${year}`, `Chỉ tiêu ${year}`, `Đề xuất ${year + 1}`],
        rows: input.forms.map((f) => [
          f.name,
          formatNumber(f.delivered, 0),
          f.target === null ? "chưa đặt" : formatNumber(f.target, 0),
          formatNumber(proposedTarget(f.delivered, f.target), 0),
        ]),
      },
    ],
  };
}
