import { queryRows, sql } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rollupServes } from "../src/modules/activities/activity-rollup";
import { activityStats, type StatsArgs } from "../src/modules/activities/activities.service";
import { type Started, startApi } from "./helpers";

/** Filters and groupings the rollup must answer exactly as counting the rows does. */
const CASES: StatsArgs[] = [
  { groupBy: ["UNIT"], period: "MONTH" },
  { groupBy: ["FORM", "CHANNEL"], period: "QUARTER" },
  { groupBy: ["TOPIC"], period: "YEAR" },
  { groupBy: ["PLAN", "FORM"], filter: { from: "2022-01-01", to: "2022-12-31" } },
  { groupBy: ["UNIT"], period: "QUARTER", filter: { from: "2022-04-01", to: "2023-06-30", includeDemo: false } },
  { groupBy: ["FORM"], period: "YEAR", compareTo: "PREVIOUS_PERIOD" },
  {
    groupBy: ["UNIT", "FORM"],
    period: "MONTH",
    compareTo: "SAME_PERIOD_LAST_YEAR",
    filter: { from: "2023-01-01", to: "2023-12-31", units: ["SKHCN_NA.VP", "SKHCN_NA.TTTT"] },
  },
  { groupBy: ["TOPIC", "UNIT"], period: "QUARTER", filter: { forms: ["F1", "F2"], channel: "Website Sở" } },
  { period: "YEAR", filter: { plan: "1" } },
];

describe.each(testDrivers())("activityStats from the monthly rollup on %s", (driver) => {
  let api: Started;
  beforeAll(async () => {
    api = await startApi(driver);
    // More than the demo log: 3,000 generated activities over 2021–2024 with long ones spanning months and one or two topics each.
    await api.handle.db.execute(sql`
      INSERT INTO activities (organisation_code, form_code, channel, title, starts_on, ends_on, reach, participants, plan_id, is_demo)
      SELECT (ARRAY['SKHCN_NA.VP','SKHCN_NA.TTTT','SKHCN_NA.KHXHNV','SKHCN_NA.PCM'])[1 + g % 4], 'F' || (1 + g % 5),
             CASE WHEN g % 3 = 0 THEN NULL WHEN g % 3 = 1 THEN 'Website Sở' ELSE 'Báo Nghệ An' END,
             'Hoạt động thử ' || g, d, d + (g % 45), CASE WHEN g % 7 = 0 THEN NULL ELSE g % 500 END, g % 90, CASE WHEN g % 2 = 0 THEN 1 END, g % 11 = 0
      FROM generate_series(1, 3000) g, LATERAL (SELECT DATE '2021-01-01' + (g * 7919) % 1460 AS d) x`);
    await api.handle.db.execute(sql`
      INSERT INTO activity_topics (activity_id, topic_code)
      SELECT a.id, t.codes[1 + a.id % array_length(t.codes, 1)] FROM activities a, (SELECT array_agg(code ORDER BY code) AS codes FROM topics) t WHERE a.title LIKE 'Hoạt động thử %'
      UNION SELECT a.id, t.codes[1 + (a.id * 5) % array_length(t.codes, 1)] FROM activities a, (SELECT array_agg(code ORDER BY code) AS codes FROM topics) t WHERE a.title LIKE 'Hoạt động thử %' AND a.id % 2 = 0`);
  });
  afterAll(() => api?.close());

  it("gives the same groups as counting the rows, for every case", async () => {
    for (const args of CASES) {
      expect(rollupServes(args.filter), JSON.stringify(args)).toBe(true);
      const fromRows = await activityStats(api.handle.db, args, { rollup: false });
      expect(fromRows.length, JSON.stringify(args)).toBeGreaterThan(0);
      expect(await activityStats(api.handle.db, args), JSON.stringify(args)).toEqual(fromRows);
    }
  });

  it("sees a write at once: the next call rebuilds the rollup, later calls reuse it", async () => {
    const args: StatsArgs = { groupBy: ["UNIT"], period: "YEAR" };
    const before = await activityStats(api.handle.db, args);
    const built = async () =>
      (await queryRows<{ v: number }>(api.handle.db, sql`SELECT built_version::int AS v FROM rollup_state`))[0]!.v;
    const version = await built();
    await activityStats(api.handle.db, args);
    expect(await built()).toBe(version);
    await api.handle.db.execute(
      sql`INSERT INTO activities (organisation_code, form_code, title, starts_on, ends_on) VALUES ('SKHCN_NA.PCM', 'F3', 'Một hoạt động mới', '2024-05-02', '2024-05-02')`,
    );
    const after = await activityStats(api.handle.db, args);
    expect(await built()).toBeGreaterThan(version);
    const count = (rows: typeof before) =>
      rows.find((r) => r.period === "2024" && r.keys[0] === "SKHCN_NA.PCM")?.count ?? 0;
    expect(count(after)).toBe(count(before) + 1);
    expect(after).toEqual(await activityStats(api.handle.db, args, { rollup: false }));
  });

  it("counts the rows when the filter needs them: search, topics, duration, dates inside a month", () => {
    expect(rollupServes({ search: "hoi nghi" })).toBe(false);
    expect(rollupServes({ topics: ["N04"] })).toBe(false);
    expect(rollupServes({ minDays: 7 })).toBe(false);
    expect(rollupServes({ from: "2022-01-15" })).toBe(false);
    expect(rollupServes({ to: "2022-02-27" })).toBe(false);
    expect(rollupServes({ from: "2022-01-01", to: "2024-02-29" })).toBe(true);
  });
});
