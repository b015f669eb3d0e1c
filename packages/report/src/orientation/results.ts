/** Section I, KẾT QUẢ THỰC HIỆN: the year's activities by form against targets, by unit, and the notable ones. */
import { formatDate, formatNumber } from "@cchc/schema/format";
import { lowerFirst } from "./text";
import type { ReportInput, ReportSection } from "./types";

export type ResultsInput = Pick<ReportInput, "plan" | "year" | "forms" | "topics" | "units" | "notable">;

export function resultsSection(input: ResultsInput): ReportSection {
  const { year, plan } = input;
  const total = input.forms.reduce((a, f) => a + f.delivered, 0);
  // The per-unit line must add up to the total: activities of a unit the input does not list are named as such.
  const unattributed = total - input.units.reduce((a, u) => a + u.count, 0);
  return {
    numeral: "I",
    heading: "KẾT QUẢ THỰC HIỆN",
    paragraphs: [
      {
        id: "I.1",
        text:
          total === 0
            ? `Năm ${year}, hệ thống chưa ghi nhận hoạt động tuyên truyền nào theo Kế hoạch số ${plan.number}. Cần nhập nhật ký hoạt động của các đơn vị trước khi lập báo cáo.`
            : `Thực hiện Kế hoạch số ${plan.number}, năm ${year} các đơn vị đã thực hiện ${formatNumber(total, 0)} hoạt động tuyên truyền cải cách hành chính, gồm: ${input.forms.map((f) => `${lowerFirst(f.name)} ${formatNumber(f.delivered, 0)}${f.target !== null ? `/${formatNumber(f.target, 0)} chỉ tiêu` : ""}`).join("; ")}.`,
      },
      {
        id: "I.2",
        text:
          total === 0
            ? "Chưa có số liệu theo đơn vị."
            : `Theo đơn vị: ${[
                ...input.units.filter((u) => u.count > 0).map((u) => `${u.name} ${formatNumber(u.count, 0)}`),
                ...(unattributed > 0 ? [`đơn vị khác ${formatNumber(unattributed, 0)}`] : []),
              ].join("; ")}${
                input.units.some((u) => u.count === 0)
                  ? `; chưa có hoạt động: ${input.units
                      .filter((u) => u.count === 0)
                      .map((u) => u.name)
                      .join(", ")}`
                  : ""
              }.`,
      },
      ...(input.notable.length
        ? [
            {
              id: "I.3",
              text: `Một số hoạt động tiêu biểu: ${input.notable.map((n) => `${n.title} (${n.unitName}, ${formatDate(n.startsOn)}${n.reach ? `, ${formatNumber(n.reach, 0)} lượt tiếp cận/tham dự` : ""})`).join("; ")}.`,
            },
          ]
        : []),
    ],
    tables:
      total === 0
        ? []
        : [
            {
              caption: "Bảng 1. Hoạt động theo hình thức",
              columns: ["Hình thức", "Đã thực hiện", "Chỉ tiêu"],
              rows: input.forms.map((f) => [
                f.name,
                formatNumber(f.delivered, 0),
                f.target === null ? "chưa đặt" : formatNumber(f.target, 0),
              ]),
            },
            {
              caption: "Bảng 2. Hoạt động theo nội dung của kế hoạch",
              columns: ["Mã", "Nội dung", "Số hoạt động"],
              rows: input.topics.map((t) => [t.code, t.title, formatNumber(t.count, 0)]),
            },
          ],
  };
}
