/**
 * Section III, ĐÁNH GIÁ: strengths and shortcomings from the figures, and the
 * components that fell while their linked topics had few activities — stated
 * as a coincidence in time, never as a cause.
 */
import { median } from "@cchc/analytics";
import { formatNumber, formatRankChange, formatSigned } from "@cchc/schema/format";
import { impactParagraph } from "./impact";
import { lowerFirst } from "./text";
import type { ReportInput, ReportSection } from "./types";

export type AssessmentInput = Pick<ReportInput, "forms" | "topics" | "indices" | "components"> &
  Partial<Pick<ReportInput, "impact" | "subjectName">>;

export function assessmentSection(input: AssessmentInput): ReportSection {
  const uncovered = input.topics.filter((t) => t.count === 0);
  const belowTarget = input.forms.filter((f) => f.target !== null && f.delivered < f.target);
  const metTarget = input.forms.filter((f) => f.target !== null && f.delivered >= f.target);
  const withTargets = input.forms.some((f) => f.target !== null);
  const fell = input.components.filter((c) => c.valueChange !== null && c.valueChange < 0);
  const counts = input.topics.map((t) => t.count);
  const medianTopicCount = counts.length ? median(counts) : 0;
  const thin = fell.filter((c) => c.topics.length > 0 && c.topics.every((t) => t.count <= medianTopicCount));
  return {
    numeral: "III",
    heading: "ĐÁNH GIÁ",
    paragraphs: [
      {
        id: "III.1",
        text: `Ưu điểm: ${
          [
            withTargets
              ? metTarget.length
                ? `đạt chỉ tiêu ở ${metTarget.map((f) => lowerFirst(f.name)).join(", ")}`
                : ""
              : "",
            input.topics.length
              ? `${input.topics.length - uncovered.length}/${input.topics.length} nội dung của kế hoạch đã có hoạt động`
              : "",
            ...input.indices
              .filter((i) => (i.rankChange ?? 0) > 0)
              .map((i) => `${i.shortName} ${formatRankChange(i.rankChange)}`),
          ]
            .filter(Boolean)
            .join("; ") || "chưa có số liệu để đánh giá"
        }.`,
      },
      {
        id: "III.2",
        text: `Hạn chế: ${
          [
            ...belowTarget.map(
              (f) =>
                `${lowerFirst(f.name)} mới đạt ${formatNumber(f.delivered, 0)}/${formatNumber(f.target ?? 0, 0)} chỉ tiêu`,
            ),
            uncovered.length ? `chưa có hoạt động về ${uncovered.map((t) => `${t.code} (${t.title})`).join(", ")}` : "",
            ...input.indices
              .filter((i) => (i.rankChange ?? 0) < 0)
              .map((i) => `${i.shortName} ${formatRankChange(i.rankChange)}`),
            withTargets ? "" : "kế hoạch chưa đặt chỉ tiêu số lượng nên chưa đánh giá được mức độ hoàn thành",
          ]
            .filter(Boolean)
            .join("; ") || "không có hạn chế nào thể hiện trong số liệu"
        }.`,
      },
      {
        id: "III.3",
        text: thin.length
          ? `Các thành phần giảm điểm trong khi nội dung tuyên truyền liên quan có ít hoạt động (không quá trung vị ${formatNumber(medianTopicCount, 0)} hoạt động/nội dung): ${thin.map((c) => `${c.indexName} – ${c.name} (${formatSigned(c.valueChange ?? 0, 2)}; ${c.topics.map((t) => `${t.code}: ${formatNumber(t.count, 0)}`).join(", ")})`).join("; ")}. Đây là sự tương quan về thời gian giữa hai chuỗi số liệu, phù hợp để chọn trọng tâm, không cho phép kết luận nguyên nhân.`
          : "Không có thành phần chỉ số nào vừa giảm điểm vừa gắn với nội dung tuyên truyền có ít hoạt động.",
      },
      ...(input.impact ? [{ id: "III.4", text: impactParagraph(input.impact, input.subjectName ?? "") }] : []),
    ],
    tables: [],
  };
}
