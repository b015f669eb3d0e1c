import { describe, expect, it } from "vitest";
import { assessmentSection } from "../../src/orientation/assessment";
import { directionSection } from "../../src/orientation/direction";
import { ceil2, impactParagraph, targetSentence, verdictSentence } from "../../src/orientation/impact";
import type { ReportImpact, ReportTarget } from "../../src/orientation/types";

// TEST FIXTURE: invented verdicts and scores, worded as @cchc/analytics words them.
const impact: ReportImpact = {
  indexName: "PAPI",
  treatedFrom: 2022,
  window: { from: 2018, to: 2024 },
  verdicts: [
    {
      component: "Thủ tục hành chính công",
      text: "Chưa phân biệt được với dao động thông thường (p = 0,41)",
      weakestPoint: "Chỉ có 4 năm trước thời điểm bắt đầu để đối chiếu.",
    },
    {
      component: "Quản trị điện tử",
      text: "Mức cải thiện vượt nhóm so sánh, khó là ngẫu nhiên (p = 0,03)",
      weakestPoint: "Chỉ có 4 năm trước thời điểm bắt đầu để đối chiếu.",
    },
  ],
  assumptions: ["Các đơn vị so sánh không triển khai hoạt động tương tự.", "Phương pháp tính chỉ số không đổi."],
};
const target: ReportTarget = {
  indexName: "PAPI",
  year: 2024,
  total: 43.0699,
  rank: 37,
  outOf: 61,
  targetRank: 10,
  totalDelta: 2.1201,
  components: [
    { name: "Thủ tục hành chính công", value: 9.5, scaleMax: 10, delta: null },
    { name: "Quản trị điện tử", value: 3.0812, scaleMax: 10, delta: 2.1201 },
    { name: "Trách nhiệm giải trình", value: 4.2801, scaleMax: 10, delta: 2.1201 },
    { name: "Kiểm soát tham nhũng", value: 6.5, scaleMax: 10, delta: 2.1201 },
  ],
};
/** A claim of cause: "nhờ", "do" as words, "tác động của" (not "dao động", "độ"). */
const CAUSAL = /(?<!\p{L})(nhờ|do|tác động của)(?!\p{L})/iu;

describe("the impact sentences", () => {
  it("states each component's verdict as analytics words it", () => {
    expect(verdictSentence(impact.verdicts[0]!)).toBe(
      "Thủ tục hành chính công: Chưa phân biệt được với dao động thông thường (p = 0,41)",
    );
  });

  it("gives the method, the window and the treatment year, then the assumptions and the weakest points once", () => {
    expect(impactParagraph(impact, "Nghệ An")).toBe(
      "Mức cải thiện của các thành phần PAPI gắn với nội dung của kế hoạch (so Nghệ An với đơn vị tổng hợp từ các tỉnh còn lại có đủ số liệu 2018–2024, năm bắt đầu 2022): Thủ tục hành chính công: Chưa phân biệt được với dao động thông thường (p = 0,41); Quản trị điện tử: Mức cải thiện vượt nhóm so sánh, khó là ngẫu nhiên (p = 0,03). Cách đọc này so sánh chuyển động của chỉ số, không xác định nguyên nhân, và giả định: các đơn vị so sánh không triển khai hoạt động tương tự; phương pháp tính chỉ số không đổi. Điểm yếu nhất của bằng chứng: Chỉ có 4 năm trước thời điểm bắt đầu để đối chiếu.",
    );
  });

  it("states a refusal by its own text, without the analysts' message, and says when nothing is linked", () => {
    const refused: ReportImpact = {
      ...impact,
      window: null,
      assumptions: [],
      verdicts: [
        { component: "Quản trị điện tử", text: "Chưa đủ dữ liệu (cần ít nhất 3 năm trước)", weakestPoint: null },
      ],
    };
    expect(impactParagraph(refused, "Nghệ An")).toBe(
      "Mức cải thiện của các thành phần PAPI gắn với nội dung của kế hoạch: Quản trị điện tử: Chưa đủ dữ liệu (cần ít nhất 3 năm trước).",
    );
    expect(impactParagraph({ ...impact, verdicts: [] }, "Nghệ An")).toMatch(
      /^Kế hoạch chưa có nội dung nào gắn với thành phần PAPI/,
    );
  });

  it("phrases the target in vi-VN numbers, rounded up so that the printed rise reaches the group", () => {
    expect(ceil2(2.1201)).toBe(2.13);
    expect(ceil2(2.12)).toBe(2.12);
    expect(targetSentence(target, "Nghệ An")).toBe(
      "Theo kết quả PAPI 2024, tỉnh Nghệ An đạt 43,07 điểm, xếp thứ 37/61; để vào nhóm 10 tỉnh dẫn đầu cần tăng 2,13 điểm, ví dụ nâng Quản trị điện tử từ 3,08 lên 5,21 điểm (tối đa 10) hoặc nâng Trách nhiệm giải trình từ 4,28 lên 6,41 điểm (tối đa 10). Riêng Thủ tục hành chính công không đủ khoảng cách đến điểm tối đa để tự đạt mức này. Mức này tính chính xác từ điểm năm 2024 với giả định các tỉnh khác giữ nguyên điểm (làm tròn lên 2 chữ số thập phân).",
    );
  });

  it("says when the subject is already in the group, has no score, or the year's table is incomplete", () => {
    expect(targetSentence({ ...target, rank: 10 }, "Nghệ An")).toBe(
      "Theo kết quả PAPI 2024, tỉnh Nghệ An đạt 43,07 điểm, xếp thứ 10/61, đã thuộc nhóm 10 tỉnh dẫn đầu.",
    );
    expect(targetSentence(null, "Nghệ An", "PAPI")).toBe(
      "Chưa có điểm PAPI của tỉnh Nghệ An để tính mức cần tăng để vào nhóm dẫn đầu.",
    );
    expect(targetSentence({ ...target, rank: 1, outOf: 1 }, "Nghệ An")).toMatch(/mới có điểm PAPI của 1 tỉnh/);
    expect(targetSentence({ ...target, components: target.components.slice(0, 1) }, "Nghệ An")).toContain(
      "cần tăng 2,13 điểm, không thành phần nào gắn với nội dung của kế hoạch đủ khoảng cách",
    );
  });

  it("never words a cause", () => {
    const texts = [
      impactParagraph(impact, "Nghệ An"),
      targetSentence(target, "Nghệ An"),
      targetSentence({ ...target, rank: 3 }, "Nghệ An"),
      targetSentence(null, "Nghệ An", "PAPI"),
    ];
    for (const t of texts) expect(t).not.toMatch(CAUSAL);
    expect("Tăng do tuyên truyền").toMatch(CAUSAL);
    expect("dao động, độ lệch").not.toMatch(CAUSAL);
  });

  it("adds III.4 and IV.4 only when the input carries them, IV.4 after the priorities", () => {
    const base = { forms: [], topics: [], indices: [], components: [], year: 2022, subjectName: "Nghệ An" };
    expect(assessmentSection(base).paragraphs.map((p) => p.id)).toEqual(["III.1", "III.2", "III.3"]);
    expect(assessmentSection({ ...base, impact }).paragraphs.map((p) => p.id)).toEqual([
      "III.1",
      "III.2",
      "III.3",
      "III.4",
    ]);
    expect(directionSection(base).paragraphs.map((p) => p.id)).toEqual(["IV.1", "IV.2", "IV.3"]);
    const withTarget = directionSection({ ...base, target, impact });
    expect(withTarget.paragraphs.map((p) => p.id)).toEqual(["IV.1", "IV.4", "IV.2", "IV.3"]);
    expect(withTarget.paragraphs[1]!.text).toBe(targetSentence(target, "Nghệ An"));
  });
});
