import { readFileSync } from "node:fs";
import { type DbHandle, sql } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport } from "../src/index";
import { PCI_COLUMNS } from "../src/kinds/pci";
import { PCI_FILE, rows, seededDb } from "./helpers";

describe.each(testDrivers())("PCI 2005–2016 on %s", (driver) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await seededDb(driver, false);
  });
  afterAll(() => h?.close());

  it("stores every value of the tidy file unchanged, with the changing sub-index sets", async () => {
    const report = await runImport(h.db, PCI_FILE, { by: "test" });
    expect(report.rejected).toEqual([]);
    const file = parse(readFileSync(PCI_FILE), { columns: true }) as Record<string, string>[];
    const stored = await rows<{ name_en: string; year: number; c: string; value: number }>(
      h,
      sql`SELECT p.name_en, v.year, coalesce(v.component_id, '') AS c, v.value::float8 AS value
          FROM index_values v JOIN provinces p ON p.code = v.subject_code WHERE v.index_code = 'PCI' AND v.status = 'published' AND v.year <= 2016`,
    );
    const norm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, "");
    const byKey = new Map(stored.map((s) => [`${norm(s.name_en)}|${s.year}|${s.c}`, s.value]));
    let n = 0;
    for (const r of file) {
      for (const [col, comp] of Object.entries(PCI_COLUMNS)) {
        if (!r[col]) continue;
        expect(
          byKey.get(`${norm(r.province_canonical!)}|${r.year}|${comp ?? ""}`),
          `${r.province_canonical} ${r.year} ${col}`,
        ).toBe(Number(r[col]));
        n++;
      }
    }
    expect(n).toBe(stored.length);
    expect(n).toBeGreaterThan(7000);
  });

  it("marks the 22 units of 2005 (64 with Hà Tây) missing from PCI 2005 as no data", async () => {
    const [r] = await rows<{ n: number }>(
      h,
      sql`SELECT count(*)::int AS n FROM index_values WHERE index_code = 'PCI' AND year = 2005 AND status = 'no_data'`,
    );
    expect(r!.n).toBe(64 - 42);
  });
});
