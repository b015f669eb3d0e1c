import { describe, expect, it } from "vitest";
import { type ResultsInput, resultsSection } from "../../src/orientation/results";

// TEST FIXTURE: invented figures, not Nghệ An's.
const input: ResultsInput = {
  plan: {
    number: "12/KH-ABC",
    titleVi: "Kế hoạch thử",
    year: 2023,
    issuerName: "Sở Thử",
    issuerParentName: null,
    issuedPlace: null,
    signedBy: null,
    recipients: [],
  },
  year: 2023,
  forms: [
    { code: "F1", name: "Hội nghị", delivered: 1200, target: 1000 },
    { code: "F2", name: "TTHC niêm yết", delivered: 3, target: null },
  ],
  topics: [{ code: "N01", title: "Chủ trương", count: 4 }],
  units: [
    { code: "A", name: "Phòng A", count: 1000 },
    { code: "B", name: "Phòng B", count: 0 },
  ],
  notable: [{ title: "Hội nghị lớn", startsOn: "2023-11-02", unitName: "Phòng A", reach: 2500 }],
};
const text = (s: ReturnType<typeof resultsSection>, id: string) => s.paragraphs.find((p) => p.id === id)?.text;

describe("section I (results)", () => {
  it("counts by form in vi-VN numbers, keeping acronyms upper case mid-sentence", () => {
    const s = resultsSection(input);
    expect(s.numeral).toBe("I");
    expect(text(s, "I.1")).toBe(
      "Thực hiện Kế hoạch số 12/KH-ABC, năm 2023 các đơn vị đã thực hiện 1.203 hoạt động tuyên truyền cải cách hành chính, gồm: hội nghị 1.200/1.000 chỉ tiêu; TTHC niêm yết 3.",
    );
    expect(s.tables[0]!.rows).toEqual([
      ["Hội nghị", "1.200", "1.000"],
      ["TTHC niêm yết", "3", "chưa đặt"],
    ]);
  });

  it("names the activities of units the input does not list, so the unit line adds up", () => {
    expect(text(resultsSection(input), "I.2")).toBe(
      "Theo đơn vị: Phòng A 1.000; đơn vị khác 203; chưa có hoạt động: Phòng B.",
    );
  });

  it("dates notable activities dd/mm/yyyy and leaves the paragraph out when there are none", () => {
    expect(text(resultsSection(input), "I.3")).toBe(
      "Một số hoạt động tiêu biểu: Hội nghị lớn (Phòng A, 02/11/2023, 2.500 lượt tiếp cận/tham dự).",
    );
    expect(text(resultsSection({ ...input, notable: [] }), "I.3")).toBeUndefined();
  });

  it("has no tables and says what to do when nothing was recorded", () => {
    const s = resultsSection({ ...input, forms: input.forms.map((f) => ({ ...f, delivered: 0 })), notable: [] });
    expect(s.tables).toEqual([]);
    expect(text(s, "I.1")).toMatch(/^Năm 2023, hệ thống chưa ghi nhận .*Cần nhập nhật ký/);
    expect(text(s, "I.2")).toBe("Chưa có số liệu theo đơn vị.");
  });
});
