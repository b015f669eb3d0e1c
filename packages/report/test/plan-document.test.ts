import { describe, expect, it } from "vitest";
import { buildPlanDocument } from "../src/plan-document";

describe("a plan as an administrative document", () => {
  const doc = buildPlanDocument({
    number: "Dự thảo 2023/SKHCN-VP",
    titleVi: "Kế hoạch tuyên truyền cải cách hành chính năm 2023",
    year: 2023,
    issuerName: "Sở Khoa học và Công nghệ tỉnh Nghệ An",
    issuerParentName: "UBND tỉnh Nghệ An",
    issuedPlace: "Nghệ An",
    implementsText: "Kế hoạch số 64/KH-UBND",
    purposes: ["Nâng cao nhận thức.", "Tăng cường hiểu biết."],
    requirements: ["Đổi mới hình thức."],
    audience: "Cán bộ, công chức.",
    signedBy: "KT. GIÁM ĐỐC — PHÓ GIÁM ĐỐC",
    recipients: ["Sở Nội vụ", "Lưu: VT"],
    topics: [
      { code: "N01", parentCode: null, textVi: "Chủ trương về CCHC" },
      { code: "N04", parentCode: null, textVi: "Nhiệm vụ CCHC cụ thể" },
      { code: "N04.01", parentCode: "N04", textVi: "Văn bản QPPL" },
    ],
    forms: [{ code: "F1", name: "Báo chí, website", descriptionVi: "Tin, bài trên báo chí." }],
    targets: [
      { formName: "Báo chí, website", unitName: null, periodStart: "2023-01-01", periodEnd: "2023-12-31", quantity: 8 },
    ],
    responsibilities: [
      { unitName: "Văn phòng Sở", dutyVi: "Theo dõi, đôn đốc." },
      { unitName: null, dutyVi: "Thực hiện kế hoạch." },
    ],
  });

  it("has plan 88's four sections, topics nested, forms with their targets, and who does what", () => {
    expect(doc.title).toBe("KẾ HOẠCH");
    expect(doc.subtitle).toBe("Tuyên truyền cải cách hành chính năm 2023");
    expect(doc.numberLine).toBe("Số:      /KH-SKHCN");
    expect(doc.sections.map((s) => s.heading)).toEqual([
      "MỤC ĐÍCH, YÊU CẦU",
      "NỘI DUNG TUYÊN TRUYỀN",
      "HÌNH THỨC TUYÊN TRUYỀN",
      "TỔ CHỨC THỰC HIỆN",
    ]);
    expect(doc.sections[0]!.paragraphs.map((p) => p.text)).toEqual([
      "Thực hiện Kế hoạch số 64/KH-UBND.",
      "1. Mục đích",
      "a) Nâng cao nhận thức.",
      "b) Tăng cường hiểu biết.",
      "2. Yêu cầu",
      "a) Đổi mới hình thức.",
    ]);
    expect(doc.sections[1]!.paragraphs.map((p) => p.text)).toEqual([
      "Đối tượng: Cán bộ, công chức.",
      "1. Chủ trương về CCHC",
      "2. Nhiệm vụ CCHC cụ thể",
      "- Văn bản QPPL",
    ]);
    expect(doc.sections[2]!.tables[0]!.rows).toEqual([["Báo chí, website", "Toàn Sở", "01/01/2023 – 31/12/2023", "8"]]);
    expect(doc.sections[3]!.paragraphs.map((p) => p.text)).toEqual([
      "1. Văn phòng Sở: Theo dõi, đôn đốc.",
      "2. Các phòng, đơn vị: Thực hiện kế hoạch.",
    ]);
    expect(doc.signature).toEqual({ authority: "KT. GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "" });
  });
});
