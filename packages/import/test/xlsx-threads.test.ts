import { join } from "node:path";
import type { DbHandle } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportActivities, runImport } from "../src/index";
import { fingerprint, seededDb, tmp } from "./helpers";

describe.each(testDrivers())("XLSX activity logs on either reader on %s", (driver) => {
  let h: DbHandle;
  const dir = tmp();
  beforeAll(async () => {
    h = await seededDb(driver, true);
  });
  afterAll(() => h?.close());

  it.each([false, true])("re-imports an exported XLSX unchanged (activity reader thread: %s)", async (readerThread) => {
    const path = join(dir, `activities-${readerThread}.xlsx`);
    expect(await exportActivities(h.db, path, "xlsx")).toBe(80);
    const before = await fingerprint(h);
    const r = await runImport(h.db, path, { by: "test", readerThread });
    expect([r.kind, r.insert, r.update, r.unchanged, r.rejected]).toEqual(["activities", 0, 0, 80, []]);
    expect(await fingerprint(h)).toEqual(before);
  });
});
