import { type DbHandle, queryRows, seed, sql } from "@cchc/db";
import { createTestDb, testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshRollups } from "../src/modules/activities/activity-rollup";

describe.each(testDrivers())("activity rollups refreshed single-flight on %s", (driver) => {
  let handle: DbHandle;
  let refreshes = 0;
  beforeAll(async () => {
    handle = await createTestDb(driver, {
      onQuery: (q) => {
        if (q.includes("refresh_activity_rollups")) refreshes++;
      },
    });
    await seed(handle.db);
  });
  afterAll(() => handle?.close());

  const doseTotal = async () =>
    (await queryRows<{ n: number }>(handle.db, sql`SELECT coalesce(sum(n), 0)::int AS n FROM activity_dose_rollup`))[0]!
      .n;
  const activities = async () =>
    (await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM activities`))[0]!.n;

  it("a burst of 30 readers costs at most two checks, and every reader sees writes made before it", async () => {
    await refreshRollups(handle.db);
    expect(await doseTotal()).toBe(await activities());
    // TEST FIXTURE: 40 generated activities, written before the burst.
    await handle.db.execute(sql`
      INSERT INTO activities (organisation_code, form_code, title, starts_on, ends_on, is_demo)
      SELECT 'SKHCN_NA.VP', 'F1', 'Hoạt động thử ' || g, DATE '2023-03-01' + g, DATE '2023-03-01' + g, true
      FROM generate_series(1, 40) g`);
    refreshes = 0;
    await Promise.all(Array.from({ length: 30 }, () => refreshRollups(handle.db)));
    expect(refreshes).toBeGreaterThanOrEqual(1);
    expect(refreshes).toBeLessThanOrEqual(2);
    expect(await doseTotal()).toBe(await activities());
  });

  it("readers arriving during a check wait for one queued after it, which sees a write committed meanwhile", async () => {
    const first = refreshRollups(handle.db);
    await handle.db.execute(sql`
      INSERT INTO activities (organisation_code, form_code, title, starts_on, ends_on, is_demo)
      VALUES ('SKHCN_NA.VP', 'F1', 'Hoạt động thử muộn', DATE '2024-05-02', DATE '2024-05-02', true)`);
    refreshes = 0;
    // Whether or not `first` is still running, the burst after the write costs at most two checks.
    const later = Array.from({ length: 10 }, () => refreshRollups(handle.db));
    await Promise.all([first, ...later]);
    expect(refreshes).toBeGreaterThanOrEqual(1);
    expect(refreshes).toBeLessThanOrEqual(2);
    expect(await doseTotal()).toBe(await activities());
  });
});
