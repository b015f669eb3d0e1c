/**
 * TEST FIXTURE — generated tables for the 63 → 34 merger, never seeded and
 * never real: the values are made up (with ties on purpose) so imports,
 * rankings and profiles across 2024 → 2025 can be checked. Names are written
 * as a 2025 table would write them ("Huế", not "Thừa Thiên Huế").
 */
import { type DbHandle, sql, unitsDay } from "@cchc/db";

export const FIXTURE_SOURCE = "TEST FIXTURE — generated for tests; not published data";
export const LONG_HEADER = "Đối tượng,Chỉ số,Chỉ số thành phần,Năm,Điểm,Xếp hạng,Trên tổng số,Nguồn";

export interface FixtureUnit {
  code: string;
  name: string;
  value: number;
}

/** The units of a survey year (valid on 1 July) by name, each with a generated value; 4 pairs tie in 2025. */
export async function fixtureUnits(h: DbHandle, year: number): Promise<FixtureUnit[]> {
  const r = (await h.db.execute(sql`
    SELECT code, name_vi AS name FROM provinces
    WHERE valid_from <= ${unitsDay(year)} AND (valid_to IS NULL OR valid_to >= ${unitsDay(year)})
    ORDER BY code`)) as unknown as { code: string; name: string }[] | { rows: { code: string; name: string }[] };
  const units = Array.isArray(r) ? r : r.rows;
  return units.map((u, i) => ({
    code: u.code,
    name: u.code === "46" && year >= 2025 ? "Huế" : u.name,
    value: 60 + ((i * 7 + year) % 30),
  }));
}

/** The long template: one SIPAS total (or component) per unit and year. */
export const longTable = (year: number, units: FixtureUnit[], component = "") =>
  [LONG_HEADER, ...units.map((u) => `${u.name},SIPAS,${component},${year},${u.value},,,${FIXTURE_SOURCE}`)].join("\n");

/** Standard competition ranking (1, 2, 2, 4) of values, higher better: the expected ranks, computed independently. */
export const competitionRanks = (values: number[]) => values.map((v) => 1 + values.filter((o) => o > v).length);
