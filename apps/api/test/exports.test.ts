import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testDrivers } from "@cchc/db/testing";
import { runImport } from "@cchc/import";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startApi } from "./helpers";

describe.each(testDrivers())("download URLs on %s", (driver) => {
  let api: Started;
  beforeAll(async () => {
    api = await startApi(driver);
  });
  afterAll(() => api?.close());
  const get = (path: string) =>
    fetch(api.url.replace(/\/graphql$/, path), { headers: { authorization: `Bearer ${api.viewerToken}` } });
  /** CSV body as text, after checking it starts with a UTF-8 BOM (Excel needs it for Vietnamese). */
  const csvText = async (res: Response) => {
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return bytes.subarray(3).toString("utf8");
  };

  it("exports the filtered activity list as CSV with the template's headers, and it imports back unchanged", async () => {
    const filter = encodeURIComponent(JSON.stringify({ search: "hoi nghi", from: "2022-01-01", to: "2022-12-31" }));
    const res = await get(`/export/activities.csv?filter=${filter}`);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="hoat-dong.csv"');
    const text = await csvText(res);
    const { data } = await api.gql<{ activities: { totalCount: number } }>(
      `{ activities(filter: { search: "hoi nghi", from: "2022-01-01", to: "2022-12-31" }) { totalCount } }`,
    );
    const lines = text.trim().split("\n");
    expect(lines[0]).toBe(
      "Mã,Ngày bắt đầu,Ngày kết thúc,Đơn vị,Tên đơn vị,Hình thức,Tên hình thức,Kênh,Nội dung,Tiêu đề,Đối tượng tuyên truyền,Số người tham dự,Số lượt tiếp cận,Đường dẫn,Ghi chú,Kế hoạch",
    );
    // Codes for the import, names beside them for people.
    expect(lines.slice(1).every((l) => /,SKHCN_NA\.[A-Z]+,[^,]+,F\d,"?[^,]+/.test(l))).toBe(true);
    expect(text).toMatch(/,SKHCN_NA\.VP,Văn phòng Sở,F2,"?Hội nghị/);
    expect(lines.length - 1).toBe(data!.activities.totalCount);
    expect(data!.activities.totalCount).toBeGreaterThan(0);
    const path = join(tmpdir(), `roundtrip-${driver}.csv`);
    writeFileSync(path, text);
    const report = await runImport(api.handle.db, path, { by: "test" });
    expect([report.insert, report.update, report.unchanged]).toEqual([0, 0, data!.activities.totalCount]);
  });

  it("exports a series as XLSX with numbers kept as numbers", async () => {
    const res = await get("/export/series.xlsx?subject=40&index=PAPI");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.getWorksheet("Chuỗi chỉ số")!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      "Năm",
      "Điểm",
      "Xếp hạng công bố",
      "Trên tổng số",
      "Trạng thái",
      "Phương pháp",
      "Nguồn",
    ]);
    const row2023 = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(1).value === 2023)!;
    expect(row2023.getCell(2).value).toBe(42.8474);
    expect(row2023.getCell(2).numFmt).toBe("#,##0.0000");
    expect(row2023.getCell(3).value).toBe(25);
  });

  it("exports grouped activity stats and names unknown exports", async () => {
    const csv = await csvText(await get("/export/activity-stats.csv?groupBy=FORM&period=YEAR"));
    expect(csv.split("\n")[0]).toBe("Kỳ,Hình thức,Tên hình thức,Số hoạt động,Số lượt tiếp cận,Số người tham dự");
    expect(csv).toMatch(/\n2022,F2,"?Hội nghị/);
    const byUnit = await csvText(await get("/export/activity-stats.csv?groupBy=UNIT,PLAN"));
    expect(byUnit.split("\n")[0]).toBe(
      "Kỳ,Đơn vị,Tên đơn vị,Kế hoạch,Số kế hoạch,Số hoạt động,Số lượt tiếp cận,Số người tham dự",
    );
    expect(byUnit).toMatch(/,SKHCN_NA\.BPMC,Bộ phận Tiếp nhận và trả kết quả,1,88\/SKHCN-VP,\d+,/);
    const progress = (await csvText(await get("/export/plan-progress.csv?plan=1&asOf=2022-12-31"))).split("\n");
    expect(progress[0]).toMatch(/^Mã đơn vị,Đơn vị,Mã hình thức,Hình thức,Đã thực hiện,/);
    expect(progress.find((l) => l.startsWith("SKHCN_NA.BPMC,Bộ phận một cửa,F4,"))).toBeDefined();
    expect(
      progress.find((l) => l.startsWith(",Toàn Sở,F2,") || l.startsWith("SKHCN_NA.VP,Văn phòng,,Tổng,")),
    ).toBeDefined();
    const ranking = (await csvText(await get("/export/ranking.csv?index=PAPI&year=2023"))).trim().split("\n");
    expect(ranking[0]).toBe("Hạng,Mã,Đối tượng,Điểm,Trên tổng số,Xếp hạng công bố,Nhóm,Trạng thái");
    // Only the seeded figure: rank 1 of 1 computed, next to the published 25/63.
    expect(ranking[1]).toBe("1,40,Nghệ An,42.8474,1,25,,công bố");
    const profile = (await csvText(await get("/export/profile.csv?subject=40&year=2023"))).trim().split("\n");
    expect(profile.find((l) => l.startsWith("PAPI,Tổng,"))).toBe(
      "PAPI,Tổng,42.8474,1,1,25,,,-8,42.8474,42.8474,42.8474,42.8474,42.8474,,100,công bố,Thiếu điểm năm 2022",
    );
    const res = await get("/export/ranking.pdf");
    expect(res.status).toBe(404);
  });
});
