import { type DbHandle, queryRows, seed, sql } from "@cchc/db";
import { createTestDb, testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activityStats } from "../src/modules/activities/activities.service";
import { refreshRollups } from "../src/modules/activities/activity-rollup";

/**
 * readFresh: a read of the rollups carries their freshness in the same
 * statement, so a current rollup costs that one statement, and a write since
 * the last build is noticed by the read itself (refresh, then read again).
 */
describe.each(testDrivers())("reads of the activity rollups check their freshness themselves on %s", (driver) => {
  let handle: DbHandle;
  let statements: string[] = [];
  beforeAll(async () => {
    handle = await createTestDb(driver, { onQuery: (q) => statements.push(q) });
    await seed(handle.db);
  });
  afterAll(() => handle?.close());

  const total = async () =>
    (await activityStats(handle.db, { groupBy: [] })).reduce((sum, group) => sum + group.count, 0);
  const activities = async () =>
    (await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM activities`))[0]!.n;

  it("costs one statement and no separate check when the rollups are current", async () => {
    await refreshRollups(handle.db);
    statements = [];
    expect(await total()).toBe(await activities());
    const reads = statements.filter((q) => q.includes("activity_rollup"));
    expect(statements.filter((q) => q.includes("refresh_activity_rollups"))).toHaveLength(0);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/FROM rollup_state/);
  });

  it("answers no groups with one statement too: the freshness row comes without a group, and is dropped", async () => {
    await refreshRollups(handle.db);
    statements = [];
    const none = await activityStats(handle.db, {
      filter: { from: "1990-01-01", to: "1990-12-31" },
      groupBy: ["UNIT"],
    });
    expect(none).toEqual([]);
    expect(statements.filter((q) => q.includes("refresh_activity_rollups"))).toHaveLength(0);
    expect(statements.filter((q) => q.includes("activity_rollup"))).toHaveLength(1);
  });

  it("sees a write made before it: the statement finds the rollups behind, refreshes them and reads again", async () => {
    const before = await total();
    // TEST FIXTURE: three generated activities, written after the rollups were last built.
    await handle.db.execute(sql`
      INSERT INTO activities (organisation_code, form_code, title, starts_on, ends_on, is_demo)
      SELECT 'SKHCN_NA.VP', 'F1', 'Hoạt động thử ' || g, DATE '2023-04-01' + g, DATE '2023-04-01' + g, true
      FROM generate_series(1, 3) g`);
    statements = [];
    expect(await total()).toBe(before + 3);
    expect(await total()).toBe(await activities());
    const kinds = statements.map((q) =>
      q.includes("refresh_activity_rollups") ? "refresh" : q.includes("activity_rollup") ? "read" : "other",
    );
    // The first read (behind), the refresh, the read again; then the next request: one read.
    expect(kinds.filter((k) => k !== "other")).toEqual(["read", "refresh", "read", "read"]);
  });
});
