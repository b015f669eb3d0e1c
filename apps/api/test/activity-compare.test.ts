import { testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startApi } from "./helpers";

type G = {
  period: string;
  keys: string[];
  count: number;
  reachSum: number;
  comparedCount: number | null;
  countChange: number | null;
  countChangePercent: number | null;
};

describe.each(testDrivers())("activityStats compareTo on %s", (driver) => {
  let api: Started;
  beforeAll(async () => {
    api = await startApi(driver);
  });
  afterAll(() => api?.close());
  const stats = async (args: string) =>
    (
      await api.gql<{ activityStats: G[] }>(
        `{ activityStats(${args}) { period keys count reachSum comparedCount comparedReachSum countChange countChangePercent } }`,
      )
    ).data!.activityStats;

  it("compares each year with the one before", async () => {
    const g = await stats("period: YEAR, compareTo: PREVIOUS_PERIOD");
    expect(g.map((x) => [x.period, x.count, x.comparedCount, x.countChange])).toEqual([
      ["2021", 14, 0, 14],
      ["2022", 26, 14, 12],
      ["2023", 22, 26, -4],
      ["2024", 18, 22, -4],
    ]);
    expect(g[0]!.countChangePercent).toBeNull();
    expect(g[1]!.countChangePercent).toBeCloseTo((100 * 12) / 14, 10);
  });

  it("compares 2022's quarters by form with the same quarters of 2021, matching the plain counts", async () => {
    const cmp = await stats(
      `groupBy: [FORM], period: QUARTER, compareTo: SAME_PERIOD_LAST_YEAR, filter: { from: "2022-01-01", to: "2022-12-31" }`,
    );
    const plain = await stats("groupBy: [FORM], period: QUARTER");
    const count2021 = (period: string, form: string) =>
      plain.find((x) => x.period === period && x.keys[0] === form)?.count ?? 0;
    expect(cmp.length).toBeGreaterThan(4);
    for (const x of cmp) {
      expect(x.period.startsWith("2022")).toBe(true);
      expect(x.comparedCount, `${x.period} ${x.keys[0]}`).toBe(count2021(x.period.replace("2022", "2021"), x.keys[0]!));
    }
  });

  it("refuses compareTo without a period", async () => {
    const res = await api.gql(`{ activityStats(compareTo: PREVIOUS_PERIOD) { count } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
