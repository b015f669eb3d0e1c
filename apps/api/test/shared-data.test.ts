import { resolve } from "node:path";
import { type DbHandle, queryRows, seed, sql } from "@cchc/db";
import { createTestDb } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importSharedData, SHARED_TABLES } from "../src/shared-data";

const DATA_DIR = resolve(import.meta.dirname, "../../../../shared/data");

// One driver is enough: the importer itself is tested on both; this checks what npm start loads.
describe("a fresh database imports the published tables beside the repository", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb("pglite");
    await seed(handle.db, { demo: false });
  });
  afterAll(() => handle?.close());

  it("loads the PAPI panel and PCI 2005–2016 as undoable batches, and a second run adds nothing", async () => {
    const logs: string[] = [];
    expect(await importSharedData(handle.db, DATA_DIR, (m) => logs.push(m))).toBe(SHARED_TABLES.length);
    const count = async () =>
      queryRows<{ index: string; years: number; values: number }>(
        handle.db,
        sql`SELECT c.index_code AS index, count(DISTINCT v.year)::int AS years, count(*)::int AS values
            FROM index_values v JOIN index_components c ON c.id = v.component_id GROUP BY 1 ORDER BY 1`,
      );
    expect(logs[0]).toMatch(
      /papi-subdims: \d+ new, 6 updated figures; 2 published figures kept against the file's sums \(PAPI tổng 2017 — Nghệ An, PAPI tổng 2023 — Nghệ An\)$/,
    );
    const first = await count();
    expect(first.find((r) => r.index === "PAPI")?.years).toBe(14); // 2011–2024
    expect(first.find((r) => r.index === "PCI")?.years).toBe(12); // 2005–2016
    const [batches] = await queryRows<{ n: number }>(
      handle.db,
      sql`SELECT count(*)::int AS n FROM import_batches WHERE undone_at IS NULL`,
    );
    expect(batches!.n).toBe(2);
    await importSharedData(handle.db, DATA_DIR, (m) => logs.push(m));
    expect(await count()).toEqual(first);
    expect(logs.at(-1)).toMatch(/: 0 new, 0 updated figures$/);
  });

  it("skips a missing directory with a message instead of failing start-up", async () => {
    const logs: string[] = [];
    expect(await importSharedData(handle.db, "/nonexistent", (m) => logs.push(m))).toBe(0);
    expect(logs[0]).toMatch(/^published data not found, skipped: \/nonexistent\//);
  });
});
