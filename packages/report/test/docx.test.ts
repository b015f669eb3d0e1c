import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { dateLine, reportDocx } from "../src/docx";
import type { OrientationReport } from "../src/orientation";

const report: OrientationReport = {
  issuerParentName: "UBND tỉnh Nghệ An",
  issuerName: "Sở Khoa học và Công nghệ tỉnh Nghệ An",
  place: "Nghệ An",
  numberLine: "Số:      /BC-SKHCN",
  title: "BÁO CÁO",
  subtitle: "Kết quả thực hiện công tác tuyên truyền cải cách hành chính năm 2022 và định hướng năm 2023",
  sections: [
    {
      numeral: "I",
      heading: "KẾT QUẢ THỰC HIỆN",
      paragraphs: [{ id: "I.1", text: "Đã thực hiện 26 hoạt động." }],
      tables: [
        {
          caption: "Bảng 1. Hoạt động theo hình thức",
          columns: ["Hình thức", "Đã thực hiện"],
          rows: [["Báo chí, website", "5"]],
        },
      ],
    },
  ],
  recipients: ["Sở Nội vụ", "Lưu: VT"],
  signature: { authority: "KT. GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "" },
  proposals: [],
};

/** The text of each paragraph of word/document.xml, in order. */
async function paragraphs(docx: Buffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""))
    .filter(Boolean);
}

describe("the report as DOCX", () => {
  it("writes the date line as Nghị định 30 asks: leading zeros for days under 10 and months 1–2", () => {
    expect(dateLine(new Date(2023, 0, 5))).toBe("ngày 05 tháng 01 năm 2023");
    expect(dateLine(new Date(2022, 1, 10))).toBe("ngày 10 tháng 02 năm 2022");
    expect(dateLine(new Date(2026, 10, 28))).toBe("ngày 28 tháng 11 năm 2026");
  });

  it("lays out the issuer block, Quốc hiệu – Tiêu ngữ, title, sections, Nơi nhận and signature in Times New Roman on A4", async () => {
    const docx = await reportDocx(report, new Date(2023, 0, 16));
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file("word/document.xml")!.async("string");
    const p = await paragraphs(docx);
    expect(p.slice(0, 8)).toEqual([
      "UBND TỈNH NGHỆ AN",
      "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NGHỆ AN",
      "———",
      "Số:      /BC-SKHCN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Nghệ An, ngày 16 tháng 01 năm 2023",
      "BÁO CÁO",
    ]);
    expect(p).toContain("I. KẾT QUẢ THỰC HIỆN");
    expect(p).toContain("Đã thực hiện 26 hoạt động.");
    expect(p).toContain("Bảng 1. Hoạt động theo hình thức");
    expect(p.slice(-5)).toEqual(["Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT;", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]);
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    const styles = await zip.file("word/styles.xml")!.async("string");
    expect(styles).toMatch(/w:ascii="Times New Roman"/);
  });
});
