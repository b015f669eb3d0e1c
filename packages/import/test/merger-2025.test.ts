import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type DbHandle, sql } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportRejected, type ImportReport, runImport } from "../src/index";
import { fingerprint, PAPI_DIR, rows, seededDb, tmp } from "./helpers";
import { FIXTURE_SOURCE, fixtureUnits, LONG_HEADER, longTable } from "./merger-fixture";

describe.each(testDrivers())("2025 tables of the 34 units (TEST FIXTURE) on %s", (driver) => {
  let h: DbHandle;
  const dir = tmp();
  beforeAll(async () => {
    h = await seededDb(driver, false);
  });
  afterAll(() => h?.close());

  const write = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  async function refused(path: string): Promise<ImportReport> {
    const before = await fingerprint(h);
    const error = await runImport(h.db, path, { by: "test" }).catch((e) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    expect(await fingerprint(h)).toEqual(before);
    return (error as ImportRejected).report;
  }

  it("previews a 2025 table naming the 34: each name is the new unit, and the preview says so", async () => {
    const units = await fixtureUnits(h, 2025);
    expect(units).toHaveLength(34);
    const report = await runImport(h.db, write("sipas-2025.csv", longTable(2025, units)), { by: "test", dryRun: true });
    expect(report).toMatchObject({ rows: 34, insert: 34, update: 0, rejected: [], committed: false });
    const quangTri = report.units!.find((u) => u.written === "Quảng Trị");
    expect(quangTri).toMatchObject({ year: 2025, code: "2025-quang-tri", gsoCode: "44" });
    expect(quangTri!.note).toBe(
      "“Quảng Trị” năm 2025: Quảng Trị (mã 44), đơn vị mới từ 01/07/2025, hợp nhất Quảng Bình, Quảng Trị",
    );
    // The 23 units formed on 01/07/2025 are each named in the preview; the 11 that continued are not.
    expect(report.units!.map((u) => u.code).sort()).toEqual(
      units
        .filter((u) => u.code.startsWith("2025-"))
        .map((u) => u.code)
        .sort(),
    );
    expect(report.units!.some((u) => u.code === "40" || u.code === "46")).toBe(false);
  });

  it("commits it: 34 values for 2025, on the 34 units' keys, Nghệ An on 40, sourced as a fixture", async () => {
    const units = await fixtureUnits(h, 2025);
    const report = await runImport(h.db, write("sipas-2025.csv", longTable(2025, units)), { by: "test" });
    expect(report).toMatchObject({ insert: 34, committed: true });
    const stored = await rows<{ subject_code: string; value: number; source_url: string }>(
      h,
      sql`SELECT subject_code, value::float8 AS value, source_url FROM index_values WHERE index_code = 'SIPAS' AND year = 2025 ORDER BY subject_code`,
    );
    expect(stored.map((r) => r.subject_code)).toEqual(units.map((u) => u.code));
    expect(stored.find((r) => r.subject_code === "40")!.value).toBe(units.find((u) => u.code === "40")!.value);
    expect(new Set(stored.map((r) => r.source_url))).toEqual(new Set([FIXTURE_SOURCE]));
  });

  it("reads a 2024 “Quảng Trị” as the old unit, and says so", async () => {
    const report = await runImport(
      h.db,
      write(
        "sipas-2024.csv",
        `${LONG_HEADER}\nQuảng Trị,SIPAS,,2024,70,,,${FIXTURE_SOURCE}\n44,SIPAS,,2024,71,,,${FIXTURE_SOURCE}\n`,
      ),
      { by: "test", dryRun: true },
    );
    expect(report.rejected).toEqual([]);
    expect(report.units!.map((u) => [u.written, u.code, u.note])).toEqual([
      ["Quảng Trị", "45", "“Quảng Trị” năm 2024: Quảng Trị (mã 45), đơn vị đến 30/06/2025"],
      ["44", "44", "“44” năm 2024: Quảng Bình (mã 44), đơn vị đến 30/06/2025"],
    ]);
  });

  it("refuses a 2025 row naming a unit merged away, naming its successor, and writes nothing", async () => {
    const report = await refused(
      write(
        "old-names-2025.csv",
        `${LONG_HEADER}\nNghệ An,SIPAS,,2025,80,,,${FIXTURE_SOURCE}\nQuảng Bình,SIPAS,,2025,70,,,${FIXTURE_SOURCE}\nHà Giang,SIPAS,,2025,71,,,${FIXTURE_SOURCE}\n45,SIPAS,,2025,72,,,${FIXTURE_SOURCE}\n`,
      ),
    );
    expect(report.rejected).toEqual([
      {
        row: 3,
        column: "Đối tượng",
        code: "PROVINCE_MERGED",
        reason:
          "Quảng Bình đã hợp nhất vào Quảng Trị từ 01/07/2025: bảng năm 2025 ghi Quảng Trị (mã 44) (PROVINCE_MERGED)",
      },
      {
        row: 4,
        column: "Đối tượng",
        code: "PROVINCE_MERGED",
        reason:
          "Hà Giang đã hợp nhất vào Tuyên Quang từ 01/07/2025: bảng năm 2025 ghi Tuyên Quang (mã 08) (PROVINCE_MERGED)",
      },
      {
        row: 5,
        column: "Đối tượng",
        code: "PROVINCE_MERGED",
        reason:
          "Quảng Trị đã hợp nhất vào Quảng Trị từ 01/07/2025: bảng năm 2025 ghi Quảng Trị (mã 44) (PROVINCE_MERGED)",
      },
    ]);
  });

  it("refuses a 2024 row naming a unit formed only on 01/07/2025 by its key", async () => {
    const report = await refused(
      write("new-in-2024.csv", `${LONG_HEADER}\n2025-quang-tri,SIPAS,,2024,70,,,${FIXTURE_SOURCE}\n`),
    );
    expect(report.rejected).toEqual([
      {
        row: 2,
        column: "Đối tượng",
        code: "PROVINCE_NOT_IN_YEAR",
        reason: "Quảng Trị chỉ có từ 01/07/2025, chưa có trong năm 2024 (PROVINCE_NOT_IN_YEAR)",
      },
    ]);
  });

  it("reads the PCI tidy format for 2025 by the year's units: absent units of the 34 are “no data”", async () => {
    const units = (await fixtureUnits(h, 2025)).slice(0, 30);
    const path = write(
      "pci-2025.csv",
      ["year,province_canonical,pci_weighted", ...units.map((u) => `2025,${u.name},${u.value}`)].join("\n"),
    );
    const report = await runImport(h.db, path, { by: "test", kind: "pci", source: FIXTURE_SOURCE });
    expect(report.rejected).toEqual([]);
    const [counts] = await rows<{ published: number; no_data: number; old: number }>(
      h,
      sql`SELECT count(*) FILTER (WHERE status = 'published')::int AS published, count(*) FILTER (WHERE status = 'no_data')::int AS no_data,
                 count(*) FILTER (WHERE p.valid_to IS NOT NULL)::int AS old
          FROM index_values v JOIN provinces p ON p.code = v.subject_code WHERE v.index_code = 'PCI' AND v.year = 2025 AND v.component_id IS NULL`,
    );
    expect(counts).toEqual({ published: 30, no_data: 4, old: 0 });
  });
  it("reads a PAPI panel's 2025 file by the 34: a codebook id of a merged-away unit is refused in its rows", async () => {
    // TEST FIXTURE: the codebook's 34 units (English names, as the panel writes them) plus Quảng Bình,
    // every row carrying the sub-dimension scores of the real 2024 file's first row.
    const dir = join(tmp(), "papi-2025");
    mkdirSync(join(dir, "codebook"), { recursive: true });
    mkdirSync(join(dir, "csv"));
    const units = await rows<{ code: string; name_en: string }>(
      h,
      sql`SELECT code, name_en FROM provinces WHERE valid_from <= '2025-07-01' AND valid_to IS NULL ORDER BY code`,
    );
    const ids = [...units.map((u, i) => [`Q${i + 1}`, u.name_en] as const), ["Q99", "Quang Binh"] as const];
    writeFileSync(
      join(dir, "codebook", "codebook_provinces.csv"),
      ["Variable_Code,Variable_Name", ...ids.map(([id, n]) => `${id},${n}`)].join("\n"),
    );
    const [header, first] = readFileSync(join(PAPI_DIR, "csv", "2024.csv"), "utf8").split("\n");
    const scores = first!.split(",").slice(1).join(",");
    writeFileSync(join(dir, "csv", "2025.csv"), [header, ...ids.map(([id]) => `${id},${scores}`)].join("\n"));
    const report = await runImport(h.db, dir, { by: "test", dryRun: true, source: FIXTURE_SOURCE });
    expect(report.rejected).toEqual([
      {
        file: "2025.csv",
        row: 36,
        column: "Province",
        code: "PROVINCE_MERGED",
        reason:
          "Quảng Bình đã hợp nhất vào Quảng Trị từ 01/07/2025: bảng năm 2025 ghi Quảng Trị (mã 44) (PROVINCE_MERGED)",
      },
    ]);
    expect(report.units!.find((u) => u.written === "Quang Tri")).toMatchObject({ year: 2025, code: "2025-quang-tri" });
  });
});
