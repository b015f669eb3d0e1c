import { type DbHandle, sql } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport, UndoError, undoImport } from "../src/index";
import { fingerprint, PAPI_DIR, rows, seededDb } from "./helpers";

describe.each(testDrivers())("re-import and undo on %s", (driver) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await seededDb(driver, false);
  });
  afterAll(() => h?.close());

  const ngheAn = (year: number) =>
    rows<{
      value: string | null;
      published_rank: number | null;
      source_url: string;
      value_derived: boolean;
      note: string | null;
    }>(
      h,
      sql`SELECT value::text AS value, published_rank, source_url, value_derived, note FROM index_values WHERE subject_code = '40' AND index_code = 'PAPI' AND component_id IS NULL AND year = ${year}`,
    );

  it("dry run reports seeded figures it would change, old → new, and writes nothing", async () => {
    const before = await fingerprint(h);
    const report = await runImport(h.db, PAPI_DIR, { by: "test", dryRun: true });
    expect(report.committed).toBe(false);
    expect(report.changes).toContainEqual(
      expect.objectContaining({
        file: "2015.csv",
        target: "PAPI tổng 2015 — Nghệ An",
        field: "value",
        from: 36.36,
        to: 36.3586,
      }),
    );
    expect(report.kept).toContainEqual(
      expect.objectContaining({
        file: "2023.csv",
        target: "PAPI tổng 2023 — Nghệ An",
        published: 42.8474,
        derived: 42.8473,
      }),
    );
    expect(await fingerprint(h)).toEqual(before);
  });

  it("keeps a published rank the file does not give, and records where it came from", async () => {
    const report = await runImport(h.db, PAPI_DIR, { by: "test" });
    expect(report.batchId).toBeDefined();
    const [r] = await ngheAn(2021);
    expect(r).toMatchObject({ published_rank: 15 });
    expect(Number(r!.value)).toBeGreaterThan(30);
  });

  it("changes nothing when the same files are imported again", async () => {
    const before = await fingerprint(h);
    const again = await runImport(h.db, PAPI_DIR, { by: "test" });
    expect([again.insert, again.update, again.committed]).toEqual([0, 0, false]);
    expect(await fingerprint(h)).toEqual(before);
  });

  it("undo deletes what the batch inserted and restores what it overwrote", async () => {
    const [batch] = await rows<{ id: number }>(h, sql`SELECT max(id)::int AS id FROM import_batches`);
    const result = await undoImport(h.db, batch!.id, "test");
    expect(result.restored).toBeGreaterThan(0);
    const [r2015] = await ngheAn(2015);
    expect(r2015).toMatchObject({ value: "36.36", published_rank: 22, value_derived: false, note: null });
    expect(r2015!.source_url).toContain("baonghean.vn");
    const [left] = await rows<{ n: number }>(
      h,
      sql`SELECT count(*)::int AS n FROM index_values WHERE index_code = 'PAPI' AND subject_code <> '40'`,
    );
    expect(left!.n).toBe(0);
    await expect(undoImport(h.db, batch!.id, "test")).rejects.toThrow(UndoError);
  });
});
