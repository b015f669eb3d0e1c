import { createServiceToken, type DbHandle, queryRows, seed, sql } from "@cchc/db";
import { createTestDb, testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../src/env";
import { type ApiServer, createServer } from "../src/server";

const STATS = `{ activityStats(groupBy: [UNIT], period: YEAR) { count } }`;
const CREATE = `mutation($input: ActivityInput!) { createActivity(input: $input) { id } }`;
// TEST FIXTURE: one made-up activity.
const INPUT = { unit: "SKHCN_NA.TTTT", form: "F1", topics: ["N02"], title: "Bài thử bản sao", startsOn: "2024-05-06" };

describe.each(testDrivers())("DATABASE_READ_URL: queries read the replica on %s", (driver) => {
  let primary: DbHandle;
  let replica: DbHandle;
  let server: ApiServer;
  let url: string;
  let viewer: string;
  let editor: string;
  const count = async (h: DbHandle) =>
    (await queryRows<{ n: number }>(h.db, sql`SELECT count(*)::int AS n FROM activities`))[0]!.n;
  beforeAll(async () => {
    // Two databases stand for a primary and its replica; the "replica" has 25 more activities (TEST FIXTURE).
    [primary, replica] = await Promise.all([createTestDb(driver), createTestDb(driver)]);
    await seed(primary.db);
    await seed(replica.db);
    await replica.db.execute(sql`
      INSERT INTO activities (organisation_code, form_code, title, starts_on, ends_on, is_demo)
      SELECT 'SKHCN_NA.VP', 'F1', 'Chỉ ở bản sao ' || g, DATE '2023-03-01', DATE '2023-03-01', true FROM generate_series(1, 25) g`);
    // Tokens are checked on the primary only.
    viewer = (await createServiceToken(primary.db, { name: "Đọc", role: "viewer", createdBy: "test" })).token;
    editor = (await createServiceToken(primary.db, { name: "Ghi", role: "editor", createdBy: "test" })).token;
    server = await createServer({ db: primary.db, readDb: replica.db, log: () => {}, tokenCacheSeconds: 0 });
    url = await server.listen(0);
  }, 300_000);
  afterAll(async () => {
    await server?.stop();
    await primary?.close();
    await replica?.close();
  });
  const gql = async (token: string, query: string, variables?: unknown) =>
    (await (
      await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      })
    ).json()) as { data?: { activityStats?: { count: number }[] }; errors?: unknown[] };

  it("answers queries from the replica and writes mutations to the primary", async () => {
    const total = async () => (await gql(viewer, STATS)).data!.activityStats!.reduce((a, g) => a + g.count, 0);
    const [p0, r0] = [await count(primary), await count(replica)];
    expect(r0).toBe(p0 + 25);
    expect(await total()).toBe(r0);
    expect((await gql(editor, CREATE, { input: INPUT })).errors).toBeUndefined();
    expect([await count(primary), await count(replica)]).toEqual([p0 + 1, r0]);
    expect(await total()).toBe(r0); // the replica has not received it (no replication between test databases)
  });
});

describe("API_WORKERS and DATABASE_READ_URL validation", () => {
  it("refuses more than one worker, or a read replica, on the embedded database", () => {
    expect(() => readEnv({ API_WORKERS: "2", DATA_DIR: "./.data/pglite" })).toThrow(/API_WORKERS=2 needs DATABASE_URL/);
    expect(() => readEnv({ DATABASE_READ_URL: "postgres://r/x", DATA_DIR: "./.data/pglite" })).toThrow(
      /DATABASE_READ_URL needs DATABASE_URL/,
    );
    expect(readEnv({ API_WORKERS: "2", DATABASE_URL: "postgres://h/db" }).API_WORKERS).toBe(2);
    expect(() => readEnv({ REDIS_URL: "http://x" })).toThrow(/REDIS_URL/);
  });
});
