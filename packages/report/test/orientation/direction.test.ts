import { describe, expect, it } from "vitest";
import { type DirectionInput, directionSection, proposedTarget } from "../../src/orientation/direction";
import type { ReportComponent } from "../../src/orientation/types";

// TEST FIXTURE: invented figures.
const component = (name: string, value: number, peerMean: number, topics: string[]): ReportComponent => ({
  indexName: "PAPI",
  name,
  value,
  valueChange: null,
  peerMean,
  topics: topics.map((code) => ({ code, count: 1, leadUnit: code === "T1" ? "Phòng A" : null })),
});
const input: DirectionInput = {
  year: 2023,
  forms: [
    { code: "F1", name: "Hội nghị", delivered: 5, target: 3 },
    { code: "F2", name: "Báo chí", delivered: 1, target: null },
  ],
  topics: [{ code: "T1", title: "Một", count: 1 }],
  components: [
    component("Nhỏ", 9, 10, ["T2"]), // 10 % below
    component("Lớn", 4, 8, ["T1", "T2"]), // 50 % below: first
    component("Trên", 9, 8, ["T3"]), // above the peers: never a priority
  ],
};

describe("section IV (direction)", () => {
  it("puts first the topics of the component furthest below the peers, each topic once, naming all its components", () => {
    const text = directionSection(input).paragraphs[0]!.text;
    expect(text).toMatch(
      /^Ưu tiên các nội dung gắn với thành phần chỉ số thấp hơn trung bình nhóm so sánh nhiều nhất: T1 \(Một\) – gắn với PAPI – Lớn, đề xuất Phòng A chủ trì; T2 – gắn với PAPI – Lớn, PAPI – Nhỏ\.$/,
    );
    expect(text.match(/T2/g)).toHaveLength(1);
    expect(text).not.toContain("T3");
  });

  it("proposes next year's targets never below this year's target or delivery", () => {
    expect(proposedTarget(5, 3)).toBe(5);
    expect(proposedTarget(1, null)).toBe(1);
    const s = directionSection(input);
    expect(s.heading).toBe("PHƯƠNG HƯỚNG NĂM 2024");
    expect(s.paragraphs[1]!.text).toMatch(/^Chỉ tiêu đề xuất theo hình thức năm 2024: hội nghị 5; báo chí 1\. /);
    expect(s.tables[0]!.rows).toEqual([
      ["Hội nghị", "5", "3", "5"],
      ["Báo chí", "1", "chưa đặt", "1"],
    ]);
  });

  it("says so when no component is below its peers", () => {
    expect(directionSection({ ...input, components: [] }).paragraphs[0]!.text).toMatch(
      /^Chưa xác định được nội dung ưu tiên/,
    );
  });
});
