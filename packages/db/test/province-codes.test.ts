import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../src/client";
import { seed } from "../src/seed/index";
import { createTestDb, testDrivers } from "../src/testing";
import { migrateBefore } from "./migrate-before";

/** Quyết định 19/2025/QĐ-TTg: the 34 province-level units and their codes, in force from 01/07/2025. */
const QD_19_2025: [string, string][] = [
  ["01", "Hà Nội"],
  ["04", "Cao Bằng"],
  ["08", "Tuyên Quang"],
  ["11", "Điện Biên"],
  ["12", "Lai Châu"],
  ["14", "Sơn La"],
  ["15", "Lào Cai"],
  ["19", "Thái Nguyên"],
  ["20", "Lạng Sơn"],
  ["22", "Quảng Ninh"],
  ["24", "Bắc Ninh"],
  ["25", "Phú Thọ"],
  ["31", "Hải Phòng"],
  ["33", "Hưng Yên"],
  ["37", "Ninh Bình"],
  ["38", "Thanh Hóa"],
  ["40", "Nghệ An"],
  ["42", "Hà Tĩnh"],
  ["44", "Quảng Trị"],
  ["46", "Thừa Thiên Huế"], // thành phố Huế: one unit with key "46", see seed/provinces.ts
  ["48", "Đà Nẵng"],
  ["51", "Quảng Ngãi"],
  ["52", "Gia Lai"],
  ["56", "Khánh Hòa"],
  ["66", "Đắk Lắk"],
  ["68", "Lâm Đồng"],
  ["75", "Đồng Nai"],
  ["79", "TP. Hồ Chí Minh"],
  ["80", "Tây Ninh"],
  ["82", "Đồng Tháp"],
  ["86", "Vĩnh Long"],
  ["91", "An Giang"],
  ["92", "Cần Thơ"],
  ["96", "Cà Mau"],
];

/** A failed statement's message with its causes (drizzle wraps the database error). */
const failure = (p: Promise<unknown>) =>
  p.then(
    () => "",
    (e: Error & { cause?: Error }) => `${e.message} ${e.cause?.message ?? ""}`,
  );
const rowsOf = <T>(r: unknown): T[] => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

describe.each(testDrivers())("official codes and eras on %s", (driver) => {
  let h: DbHandle;
  const all = async <T>(q: ReturnType<typeof sql>) => rowsOf<T>(await h.db.execute(q));
  beforeAll(async () => {
    h = await createTestDb(driver);
    await seed(h.db);
  });
  afterAll(() => h?.close());

  it("has 34 units valid on 2025-07-01 with the 34 unique codes of QĐ 19/2025", async () => {
    const rows = await all<{ gso_code: string; name_vi: string }>(sql`
      SELECT gso_code, name_vi FROM provinces
      WHERE valid_from <= '2025-07-01' AND coalesce(valid_to, 'infinity') >= '2025-07-01' ORDER BY gso_code`);
    expect(rows.map((r) => [r.gso_code, r.name_vi])).toEqual(QD_19_2025);
    expect(new Set(rows.map((r) => r.gso_code)).size).toBe(34);
  });

  it("maps every one of the 63 to exactly one successor valid on 2025-07-01", async () => {
    const rows = await all<{ old_code: string; n: number; ok: number }>(sql`
      SELECT o.code AS old_code, count(c.new_code)::int AS n,
             count(*) FILTER (WHERE p.valid_from <= '2025-07-01' AND p.valid_to IS NULL)::int AS ok
      FROM provinces o
      LEFT JOIN province_crosswalk c ON c.old_code = o.code AND c.effective_on = '2025-07-01'
      LEFT JOIN provinces p ON p.code = c.new_code
      WHERE o.valid_from <= '2025-06-30' AND coalesce(o.valid_to, 'infinity') >= '2025-06-30'
      GROUP BY o.code`);
    expect(rows).toHaveLength(63);
    expect(rows.filter((r) => r.n !== 1 || r.ok !== 1)).toEqual([]);
  });

  it("keeps old and new units of one code apart by validity; Nghệ An keeps its key", async () => {
    const rows = await all<{ code: string; name_vi: string; valid_to: string | null }>(sql`
      SELECT code, name_vi, valid_to::text FROM provinces WHERE gso_code IN ('44', '40') ORDER BY gso_code, valid_from`);
    expect(rows).toEqual([
      { code: "40", name_vi: "Nghệ An", valid_to: null },
      { code: "44", name_vi: "Quảng Bình", valid_to: "2025-06-30" },
      { code: "2025-quang-tri", name_vi: "Quảng Trị", valid_to: null },
    ]);
    const [self] = await all<{ new_code: string }>(
      sql`SELECT new_code FROM province_crosswalk WHERE old_code = '40' AND effective_on = '2025-07-01'`,
    );
    expect(self?.new_code).toBe("40");
  });

  it("refuses a second unit holding a code on the same day", async () => {
    expect(
      await failure(
        h.db.execute(sql`INSERT INTO provinces (code, gso_code, name_vi, name_en, region_code, valid_from)
        VALUES ('x-44', '44', 'Thử', 'Test', 'BTB_DHMT', '2030-01-01')`),
      ),
    ).toMatch(/Mã 44 đã thuộc đơn vị 2025-quang-tri/);
  });

  it("holds Bắc Trung Bộ's six until 2024 and five from 2025; a bound outside the province's life is refused", async () => {
    const members = async (year: number) =>
      (
        await all<{ code: string }>(sql`
        SELECT m.province_code AS code FROM peer_group_members m JOIN provinces p ON p.code = m.province_code
        WHERE m.peer_group_code = 'BAC_TRUNG_BO' AND coalesce(m.first_year, 0) <= ${year} AND coalesce(m.last_year, 9999) >= ${year}
          AND p.valid_from <= make_date(${year}, 7, 1) AND coalesce(p.valid_to, 'infinity') >= make_date(${year}, 7, 1)
        ORDER BY m.sort_order`)
      ).map((r) => r.code);
    expect(await members(2024)).toEqual(["38", "40", "42", "44", "45", "46"]);
    expect(await members(2025)).toEqual(["38", "40", "42", "46", "2025-quang-tri"]);
    expect(
      await failure(
        h.db.execute(
          sql`UPDATE peer_group_members SET last_year = 2026 WHERE peer_group_code = 'BAC_TRUNG_BO' AND province_code = '44'`,
        ),
      ),
    ).toMatch(/Quảng Bình không tồn tại năm 2026/);
  });
});

describe.each(testDrivers())("migration 0013 on a database seeded before it, on %s", (driver) => {
  let h: DbHandle;
  const all = async <T>(q: ReturnType<typeof sql>) => rowsOf<T>(await h.db.execute(q));
  beforeAll(async () => {
    // Migrations up to 0012 only, then rows as the old seed wrote them, then the real folder.
    h = await createTestDb(driver, { migrate: false });
    const migrateRest = await migrateBefore(h, "0013");
    await h.db.execute(
      sql`INSERT INTO regions (code, name_vi, name_en, sort_order) VALUES ('BTB_DHMT', 'BTB', 'NCC', 3)`,
    );
    await h.db.execute(sql`INSERT INTO provinces (code, gso_code, name_vi, name_en, region_code, valid_from, valid_to) VALUES
      ('40', '40', 'Nghệ An', 'Nghe An', 'BTB_DHMT', '2004-01-01', NULL),
      ('44', '44', 'Quảng Bình', 'Quang Binh', 'BTB_DHMT', '2004-01-01', '2025-06-30'),
      ('45', '45', 'Quảng Trị', 'Quang Tri', 'BTB_DHMT', '2004-01-01', '2025-06-30'),
      ('2025-quang-tri', NULL, 'Quảng Trị', 'Quang Tri', 'BTB_DHMT', '2025-07-01', NULL)`);
    await h.db.execute(sql`INSERT INTO peer_groups (code, name_vi) VALUES ('BAC_TRUNG_BO', 'Bắc Trung Bộ (6 tỉnh)')`);
    await h.db.execute(sql`INSERT INTO peer_group_members (peer_group_code, province_code, sort_order) VALUES
      ('BAC_TRUNG_BO', '40', 1), ('BAC_TRUNG_BO', '44', 3), ('BAC_TRUNG_BO', '45', 4)`);
    await migrateRest();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("gives the new Quảng Trị code 44 and moves Bắc Trung Bộ to its 2025 members, keys unchanged", async () => {
    expect(await all(sql`SELECT code, gso_code FROM provinces ORDER BY valid_from, code`)).toEqual([
      { code: "40", gso_code: "40" },
      { code: "44", gso_code: "44" },
      { code: "45", gso_code: "45" },
      { code: "2025-quang-tri", gso_code: "44" },
    ]);
    expect(
      await all(sql`SELECT province_code, first_year, last_year FROM peer_group_members ORDER BY sort_order`),
    ).toEqual([
      { province_code: "40", first_year: null, last_year: null },
      { province_code: "44", first_year: null, last_year: 2024 },
      { province_code: "45", first_year: null, last_year: 2024 },
      { province_code: "2025-quang-tri", first_year: 2025, last_year: null },
    ]);
    expect(await all(sql`SELECT name_vi FROM peer_groups`)).toEqual([{ name_vi: "Bắc Trung Bộ" }]);
  });
});
