/** Section II, KẾT QUẢ CÁC CHỈ SỐ: one sentence per index of the subject, and the indices table. */
import { formatNumber, formatRankChange, formatSigned } from "@cchc/schema/format";
import type { ReportIndex, ReportInput, ReportSection } from "./types";

export type IndicesInput = Pick<ReportInput, "year" | "subjectName" | "indices" | "peerGroupName">;

/** One index's year: score, rank out of the number ranked, change, peers and the components that moved most. */
export function indexSentence(i: ReportIndex, year: number): string {
  if (i.status === "missing" || i.status === "no_data")
    return `${i.shortName}: chưa có số liệu năm ${year} trong hệ thống (cần nhập bảng kết quả chính thức).`;
  if (i.status === "not_published") return `${i.shortName}: năm ${year} không công bố kết quả.`;
  const pct = i.measureUnit === "%" ? "%" : " điểm";
  const parts = [i.value !== null ? `đạt ${formatNumber(i.value, 2)}${pct}` : "chưa nhập điểm"];
  if (i.rank !== null) parts.push(`xếp thứ ${i.rank}${i.outOf ? `/${i.outOf}` : ""}`);
  if (i.rankChange !== null) parts.push(formatRankChange(i.rankChange));
  if (i.valueChange !== null)
    parts.push(
      `điểm ${i.valueChange >= 0 ? "tăng" : "giảm"} ${formatNumber(Math.abs(i.valueChange), 2)} so với năm ${year - 1}`,
    );
  if (i.peerMean !== null && i.value !== null)
    parts.push(
      `${i.value >= i.peerMean ? "cao hơn" : "thấp hơn"} trung bình nhóm so sánh (${formatNumber(i.peerMean, 2)})`,
    );
  const movers = i.movers.length
    ? ` Thành phần thay đổi nhiều nhất: ${i.movers
        .slice(0, 3)
        .map((m) => `${m.name} (${formatSigned(m.valueChange, 2)})`)
        .join("; ")}.`
    : "";
  return `${i.shortName} năm ${year}: ${parts.join(", ")}.${movers}`;
}

export function indicesSection(input: IndicesInput): ReportSection {
  const { year } = input;
  return {
    numeral: "II",
    heading: `KẾT QUẢ CÁC CHỈ SỐ NĂM ${year} CỦA TỈNH ${input.subjectName.toUpperCase()}`,
    paragraphs: input.indices.map((i, n) => ({ id: `II.${n + 1}`, text: indexSentence(i, year) })),
    tables: [
      {
        caption: `Bảng 3. Các chỉ số năm ${year}${input.peerGroupName ? ` (nhóm so sánh: ${input.peerGroupName})` : ""}`,
        columns: ["Chỉ số", "Điểm", "Thứ hạng", "Thay đổi hạng", "TB nhóm so sánh"],
        rows: input.indices.map((i) => [
          i.shortName,
          formatNumber(i.value, 2),
          i.rank === null ? "—" : `${i.rank}${i.outOf ? `/${i.outOf}` : ""}`,
          formatSigned(i.rankChange, 0),
          formatNumber(i.peerMean, 2),
        ]),
      },
    ],
  };
}
