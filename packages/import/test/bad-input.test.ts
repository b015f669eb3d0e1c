import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { DbHandle } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatRejection, ImportRejected, type ImportReport, runImport } from "../src/index";
import { fingerprint, seededDb, tmp } from "./helpers";

const HEADER = "Đối tượng,Chỉ số,Chỉ số thành phần,Năm,Điểm,Xếp hạng,Trên tổng số,Nguồn";
const SRC = "https://example.gov.vn/bao-cao";

describe.each(testDrivers())("bad input on %s", (driver) => {
  let h: DbHandle;
  const dir = tmp();
  beforeAll(async () => {
    h = await seededDb(driver, false);
  });
  afterAll(() => h?.close());

  /** Import a file that must be refused; return the messages, and prove nothing was written. */
  async function refused(name: string, content: string | Buffer, kind?: "long" | "activities"): Promise<string[]> {
    const path = join(dir, name);
    writeFileSync(path, content);
    const before = await fingerprint(h);
    let report: ImportReport | undefined;
    try {
      await runImport(h.db, path, { by: "test", ...(kind ? { kind } : {}) });
    } catch (error) {
      if (!(error instanceof ImportRejected)) throw error;
      report = error.report;
    }
    expect(report, `${name} should be refused`).toBeDefined();
    expect(await fingerprint(h)).toEqual(before);
    return report!.rejected.map(formatRejection);
  }

  it("accepts a BOM, semicolons, Vietnamese decimals and empty rows", async () => {
    const path = join(dir, "ok.csv");
    writeFileSync(
      path,
      `\uFEFF${HEADER.replaceAll(",", ";")}\nHà Tĩnh;SIPAS;;2023;"85,92%";;;${SRC}\n;;;;;;;\n\nTỉnh Thừa Thiên - Huế;PAR INDEX;;2023;88,1;;;${SRC}\n`,
    );
    const r = await runImport(h.db, path, { by: "test" });
    expect([r.insert, r.rejected.length]).toEqual([2, 0]);
  });

  it("names the cell holding text in a number column", async () => {
    expect(await refused("text.csv", `${HEADER}\nNghệ An,SIPAS,,2022,khoảng 80,,,${SRC}\n`)).toEqual([
      'row 2, column "Điểm": "khoảng 80" is not a number (use 85,92 or 85.92)',
    ]);
  });

  it("refuses a value outside the component's scale", async () => {
    const [msg] = await refused("scale.csv", `${HEADER}\nNghệ An,PAPI,Quản trị điện tử,2022,12.5,,,${SRC}\n`);
    expect(msg).toBe('row 2, column "Điểm": 12.5 is outside the scale 1–10 of PAPI.D8 (PAPI_2018)');
  });

  it("refuses an unknown province and an ambiguous one without a year to decide", async () => {
    const msgs = await refused("province.csv", `${HEADER}\nNghệ Tĩnh,SIPAS,,2022,80,,,${SRC}\n`);
    expect(msgs).toEqual(['row 2, column "Đối tượng": unknown province "Nghệ Tĩnh"']);
  });

  it("refuses a duplicated row, naming the first", async () => {
    const msgs = await refused(
      "dup.csv",
      `${HEADER}\nNghệ An,SIPAS,,2019,80,,,${SRC}\nnghe an,SIPAS,,2019,81,,,${SRC}\n`,
    );
    expect(msgs[0]).toMatch(/^row 3: duplicate of row 2: SIPAS total 2019 for Nghệ An/);
  });

  it("refuses '2022 (công bố 2023)' in the year column and says why", async () => {
    const [msg] = await refused("year.csv", `${HEADER}\nNghệ An,SIPAS,,2022 (công bố 2023),80,,,${SRC}\n`);
    expect(msg).toBe(
      'row 2, column "Năm": "2022 (công bố 2023)" is not a year — it names 2 years; write the survey year alone (e.g. 2022)',
    );
  });

  it("refuses a file that is not UTF-8 (Windows-1258)", async () => {
    const cp1258 = Buffer.concat([
      Buffer.from(`${HEADER}\nNgh`),
      Buffer.from([0xea]),
      Buffer.from(` An,SIPAS,,2022,80,,,${SRC}\n`),
    ]);
    expect((await refused("cp1258.csv", cp1258))[0]).toMatch(/is not UTF-8 text/);
  });

  it("refuses a file that is not a spreadsheet at all", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect((await refused("chart.csv", png))[0]).toMatch(/is not a spreadsheet or CSV/);
    expect((await refused("fake.xlsx", "just text"))[0]).toMatch(/not an XLSX file/);
  });

  it("refuses merged header cells in an XLSX", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Bảng");
    ws.addRow(["Đối tượng", "Chỉ số", "Điểm", "", "Năm", "Nguồn"]);
    ws.mergeCells("C1:D1");
    ws.addRow(["Nghệ An", "SIPAS", 80, 81, 2022, SRC]);
    const path = join(dir, "merged.xlsx");
    await wb.xlsx.writeFile(path);
    const before = await fingerprint(h);
    const error = await runImport(h.db, path, { by: "test" }).catch((e) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    expect(formatRejection((error as ImportRejected).report.rejected[0]!)).toBe(
      'header cells C1:D1 of sheet "Bảng" are merged: unmerge them so each column has one header of its own',
    );
    expect(await fingerprint(h)).toEqual(before);
  });

  it("refuses a file over 50 MB before reading it", async () => {
    const path = join(dir, "huge.csv");
    const fd = openSync(path, "w");
    writeSync(fd, `${HEADER}\n`);
    writeSync(fd, Buffer.alloc(1), 0, 1, 50 * 1024 * 1024 + 10);
    closeSync(fd);
    const error = (await runImport(h.db, path, { by: "test" }).catch((e) => e)) as ImportRejected;
    expect(formatRejection(error.report.rejected[0]!)).toMatch(/is 50\.0 MB; the limit is 50 MB/);
  });

  it("refuses an activity row with an unknown unit, negative reach and end before start — all named at once", async () => {
    const msgs = await refused(
      "activities.csv",
      "Ngày bắt đầu,Ngày kết thúc,Đơn vị,Hình thức,Nội dung,Tiêu đề,Số lượt tiếp cận\n" +
        "10/02/2022,09/02/2022,Văn phòng Sở,F2,N03,Hội nghị triển khai,\n" +
        "31/02/2022,,Phòng Không Tồn Tại,F9,N99,Bài viết,-5\n",
      "activities",
    );
    expect(msgs).toEqual([
      'row 2, column "Ngày kết thúc": kết thúc 2022-02-09 trước ngày bắt đầu 2022-02-10',
      'row 3, column "Ngày bắt đầu": "31/02/2022" is not a real date',
      'row 3, column "Đơn vị": unknown unit "Phòng Không Tồn Tại"',
      'row 3, column "Hình thức": unknown form "F9"',
      'row 3, column "Nội dung": unknown topic "N99"',
      'row 3, column "Số lượt tiếp cận": -5 là số âm, phải từ 0 trở lên',
    ]);
  });
});
