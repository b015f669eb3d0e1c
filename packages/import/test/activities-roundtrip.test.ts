import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type DbHandle, sql } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportActivities, openTable, runImport, undoImport, writeActivityTemplate } from "../src/index";
import { fingerprint, rows, seededDb, tmp } from "./helpers";

describe.each(testDrivers())("activity log import and export on %s", (driver) => {
  let h: DbHandle;
  const dir = tmp();
  beforeAll(async () => {
    h = await seededDb(driver, true);
  });
  afterAll(() => h?.close());

  it.each(["csv", "xlsx"] as const)("exports to %s and importing the file again changes nothing", async (format) => {
    const path = join(dir, `activities.${format}`);
    expect(await exportActivities(h.db, path, format)).toBe(80);
    // Codes for the import, each with its name beside it for people reading the file.
    const table = await openTable(path);
    expect(table.headers.slice(3, 7)).toEqual(["Đơn vị", "Tên đơn vị", "Hình thức", "Tên hình thức"]);
    for await (const row of table.rows) {
      expect(String(row.cells.get("don vi"))).toMatch(/^SKHCN_NA\./);
      expect(String(row.cells.get("ten don vi"))).toMatch(/^(Văn phòng Sở|Các phòng|Trung tâm|Tạp chí|Bộ phận)/);
      expect(String(row.cells.get("hinh thuc"))).toMatch(/^F\d$/);
      expect(String(row.cells.get("ten hinh thuc")).length).toBeGreaterThan(3);
      break;
    }
    const before = await fingerprint(h);
    const r = await runImport(h.db, path, { by: "test" });
    expect([r.kind, r.insert, r.update, r.unchanged, r.rejected.length]).toEqual(["activities", 0, 0, 80, 0]);
    expect(await fingerprint(h)).toEqual(before);
  });

  it("imports a unit's log with names, dd/mm/yyyy dates and topics by name; shows edits as changes; undo restores", async () => {
    const path = join(dir, "log.csv");
    const header = "Ngày bắt đầu,Ngày kết thúc,Đơn vị,Hình thức,Kênh,Nội dung,Tiêu đề,Số lượt tiếp cận,Kế hoạch\n";
    writeFileSync(
      path,
      `${header}10/03/2022,11/03/2022,Văn phòng Sở,"Hội nghị, tập huấn",Hội trường Sở,"N03; ISO 9001:2015",Tập huấn một cửa,,88/SKHCN-VP\n`.normalize(
        "NFD",
      ),
    );
    const first = await runImport(h.db, path, { by: "office" });
    expect([first.insert, first.rejected.length]).toEqual([1, 0]);
    const [a] = await rows<{ title: string; topics: string; plan: string }>(
      h,
      sql`SELECT a.title, (SELECT string_agg(topic_code, ',' ORDER BY topic_code) FROM activity_topics WHERE activity_id = a.id) AS topics, p.number AS plan
          FROM activities a JOIN plans p ON p.id = a.plan_id WHERE a.import_batch_id = ${first.batchId}`,
    );
    expect(a).toEqual({ title: "Tập huấn một cửa", topics: "N03,N04.10", plan: "88/SKHCN-VP" });

    writeFileSync(
      path,
      `${header}10/03/2022,12/03/2022,Văn phòng Sở,F2,Hội trường Sở,N03,Tập huấn một cửa,,88/SKHCN-VP\n`,
    );
    const second = await runImport(h.db, path, { by: "office" });
    expect(second.update).toBe(1);
    expect(second.changes.map((c) => [c.field, c.from, c.to])).toEqual([
      ["endsOn", "2022-03-11", "2022-03-12"],
      ["topics", "N03; N04.10", "N03"],
    ]);
    await undoImport(h.db, second.batchId!, "office");
    const [back] = await rows<{ ends_on: string; n: number }>(
      h,
      sql`SELECT a.ends_on::text, (SELECT count(*)::int FROM activity_topics WHERE activity_id = a.id) AS n FROM activities a WHERE a.import_batch_id = ${first.batchId}`,
    );
    expect(back).toEqual({ ends_on: "2022-03-11", n: 2 });
  });

  it("writes blank templates whose headers the importer reads", async () => {
    for (const format of ["csv", "xlsx"] as const) {
      const path = join(dir, `template.${format}`);
      await writeActivityTemplate(path, format);
      expect((await openTable(path)).headers.slice(0, 4)).toEqual(["Mã", "Ngày bắt đầu", "Ngày kết thúc", "Đơn vị"]);
    }
  });
});
