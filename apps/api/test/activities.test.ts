import { testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startApi } from "./helpers";

type Conn = {
  activities: {
    totalCount: number;
    nodes: { id: string; title: string; startsOn: string; topics: { code: string }[] }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

describe.each(testDrivers())("activities over HTTP on %s", (driver) => {
  let api: Started;
  beforeAll(async () => {
    api = await startApi(driver);
  });
  afterAll(() => api?.close());

  it("pages newest first with a total count that does not change across pages", async () => {
    const q = `query($after: String) { activities(first: 30, after: $after) { totalCount nodes { id startsOn } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let i = 0; i < 10; i++) {
      const { data }: { data?: Conn } = await api.gql<Conn>(q, { after });
      total = data!.activities.totalCount;
      seen.push(...data!.activities.nodes.map((n) => n.id));
      if (!data!.activities.pageInfo.hasNextPage) break;
      after = data!.activities.pageInfo.endCursor;
    }
    expect(total).toBe(80);
    expect(new Set(seen).size).toBe(80);
  });

  it("filters by year and topic (a parent topic includes its children)", async () => {
    const { data } = await api.gql<Conn>(
      `query { activities(first: 500, filter: { from: "2022-01-01", to: "2022-12-31", topics: ["N04"] }) { totalCount nodes { startsOn topics { code } } } }`,
    );
    expect(data!.activities.totalCount).toBeGreaterThan(0);
    for (const n of data!.activities.nodes) expect(n.topics.some((t) => t.code.startsWith("N04."))).toBe(true);
  });

  it("finds titles without diacritics: 'hoi nghi' finds 'Hội nghị'", async () => {
    const { data } = await api.gql<Conn>(
      `query { activities(first: 500, filter: { search: "hoi nghi" }) { totalCount nodes { title } } }`,
    );
    expect(data!.activities.totalCount).toBeGreaterThan(0);
    for (const n of data!.activities.nodes) expect(n.title).toContain("Hội nghị");
  });

  it("counts activities per year in one grouped statement, matching the list", async () => {
    const { data } = await api.gql<{ activityStats: { period: string; count: number }[] }>(
      `query { activityStats(period: YEAR) { period count reachSum } }`,
    );
    expect(data!.activityStats.map((g) => [g.period, g.count])).toEqual([
      ["2021", 14],
      ["2022", 26],
      ["2023", 22],
      ["2024", 18],
    ]);
  });

  it("groups by form and quarter", async () => {
    const { data } = await api.gql<{ activityStats: { period: string; keys: string[]; count: number }[] }>(
      `query { activityStats(groupBy: [FORM], period: QUARTER, filter: { from: "2022-01-01", to: "2022-12-31" }) { period keys count } }`,
    );
    const groups = data!.activityStats;
    expect(groups.every((g) => /^2022-Q[1-4]$/.test(g.period) && /^F[1-5]$/.test(g.keys[0]!))).toBe(true);
    expect(groups.reduce((a, g) => a + g.count, 0)).toBeGreaterThanOrEqual(26);
  });

  it("keeps campaigns only with minDays (start and end both count), and refuses minDays 0", async () => {
    const q = `query($min: Int) { activities(first: 500, filter: { minDays: $min }) { totalCount nodes { startsOn endsOn } } }`;
    type Span = { activities: { totalCount: number; nodes: { startsOn: string; endsOn: string }[] } };
    const all = (await api.gql<Span>(q, { min: null })).data!.activities;
    const days = (n: { startsOn: string; endsOn: string }) =>
      (Date.parse(n.endsOn) - Date.parse(n.startsOn)) / 86_400_000 + 1;
    const long = (await api.gql<Span>(q, { min: 7 })).data!.activities;
    expect(long.totalCount).toBe(all.nodes.filter((n) => days(n) >= 7).length);
    expect(long.totalCount).toBeGreaterThan(0);
    expect(long.totalCount).toBeLessThan(all.totalCount);
    expect((await api.gql(q, { min: 0 })).errors?.[0]?.message).toBe("minDays must be 1–366, got 0");
  });

  it("refuses first over 500", async () => {
    const { errors } = await api.gql(`query { activities(first: 501) { totalCount } }`);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
