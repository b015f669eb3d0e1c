import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../src/client";
import { seed } from "../src/seed/index";
import { createTestDb, testDrivers } from "../src/testing";

describe.each(testDrivers())("seed on %s", (driver) => {
  let h: DbHandle;
  let first: Record<string, number>;
  beforeAll(async () => {
    h = await createTestDb(driver);
    first = (await seed(h.db)).inserted;
  });
  afterAll(() => h?.close());

  const one = async <T>(q: ReturnType<typeof sql>) =>
    ((await h.db.execute(q)) as unknown as { rows?: T[] }).rows?.[0] ?? ((await h.db.execute(q)) as unknown as T[])[0]!;

  it("inserts nothing the second time", async () => {
    const second = (await seed(h.db)).inserted;
    expect(Object.values(first).reduce((a, b) => a + b, 0)).toBeGreaterThan(500);
    expect(Object.values(second).every((n) => n === 0)).toBe(true);
  });

  it("has the 63 provinces before the merger and 34 after", async () => {
    const row = await one<{ before: number; after: number }>(sql`
      SELECT count(*) FILTER (WHERE valid_from <= '2025-06-30' AND coalesce(valid_to, 'infinity') >= '2025-06-30')::int AS before,
             count(*) FILTER (WHERE valid_from <= '2025-07-01' AND valid_to IS NULL)::int AS after
      FROM provinces`);
    expect(row).toEqual({ before: 63, after: 34 });
  });

  it("maps every one of the 63 to a unit valid after 1/7/2025", async () => {
    const row = await one<{ n: number; bad: number }>(sql`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE p.valid_to IS NOT NULL)::int AS bad
      FROM province_crosswalk c JOIN provinces p ON p.code = c.new_code WHERE c.effective_on = '2025-07-01'`);
    expect(row).toEqual({ n: 63, bad: 0 });
  });

  it("stores plan 88 with 19 topics, 5 forms and 4 duties", async () => {
    const row = await one<{ topics: number; forms: number; duties: number; title: string }>(sql`
      SELECT (SELECT count(*)::int FROM plan_topics WHERE plan_id = p.id) AS topics,
             (SELECT count(*)::int FROM plan_forms WHERE plan_id = p.id) AS forms,
             (SELECT count(*)::int FROM plan_responsibilities WHERE plan_id = p.id) AS duties,
             p.title_vi AS title
      FROM plans p WHERE p.number = '88/SKHCN-VP'`);
    expect(row).toEqual({
      topics: 19,
      forms: 5,
      duties: 4,
      title: "Kế hoạch tuyên truyền cải cách hành chính năm 2022",
    });
  });

  it("gives every seeded Nghệ An figure a source URL and the version of its year", async () => {
    const row = await one<{ n: number; no_source: number; papi_2023: string; version: string }>(sql`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE source_url IS NULL)::int AS no_source,
             max(value::text) FILTER (WHERE index_code = 'PAPI' AND year = 2023 AND component_id IS NULL) AS papi_2023,
             max(version_code) FILTER (WHERE index_code = 'PAPI' AND year = 2017) AS version
      FROM index_values WHERE subject_code = '40'`);
    expect(row).toEqual({ n: 36, no_source: 0, papi_2023: "42.8474", version: "PAPI_2011" });
  });

  it("labels every demo activity as such", async () => {
    const row = await one<{ n: number; unlabelled: number }>(sql`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE NOT is_demo OR title NOT LIKE '[Minh họa]%')::int AS unlabelled FROM activities`);
    expect(row.n).toBeGreaterThan(0);
    expect(row.unlabelled).toBe(0);
  });
});
