import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../src/client";
import { createTestDb, testDrivers } from "../src/testing";
import { migrateBefore } from "./migrate-before";

const rowsOf = <T>(r: unknown): T[] => (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];

/** Migration 0017: a unit's plan duty, stored as `role` until then, becomes `duty`; its rows and its CHECK kept. */
describe.each(testDrivers())("migration 0017 on a database with plan duties stored as role, on %s", (driver) => {
  let h: DbHandle;
  const all = async <T>(q: ReturnType<typeof sql>) => rowsOf<T>(await h.db.execute(q));
  beforeAll(async () => {
    // Migrations before 0017 only, then duties as the old schema wrote them, then the real folder.
    h = await createTestDb(driver, { migrate: false });
    const migrateRest = await migrateBefore(h, "0017");
    await h.db.execute(
      sql`INSERT INTO regions (code, name_vi, name_en, sort_order) VALUES ('BTB_DHMT', 'BTB', 'NCC', 3)`,
    );
    await h.db.execute(sql`INSERT INTO provinces (code, gso_code, name_vi, name_en, region_code, valid_from, valid_to)
      VALUES ('40', '40', 'Nghệ An', 'Nghe An', 'BTB_DHMT', '2004-01-01', NULL)`);
    await h.db.execute(sql`INSERT INTO organisations (code, kind, name_vi, province_code) VALUES
      ('SKHCN_NA', 'department', 'Sở Khoa học và Công nghệ', '40')`);
    await h.db.execute(sql`INSERT INTO plans (id, number, title_vi, issuer_code, issued_on, year)
      VALUES (1, '88/SKHCN-VP', 'Kế hoạch tuyên truyền CCHC năm 2022', 'SKHCN_NA', '2022-02-10', 2022)`);
    await h.db.execute(sql`INSERT INTO plan_responsibilities (plan_id, organisation_code, applies_to_all_units, role, duty_vi, sort_order)
      VALUES (1, 'SKHCN_NA', false, 'lead', 'Hướng dẫn thực hiện.', 0), (1, NULL, true, 'implement', 'Tham gia.', 1)`);
    await migrateRest();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("keeps each row's duty under the new name; no column role is left", async () => {
    expect(await all(sql`SELECT duty, duty_vi FROM plan_responsibilities ORDER BY sort_order`)).toEqual([
      { duty: "lead", duty_vi: "Hướng dẫn thực hiện." },
      { duty: "implement", duty_vi: "Tham gia." },
    ]);
    expect(
      await all(
        sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'plan_responsibilities' AND column_name IN ('role', 'duty')`,
      ),
    ).toEqual([{ column_name: "duty" }]);
  });

  it("renames the CHECK, which still refuses a duty outside lead, monitor, implement", async () => {
    expect(
      await all(
        sql`SELECT conname FROM pg_constraint WHERE conrelid = 'plan_responsibilities'::regclass AND conname LIKE 'plan_responsibilities_%' AND contype = 'c' ORDER BY conname`,
      ),
    ).toEqual([
      { conname: "plan_responsibilities_duty" },
      { conname: "plan_responsibilities_duty_vi_nfc" },
      { conname: "plan_responsibilities_target" },
    ]);
    const refused = await h.db
      .execute(sql`UPDATE plan_responsibilities SET duty = 'chủ trì' WHERE sort_order = 0`)
      .then(
        () => "",
        (e: { message: string; cause?: { message?: string } }) => `${e.message} ${e.cause?.message ?? ""}`,
      );
    expect(refused).toMatch(/plan_responsibilities_duty/);
    await h.db.execute(sql`UPDATE plan_responsibilities SET duty = 'monitor' WHERE sort_order = 0`);
  });
});
