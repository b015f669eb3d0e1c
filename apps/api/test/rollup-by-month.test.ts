import { type Db, queryRows, seed, sql } from "@cchc/db";
import { createTestDb, testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type Handle = Awaited<ReturnType<typeof createTestDb>>;

/** Every row of the four activity rollups, in one canonical order each. */
async function rollups(db: Db) {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT
      (SELECT json_agg(r ORDER BY r::text) FROM activity_rollup r) AS months,
      (SELECT json_agg(r ORDER BY r::text) FROM activity_topic_rollup r) AS topics,
      (SELECT json_agg(r ORDER BY r::text) FROM activity_topic_set_rollup r) AS sets,
      (SELECT json_agg(r ORDER BY r::text) FROM activity_dose_rollup r) AS doses`,
  );
  return row!;
}

const dirty = async (db: Db) =>
  (
    await queryRows<{ month: string }>(db, sql`SELECT month::text AS month FROM activity_rollup_dirty ORDER BY month`)
  ).map((r) => r.month);

const refresh = (db: Db) => db.execute(sql`SELECT refresh_activity_rollups()`);

/** What a rebuild of the whole log gives (the rollup state is put back to "never built"). */
async function rebuiltWhole(db: Db) {
  await db.execute(sql`UPDATE rollup_state SET built_version = -1 WHERE name = 'activities'`);
  await refresh(db);
  return rollups(db);
}

/**
 * Migration 0018: writes record the start months they touch, and the next
 * refresh rebuilds only those months (and the dose rollup's years around
 * them). After every kind of write the rollups must equal a rebuild of the
 * whole log.
 */
describe.each(testDrivers())("activity rollups rebuilt by month on %s", (driver) => {
  let handle: Handle;
  let db: Db;
  beforeAll(async () => {
    handle = await createTestDb(driver);
    db = handle.db;
    await seed(db);
    // TEST FIXTURE: 400 generated activities over 2021–2023, one or two topics each.
    await db.execute(sql`
      INSERT INTO activities (organisation_code, form_code, title, starts_on, ends_on, reach, is_demo)
      SELECT (ARRAY['SKHCN_NA.VP','SKHCN_NA.TTTT'])[1 + g % 2], 'F' || (1 + g % 5), 'Hoạt động thử ' || g,
             d, d + (g % 40), g % 300, false
      FROM generate_series(1, 400) g, LATERAL (SELECT DATE '2021-01-01' + (g * 7919) % 1095 AS d) x`);
    await db.execute(sql`
      INSERT INTO activity_topics (activity_id, topic_code)
      SELECT a.id, t.codes[1 + a.id % array_length(t.codes, 1)] FROM activities a,
             (SELECT array_agg(code ORDER BY code) AS codes FROM topics) t WHERE a.title LIKE 'Hoạt động thử %'`);
    await refresh(db);
  });
  afterAll(() => handle?.close());

  const one = async () =>
    (
      await queryRows<{ id: number }>(
        db,
        sql`SELECT id FROM activities WHERE title LIKE 'Hoạt động thử %' AND starts_on BETWEEN '2022-03-01' AND '2022-03-31' ORDER BY id LIMIT 1`,
      )
    )[0]!.id;

  it("marks only the month a new activity starts in, and rebuilds it to the whole log's figures", async () => {
    expect(await dirty(db)).toEqual([]);
    await db.execute(sql`
      INSERT INTO activities (organisation_code, form_code, title, starts_on, ends_on, reach, is_demo)
      VALUES ('SKHCN_NA.VP', 'F1', 'Hoạt động thử mới', '2022-05-10', '2022-07-02', 120, false)`);
    expect(await dirty(db)).toEqual(["2022-05-01"]);
    await refresh(db);
    expect(await dirty(db)).toEqual([]);
    const incremental = await rollups(db);
    expect(incremental).toEqual(await rebuiltWhole(db));
  });

  it("moves an activity between months: both months rebuilt", async () => {
    const id = await one();
    await db.execute(sql`UPDATE activities SET starts_on = '2023-11-03', ends_on = '2023-11-04' WHERE id = ${id}`);
    expect(await dirty(db)).toEqual(["2022-03-01", "2023-11-01"]);
    await refresh(db);
    expect(await rollups(db)).toEqual(await rebuiltWhole(db));
  });

  it("follows topic changes and deletions", async () => {
    const id = await one();
    await db.execute(sql`DELETE FROM activity_topics WHERE activity_id = ${id}`);
    await db.execute(sql`INSERT INTO activity_topics (activity_id, topic_code) SELECT ${id}, code FROM topics LIMIT 2`);
    expect(await dirty(db)).toEqual(["2022-03-01"]);
    await refresh(db);
    expect(await rollups(db)).toEqual(await rebuiltWhole(db));

    await db.execute(sql`DELETE FROM activities WHERE id = ${id}`);
    await refresh(db);
    expect(await rollups(db)).toEqual(await rebuiltWhole(db));
  });

  it("rebuilds everything after a TRUNCATE", async () => {
    await db.execute(sql`TRUNCATE activity_topics`);
    expect(await dirty(db)).toEqual(["-infinity", "infinity"]);
    await refresh(db);
    const after = await rollups(db);
    expect(after.topics).toBeNull();
    expect(after).toEqual(await rebuiltWhole(db));
  });
});
