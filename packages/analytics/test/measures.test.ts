import { expect, describe as group, it } from "vitest";
import {
  competitionRank,
  competitionRanks,
  describe,
  mean,
  median,
  percentileOfRank,
  quantileCont,
  sdPop,
  zScores,
} from "../src/index";

group("competition ranks", () => {
  it("share the best rank among ties and skip the next (1, 2, 2, 4), higher is better", () => {
    expect(competitionRanks([9, 7, 8, 8, 5], true)).toEqual([1, 4, 2, 2, 5]);
  });
  it("reverse when lower is better", () => {
    expect(competitionRanks([9, 7, 8, 8, 5], false)).toEqual([5, 2, 3, 3, 1]);
  });
  it("give a missing value no rank and do not count it", () => {
    expect(competitionRanks([3, null, 3, 1], true)).toEqual([1, null, 1, 3]);
    expect(competitionRanks([null, null], true)).toEqual([null, null]);
    expect(competitionRanks([], true)).toEqual([]);
  });
  it("rank one value alone as 1", () => {
    expect(competitionRanks([42], true)).toEqual([1]);
    expect(competitionRanks([42], false)).toEqual([1]);
  });
  it("equal 1 + the number strictly better, for a value in the list or not", () => {
    // TEST FIXTURE: 200 values on a coarse grid so that ties are frequent.
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const values = Array.from({ length: 200 }, () => (next() % 10 === 0 ? null : (next() % 40) / 4));
    for (const higher of [true, false]) {
      const ranks = competitionRanks(values, higher);
      values.forEach((v, i) => {
        if (v === null) return;
        const ahead = values.filter((x) => x !== null && (higher ? x > v : x < v)).length;
        expect(ranks[i]).toBe(1 + ahead);
        expect(competitionRank(v, values, higher)).toBe(ranks[i]);
      });
    }
    expect(competitionRank(100, [3, 5, null], true)).toBe(1);
    expect(competitionRank(4, [3, 5, 5, null], true)).toBe(3);
    expect(competitionRank(4, [3, 5, 5, null], false)).toBe(2);
  });
});

group("percentile of a rank", () => {
  it("is the share of values equalled or beaten: 100·(n − rank + 1)/n", () => {
    expect(percentileOfRank(1, 63)).toBe(100);
    expect(percentileOfRank(63, 63)).toBeCloseTo(100 / 63, 12);
    expect(percentileOfRank(2, 4)).toBe(75);
    expect(percentileOfRank(1, 1)).toBe(100);
  });
  it("refuses a rank outside 1..n", () => {
    expect(() => percentileOfRank(0, 5)).toThrow(RangeError);
    expect(() => percentileOfRank(6, 5)).toThrow(RangeError);
    expect(() => percentileOfRank(1, 0)).toThrow(RangeError);
  });
});

group("z-scores", () => {
  it("use the population SD (divisor n)", () => {
    // mean 5, population SD 2 (sample SD would be 2.138)
    expect(zScores([2, 4, 4, 4, 5, 5, 7, 9])).toEqual([-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2]);
    expect(sdPop([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
  });
  it("skip missing values", () => {
    expect(zScores([1, null, 3])).toEqual([-1, null, 1]);
  });
  it("are null for one value, and for all-equal values (SD 0)", () => {
    expect(zScores([5])).toEqual([null]);
    expect(zScores([5, null])).toEqual([null, null]);
    expect(zScores([2.5, 2.5, 2.5])).toEqual([null, null, null]);
    expect(zScores([])).toEqual([]);
  });
});

group("mean, median and quantiles", () => {
  it("skip missing values and are NaN without values", () => {
    expect(mean([1, null, 2, 6])).toBe(3);
    expect(median([3, null, 1, 2])).toBe(2);
    expect(mean([])).toBeNaN();
    expect(median([null])).toBeNaN();
    expect(quantileCont([], 0.25)).toBeNaN();
  });
  it("take the median of odd and even lists", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
  it("interpolate quantiles at p·(n − 1), as percentile_cont", () => {
    // sorted 1, 2, 4, 8: q1 at position 0.75 → 1 + 0.75·1; q3 at 2.25 → 4 + 0.25·4
    expect(quantileCont([8, 1, 4, 2], 0.25)).toBe(1.75);
    expect(quantileCont([8, 1, 4, 2], 0.75)).toBe(5);
    expect(quantileCont([8, 1, 4, 2], 0)).toBe(1);
    expect(quantileCont([8, 1, 4, 2], 1)).toBe(8);
    expect(() => quantileCont([1], 1.5)).toThrow(RangeError);
  });
});

group("describe", () => {
  it("summarises a distribution as index_stats stores it, best and worst by direction", () => {
    const values = [8, null, 1, 4, 2];
    expect(describe(values, true)).toEqual({
      n: 4,
      mean: 3.75,
      sd: Math.sqrt((4.25 ** 2 + 2.75 ** 2 + 0.25 ** 2 + 1.75 ** 2) / 4),
      median: 3,
      q1: 1.75,
      q3: 5,
      min: 1,
      max: 8,
      best: 8,
      worst: 1,
    });
    expect(describe(values, false)).toMatchObject({ best: 1, worst: 8 });
  });
  it("gives n = 1 an SD of 0, and no values nulls", () => {
    expect(describe([3], true)).toMatchObject({ n: 1, mean: 3, sd: 0, median: 3, q1: 3, q3: 3, best: 3, worst: 3 });
    expect(describe([null], true)).toEqual({
      n: 0,
      mean: null,
      sd: null,
      median: null,
      q1: null,
      q3: null,
      min: null,
      max: null,
      best: null,
      worst: null,
    });
  });
});
