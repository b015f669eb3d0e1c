import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DbHandle } from "@cchc/db";
import { sql } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ImportReport, runImport } from "../src/index";
import { PAPI_DIR, rows, seededDb } from "./helpers";

const DIMS = [
  "D1_participation",
  "D2_transparency",
  "D3_vertical_accountability",
  "D4_control_of_corruption",
  "D5_public_admin_procedures",
  "D6_public_service_delivery",
  "D7_environmental_governance",
  "D8_e_governance",
];

describe.each(testDrivers())("PAPI panel 2011–2024 on %s", (driver) => {
  let h: DbHandle;
  let report: ImportReport;
  beforeAll(async () => {
    h = await seededDb(driver, false);
    report = await runImport(h.db, PAPI_DIR, { by: "test" });
  });
  afterAll(() => h?.close());

  it("imports cleanly in one batch", () => {
    expect(report.rejected).toEqual([]);
    expect(report.committed).toBe(true);
    expect(report.insert).toBeGreaterThan(25_000);
  });

  it("derives every dimension and total exactly as DERIVED_papi_dimension_totals_and_ranks.csv (4 decimals)", async () => {
    const derived = parse(readFileSync(join(PAPI_DIR, "DERIVED_papi_dimension_totals_and_ranks.csv")), {
      columns: true,
    }) as Record<string, string>[];
    const codebook = parse(readFileSync(join(PAPI_DIR, "codebook/codebook_provinces.csv")), {
      columns: true,
    }) as Record<string, string>[];
    const stored = await rows<{
      name_en: string;
      name_vi: string;
      year: number;
      component_id: string | null;
      value: string | null;
      status: string;
    }>(
      h,
      sql`SELECT p.name_en, p.name_vi, v.year, v.component_id, v.value::text AS value, v.status FROM index_values v JOIN provinces p ON p.code = v.subject_code
          WHERE v.index_code = 'PAPI' AND (v.component_id IS NULL OR v.component_id ~ '^PAPI\\.D[1-8]$')`,
    );
    const nameOf = new Map(codebook.map((c) => [c.Variable_Code!, c.Variable_Name!]));
    const norm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, "");
    const byKey = new Map(stored.map((s) => [`${norm(s.name_en)}|${s.year}|${s.component_id ?? "total"}`, s]));
    const nameVi = new Map(stored.map((s) => [norm(s.name_en), s.name_vi]));
    let compared = 0;
    for (const d of derived) {
      const name = norm(nameOf.get(d.province_code!)!);
      const year = Number(d.year);
      DIMS.forEach((col, i) => {
        if (!d[col]) return;
        const s = byKey.get(`${name}|${year}|PAPI.D${i + 1}`);
        expect(Number(s?.value).toFixed(4), `${d.province} ${year} D${i + 1}`).toBe(Number(d[col]).toFixed(4));
        compared++;
      });
      const complete = Number(d.n_dimensions_present) === (year >= 2018 ? 8 : 6);
      const total = byKey.get(`${name}|${year}|total`);
      // A published total the sum disagrees with is kept (next test); the report carries the sum.
      const kept = report.kept.find(
        (k) => k.file === `${year}.csv` && k.target === `PAPI tổng ${year} — ${nameVi.get(name)}`,
      );
      if (kept) {
        expect([Number(total?.value), kept.derived.toFixed(4)]).toEqual([
          kept.published,
          Number(d.total_unweighted_sum).toFixed(4),
        ]);
      } else if (complete)
        expect(Number(total?.value).toFixed(4), `${d.province} ${year} total`).toBe(
          Number(d.total_unweighted_sum).toFixed(4),
        );
      else expect(total?.status, `${d.province} ${year} total`).toBe("no_data");
      compared++;
    }
    expect(compared).toBeGreaterThan(6000);
  });

  it("keeps Nghệ An's published totals against the sums, adding digits only where they agree (seeded figures from baonghean.vn and noivu.nghean.gov.vn)", async () => {
    const stored = await rows<{
      year: number;
      value: string | null;
      value_derived: boolean;
      published_rank: number | null;
      source_url: string;
      note: string | null;
    }>(
      h,
      sql`SELECT year, value::text AS value, value_derived, published_rank, source_url, note FROM index_values
          WHERE subject_code = '40' AND index_code = 'PAPI' AND component_id IS NULL AND year IN (2014, 2015, 2017, 2023) ORDER BY year`,
    );
    const [y2014, y2015, y2017, y2023] = stored;
    // Rank only was published: the sum fills the value, the rank and its source stay.
    expect(y2014).toMatchObject({
      value: "36.5964",
      value_derived: true,
      published_rank: 27,
      note: expect.stringContaining("Thứ hạng theo https://baonghean.vn/"),
    });
    // 36,36 printed, 36,3586 summed: agrees at 2 decimals, so the 4-decimal sum is stored and the note keeps the print.
    expect(y2015).toMatchObject({
      value: "36.3586",
      value_derived: true,
      published_rank: 22,
      note: expect.stringContaining("Điểm công bố 36,36 (https://baonghean.vn/"),
    });
    // 35,77 printed, 35,7539 summed; 42,8474 official, 42,8473 summed: the published figures stay, untouched.
    expect(y2017).toMatchObject({
      value: "35.77",
      value_derived: false,
      source_url: expect.stringContaining("baonghean.vn"),
      note: null,
    });
    expect(y2023).toMatchObject({
      value: "42.8474",
      value_derived: false,
      source_url: expect.stringContaining("noivu.nghean.gov.vn"),
    });
    expect(report.kept.map((k) => [k.file, k.target, k.published, k.derived])).toEqual([
      ["2017.csv", "PAPI tổng 2017 — Nghệ An", 35.77, 35.7539],
      ["2023.csv", "PAPI tổng 2023 — Nghệ An", 42.8474, 42.8473],
    ]);
    expect(
      report.changes.filter(
        (c) => c.target.endsWith("Nghệ An") && [2017, 2023].some((y) => c.target.includes(` ${y} `)),
      ),
    ).toEqual([]);
    // The 2023 dimension scores published by noivu equal the sums: they stay marked as read, not derived.
    const [dims] = await rows<{ read: number; derived: number }>(
      h,
      sql`SELECT count(*) FILTER (WHERE NOT value_derived)::int AS read, count(*) FILTER (WHERE value_derived)::int AS derived FROM index_values
          WHERE subject_code = '40' AND index_code = 'PAPI' AND year = 2023 AND component_id ~ '^PAPI\.D[1-8]$'`,
    );
    expect(dims).toEqual({ read: 8, derived: 0 });
    // Elsewhere: sub-dimensions are read, dimensions and complete totals derived.
    const [kinds] = await rows<{ sub_derived: number; dim_read: number }>(
      h,
      sql`SELECT count(*) FILTER (WHERE component_id ~ '^PAPI\.D\d\.\d$' AND value_derived)::int AS sub_derived,
                 count(*) FILTER (WHERE (component_id IS NULL OR component_id ~ '^PAPI\.D\d$') AND value IS NOT NULL AND NOT value_derived)::int AS dim_read
          FROM index_values WHERE index_code = 'PAPI' AND subject_code <> '40'`,
    );
    expect(kinds).toEqual({ sub_derived: 0, dim_read: 0 });
  });

  it("records provinces without 2023 data (Quảng Ninh, Bình Dương) as no data, not zero", async () => {
    const r = await rows<{ code: string; status: string; value: string | null }>(
      h,
      sql`SELECT subject_code AS code, status, value::text AS value FROM index_values WHERE index_code = 'PAPI' AND year = 2023 AND component_id IS NULL AND status <> 'published' ORDER BY 1`,
    );
    expect(r).toEqual([
      { code: "22", status: "no_data", value: null },
      { code: "74", status: "no_data", value: null },
    ]);
  });

  it("stores each year under its methodology version (6 dimensions to 2017, 8 from 2018)", async () => {
    const r = await rows<{ year: number; version_code: string; dims: number }>(
      h,
      sql`SELECT year, min(version_code) AS version_code, count(DISTINCT component_id)::int AS dims FROM index_values
          WHERE index_code = 'PAPI' AND component_id ~ '^PAPI\\.D[1-8]$' AND year IN (2017, 2018) GROUP BY year ORDER BY year`,
    );
    expect(r).toEqual([
      { year: 2017, version_code: "PAPI_2011", dims: 6 },
      { year: 2018, version_code: "PAPI_2018", dims: 8 },
    ]);
  });
});
