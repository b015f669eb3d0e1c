import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../src/client";
import { createTestDb, testDrivers } from "../src/testing";

describe.each(testDrivers())("fold_vi on %s", (driver) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb(driver);
  });
  afterAll(() => h?.close());

  it("folds diacritics and đ so 'cai cach' finds 'Cải cách' and 'dien tu' finds 'điện tử'", async () => {
    const res = (await h.db.execute(
      sql`SELECT fold_vi('Cải cách hành chính') AS a, fold_vi('Chính quyền ĐIỆN TỬ') AS b`,
    )) as unknown;
    const row = ((res as { rows?: unknown[] }).rows ?? (res as unknown[]))[0];
    expect(row).toEqual({ a: "cai cach hanh chinh", b: "chinh quyen dien tu" });
  });
});
