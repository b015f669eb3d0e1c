/** Section I, KẾT QUẢ THỰC HIỆN: the year's activities by form against targets, by unit, and the notable ones. */
import { vi } from "../format";
import { dateVi, lowerFirst } from "./text";
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
            : `Thực hiện Kế hoạch số ${plan.number}, năm ${year} các đơn vị đã thực hiện ${vi(total)} hoạt động tuyên truyền cải cách hành chính, gồm: ${input.forms.map((f) => `${lowerFirst(f.name)} ${vi(f.delivered)}${f.target !== null ? `/${vi(f.target)} chỉ tiêu` : ""}`).join("; ")}.`,
      },
      {
        id: "I.2",
        text:
          total === 0
            ? "Chưa có số liệu theo đơn vị."
            : `Theo đơn vị: ${[
                ...input.units.filter((u) => u.count > 0).map((u) => `${u.name} ${vi(u.count)}`),
                ...(unattributed > 0 ? [`đơn vị khác ${vi(unattributed)}`] : []),
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
              text: `Một số hoạt động tiêu biểu: ${input.notable.map((n) => `${n.title} (${n.unitName}, ${dateVi(n.startsOn)}${n.reach ? `, ${vi(n.reach)} lượt tiếp cận/tham dự` : ""})`).join("; ")}.`,
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
              rows: input.forms.map((f) => [f.name, vi(f.delivered), f.target === null ? "chưa đặt" : vi(f.target)]),
            },
            {
              caption: "Bảng 2. Hoạt động theo nội dung của kế hoạch",
              columns: ["Mã", "Nội dung", "Số hoạt động"],
              rows: input.topics.map((t) => [t.code, t.title, vi(t.count)]),
            },
          ],
  };
}
