import { describe, expect, it } from "vitest";
import { type AssessmentInput, assessmentSection } from "../../src/orientation/assessment";

// TEST FIXTURE: invented figures.
const input: AssessmentInput = {
  forms: [
    { code: "F1", name: "Hội nghị", delivered: 4, target: 4 },
    { code: "F2", name: "Báo chí", delivered: 1, target: 3 },
  ],
  topics: [
    { code: "T1", title: "Một", count: 1 },
    { code: "T2", title: "Hai", count: 3 },
    { code: "T3", title: "Ba", count: 0 },
    { code: "T4", title: "Bốn", count: 9 },
  ],
  indices: [],
  components: [
    // Fell, its topic at the median (2): listed.
    {
      indexName: "PAPI",
      name: "X",
      value: 5,
      valueChange: -0.5,
      peerMean: 6,
      topics: [{ code: "T1", count: 2, leadUnit: null }],
    },
    // Fell, but one topic above the median: not listed.
    {
      indexName: "PAPI",
      name: "Y",
      value: 5,
      valueChange: -1,
      peerMean: 6,
      topics: [{ code: "T4", count: 9, leadUnit: null }],
    },
    // Fell with no linked topic: not listed.
    { indexName: "PAPI", name: "Z", value: 5, valueChange: -1, peerMean: 6, topics: [] },
  ],
};
const text = (i: AssessmentInput, id: string) => assessmentSection(i).paragraphs.find((p) => p.id === id)!.text;

describe("section III (assessment)", () => {
  it("lists met targets and covered topics as strengths, shortfalls and uncovered topics as limits", () => {
    expect(text(input, "III.1")).toBe("Ưu điểm: đạt chỉ tiêu ở hội nghị; 3/4 nội dung của kế hoạch đã có hoạt động.");
    expect(text(input, "III.2")).toBe("Hạn chế: báo chí mới đạt 1/3 chỉ tiêu; chưa có hoạt động về T3 (Ba).");
  });

  it("names only fallen components whose every linked topic is at or below the median, as a coincidence", () => {
    expect(text(input, "III.3")).toBe(
      "Các thành phần giảm điểm trong khi nội dung tuyên truyền liên quan có ít hoạt động (không quá trung vị 2 hoạt động/nội dung): PAPI – X (−0,5; T1: 2). Đây là sự tương quan về thời gian giữa hai chuỗi số liệu, phù hợp để chọn trọng tâm, không cho phép kết luận nguyên nhân.",
    );
  });

  it("falls back to plain statements when there is nothing to say", () => {
    const bare: AssessmentInput = {
      forms: [{ ...input.forms[0]!, target: null }],
      topics: [],
      indices: [],
      components: [],
    };
    expect(text(bare, "III.1")).toBe("Ưu điểm: chưa có số liệu để đánh giá.");
    expect(text(bare, "III.2")).toBe(
      "Hạn chế: kế hoạch chưa đặt chỉ tiêu số lượng nên chưa đánh giá được mức độ hoàn thành.",
    );
    expect(text(bare, "III.3")).toMatch(/^Không có thành phần chỉ số nào/);
  });
});
