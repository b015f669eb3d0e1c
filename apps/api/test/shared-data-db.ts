import { resolve } from "node:path";
import { type DbHandle, seed } from "@cchc/db";
import { createTestDb, type TestDriver } from "@cchc/db/testing";
import { afterAll, beforeAll, expect } from "vitest";
import { importSharedData } from "../src/shared-data";

const DATA_DIR = resolve(import.meta.dirname, "../../../../shared/data");

/**
 * The calling describe's database: migrated, seeded without demo data and the
 * shared PAPI and PCI data imported in a beforeAll (up to ten minutes on a busy
 * machine), closed in its afterAll. The handle returned is filled in by that
 * beforeAll: use it in tests and later hooks only.
 */
export function useSharedDataDb(driver: TestDriver): DbHandle {
  const handle = {} as DbHandle;
  beforeAll(async () => {
    Object.assign(handle, await createTestDb(driver));
    await seed(handle.db, { demo: false });
    await importSharedData(handle.db, DATA_DIR, () => {});
  }, 600_000);
  afterAll(() => handle.close?.());
  return handle;
}

/** Equal, or both null; floats to 1e-9 relative (the database sums in another order). */
export function expectClose(a: number | null, b: number | null, what: string) {
  if (a === null || b === null) return expect(a, what).toBe(b);
  expect(Math.abs(a - b), `${what}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
}
