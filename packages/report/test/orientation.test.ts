import { describe, expect, it } from "vitest";
import { applyEdits, buildOrientationReport, missingIndex, proposedTarget, type ReportInput } from "../src/orientation";

const base: ReportInput = {
  plan: {
    number: "88/SKHCN-VP",
    titleVi: "Kế hoạch tuyên truyền CCHC năm 2022",
    year: 2022,
    issuerName: "Sở Khoa học và Công nghệ tỉnh Nghệ An",
    issuerParentName: "UBND tỉnh Nghệ An",
    issuedPlace: "Nghệ An",
    signedBy: "KT. GIÁM ĐỐC — PHÓ GIÁM ĐỐC",
    recipients: ["Sở Nội vụ", "Lưu: VT"],
  },
  subjectName: "Nghệ An",
  year: 2022,
  forms: [
    { code: "F1", name: "Báo chí, website", delivered: 5, target: 8 },
    { code: "F2", name: "Hội nghị, tập huấn", delivered: 8, target: 6 },
    { code: "F3", name: "Tin, bài của CBCCVC", delivered: 0, target: null },
  ],
  topics: [
    { code: "N01", title: "Chủ trương về CCHC", count: 6 },
    { code: "N04.14", title: "Tiếp nhận phản ánh, kiến nghị", count: 1 },
    { code: "N04.15", title: "Kết quả CCHC", count: 0 },
  ],
  units: [
    { code: "VP", name: "Văn phòng Sở", count: 10 },
    { code: "TT", name: "TT Thông tin KHCN", count: 3 },
    { code: "KH", name: "TT KHXH&NV", count: 0 },
  ],
  notable: [{ title: "Hội nghị tập huấn TTHC", startsOn: "2022-05-10", unitName: "Văn phòng Sở", reach: 120 }],
  indices: [
    {
      shortName: "PAPI",
      measureUnit: "điểm",
      status: "published",
      value: 43.8,
      rank: 25,
      outOf: 63,
      rankChange: -8,
      valueChange: -0.4,
      peerMean: 44.5,
      movers: [{ name: "Thủ tục hành chính công", valueChange: -0.31 }],
    },
    missingIndex("SIPAS", "%"),
  ],
  components: [
    {
      indexName: "PAPI",
      name: "Thủ tục hành chính công",
      value: 7.1,
      valueChange: -0.31,
      peerMean: 7.4,
      topics: [{ code: "N04.14", count: 1, leadUnit: "Văn phòng Sở" }],
    },
    {
      indexName: "PAPI",
      name: "Công khai, minh bạch",
      value: 5.5,
      valueChange: 0.2,
      peerMean: 5.4,
      topics: [{ code: "N01", count: 6, leadUnit: "TT Thông tin KHCN" }],
    },
  ],
  peerGroupName: "Bắc Trung Bộ (6 tỉnh)",
};

describe("the orientation report's content", () => {
  const r = buildOrientationReport(base);
  const text = (id: string) => r.sections.flatMap((s) => s.paragraphs).find((p) => p.id === id)?.text ?? "";

  it("reports activities by form against targets, by unit, and the notable ones", () => {
    expect(r.sections.map((s) => `${s.numeral}. ${s.heading}`)).toEqual([
      "I. KẾT QUẢ THỰC HIỆN",
      "II. KẾT QUẢ CÁC CHỈ SỐ NĂM 2022 CỦA TỈNH NGHỆ AN",
      "III. ĐÁNH GIÁ",
      "IV. PHƯƠNG HƯỚNG NĂM 2023",
    ]);
    expect(text("I.1")).toBe(
      "Thực hiện Kế hoạch số 88/SKHCN-VP, năm 2022 các đơn vị đã thực hiện 13 hoạt động tuyên truyền cải cách hành chính, gồm: báo chí, website 5/8 chỉ tiêu; hội nghị, tập huấn 8/6 chỉ tiêu; tin, bài của CBCCVC 0.",
    );
    expect(text("I.2")).toBe("Theo đơn vị: Văn phòng Sở 10; TT Thông tin KHCN 3; chưa có hoạt động: TT KHXH&NV.");
    expect(text("I.3")).toContain("Hội nghị tập huấn TTHC (Văn phòng Sở, 10/05/2022, 120 lượt tiếp cận/tham dự)");
  });

  it("lists every unit with activities, a desk under the Office too, so the per-unit line adds up to the total", () => {
    const units = [...base.units, { code: "BPMC", name: "Bộ phận một cửa", count: 6 }];
    const forms = base.forms.map((f) => (f.code === "F3" ? { ...f, delivered: 6 } : f));
    const lineOf = (input: ReportInput) =>
      buildOrientationReport(input)
        .sections[0]!.paragraphs.find((p) => p.id === "I.2")!
        .text.split(";")
        .flatMap((part) => /\s(\d+)\.?$/.exec(part.trim())?.[1] ?? [])
        .map(Number);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(lineOf({ ...base, forms, units }))).toBe(19);
    expect(buildOrientationReport({ ...base, forms, units }).sections[0]!.paragraphs[1]!.text).toBe(
      "Theo đơn vị: Văn phòng Sở 10; TT Thông tin KHCN 3; Bộ phận một cửa 6; chưa có hoạt động: TT KHXH&NV.",
    );
    // Given a unit list that misses some activities, the line still adds up, naming the rest.
    expect(sum(lineOf({ ...base, forms, units: base.units }))).toBe(19);
    expect(buildOrientationReport({ ...base, forms }).sections[0]!.paragraphs[1]!.text).toContain("; đơn vị khác 6;");
  });

  it("states each index with rank, change and peers, and says when a year has no data", () => {
    expect(text("II.1")).toBe(
      "PAPI năm 2022: đạt 43,8 điểm, xếp thứ 25/63, giảm 8 bậc, điểm giảm 0,4 so với năm 2021, thấp hơn trung bình nhóm so sánh (44,5). Thành phần thay đổi nhiều nhất: Thủ tục hành chính công (−0,31).",
    );
    expect(text("II.2")).toBe("SIPAS: chưa có số liệu năm 2022 trong hệ thống (cần nhập bảng kết quả chính thức).");
  });

  it("assesses from the data, relating campaigns and indices only in alignment wording", () => {
    expect(text("III.1")).toBe(
      "Ưu điểm: đạt chỉ tiêu ở hội nghị, tập huấn; 2/3 nội dung của kế hoạch đã có hoạt động.",
    );
    expect(text("III.2")).toBe(
      "Hạn chế: báo chí, website mới đạt 5/8 chỉ tiêu; chưa có hoạt động về N04.15 (Kết quả CCHC); PAPI giảm 8 bậc.",
    );
    expect(text("III.3")).toMatch(
      /^Các thành phần giảm điểm .*PAPI – Thủ tục hành chính công \(−0,31; N04\.14: 1\)\. Đây là sự tương quan .*không cho phép kết luận nguyên nhân\.$/,
    );
    for (const s of r.sections) for (const p of s.paragraphs) expect(p.text).not.toMatch(/\bnhờ\b/);
  });

  it("orients next year on the topics linked to the components furthest below the peers, with proposed targets", () => {
    expect(text("IV.1")).toBe(
      "Ưu tiên các nội dung gắn với thành phần chỉ số thấp hơn trung bình nhóm so sánh nhiều nhất: N04.14 (Tiếp nhận phản ánh, kiến nghị) – gắn với PAPI – Thủ tục hành chính công, đề xuất Văn phòng Sở chủ trì.",
    );
    expect(proposedTarget(5, 8)).toBe(8);
    expect(proposedTarget(8, 6)).toBe(8);
    expect(proposedTarget(3, null)).toBe(3);
    expect(r.proposals).toEqual([
      { form: "F1", quantity: 8 },
      { form: "F2", quantity: 8 },
      { form: "F3", quantity: 0 },
    ]);
    expect(r.sections[3]!.tables[0]!.rows).toEqual([
      ["Báo chí, website", "5", "8", "8"],
      ["Hội nghị, tập huấn", "8", "6", "8"],
      ["Tin, bài của CBCCVC", "0", "chưa đặt", "0"],
    ]);
  });

  it("says so when the plan has no activities, instead of empty tables", () => {
    const empty = buildOrientationReport({
      ...base,
      forms: base.forms.map((f) => ({ ...f, delivered: 0, target: null })),
      topics: base.topics.map((t) => ({ ...t, count: 0 })),
      units: base.units.map((u) => ({ ...u, count: 0 })),
      notable: [],
    });
    expect(empty.sections[0]!.paragraphs[0]!.text).toMatch(
      /chưa ghi nhận hoạt động tuyên truyền nào theo Kế hoạch số 88\/SKHCN-VP/,
    );
    expect(empty.sections[0]!.tables).toEqual([]);
    expect(empty.sections[2]!.paragraphs[1]!.text).toContain("kế hoạch chưa đặt chỉ tiêu số lượng");
  });

  it("replaces a paragraph with the Office's edit, in NFC", () => {
    const edited = applyEdits(r, { "III.1": "Ưu điểm: đã hoàn thành.".normalize("NFD") });
    expect(edited.sections[2]!.paragraphs[0]!.text).toBe("Ưu điểm: đã hoàn thành.".normalize("NFC"));
    expect(edited.sections[2]!.paragraphs[1]).toEqual(r.sections[2]!.paragraphs[1]);
  });
});
