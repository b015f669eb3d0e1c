import { describe, expect, it } from "vitest";
import { differenceInDifferences } from "../src/impact/did";
import { placeboRank } from "../src/impact/inference";
import type { PanelRow } from "../src/impact/panel";
import { generatePanel } from "./fixtures/generated-panel";

const rows = (unit: string, values: number[], from = 2015): PanelRow[] =>
  values.map((value, i) => ({ unit, time: from + i, value }));

describe("differenceInDifferences", () => {
  // Hand check: subject pre mean 11, post 15.5 (+4.5); group means pre 16, post 18.5 (+2.5) → DiD = 2.
  const panel = [
    ...rows("S", [10, 11, 12, 15, 16]),
    ...rows("G1", [10, 11, 12, 13, 14]),
    ...rows("G2", [20, 21, 22, 23, 24]),
  ];
  const other = [...rows("S", [5, 5, 5, 5, 5]), ...rows("G1", [4, 4, 4, 4, 4]), ...rows("G2", [6, 6, 6, 7, 7])];
  const r = differenceInDifferences(panel, {
    treated: "S",
    treatedFrom: 2018,
    placeboOutcomes: [{ name: "D7", panel: other }],
  });

  it("computes (post − pre) of the subject minus the group's, by hand", () => {
    expect(r.estimate).toBeCloseTo(2, 12);
    expect(r.preTimes).toEqual([2015, 2016, 2017]);
    expect(r.postTimes).toEqual([2018, 2019]);
    expect(r.gaps.map((g) => g.gap)).toEqual([-5, -5, -5, -3, -3]);
  });

  it("gives placebos in space, time and outcome with p = rank / (placebos + 1)", () => {
    expect(r.space.placebos).toEqual([
      { label: "G1", estimate: 0 },
      { label: "G2", estimate: 0 },
    ]);
    expect(r.space.inference).toMatchObject({ rank: 1, of: 3, p: 1 / 3, direction: "two-sided" });
    expect(r.time.placebos.map((p) => p.label)).toEqual(["2016", "2017"]);
    for (const p of r.time.placebos) expect(p.estimate).toBeCloseTo(0, 12);
    // D7: subject flat, G2 rises by 1 post → group mean +0.5 → DiD −0.5
    expect(r.outcome.placebos[0]!.estimate).toBeCloseTo(-0.5, 12);
    expect(r.outcome.inference).toMatchObject({ rank: 1, of: 2, p: 0.5 });
    expect(r.space.inference!.convention).toMatch(/p = rank \/ \(placebos \+ 1\)/);
  });

  it("ranks exactly: two-sided by absolute value, one-sided by direction, ties against", () => {
    expect(placeboRank(2, [-3, 1, 2, 0.5], "two-sided")).toMatchObject({ rank: 3, of: 5, p: 3 / 5 });
    expect(placeboRank(2, [-3, 1, 2, 0.5], "greater")).toMatchObject({ rank: 2, of: 5, p: 2 / 5 });
    expect(placeboRank(-2, [-3, 1, 2, 0.5], "less")).toMatchObject({ rank: 2, of: 5, p: 2 / 5 });
  });

  it("detects +2 planted on a generated 40-unit panel (TEST FIXTURE) in space", () => {
    const { panel: gen } = generatePanel(40, 7);
    const planted = gen.map((p) => (p.unit === "U05" && p.time >= 2020 ? { ...p, value: p.value + 2 } : p));
    const d = differenceInDifferences(planted, { treated: "U05", treatedFrom: 2020, from: 2014, direction: "greater" });
    expect(d.space.inference!.of).toBe(40);
    expect(d.space.inference!.p).toBeLessThanOrEqual(0.1);
  });

  it("keeps only the named comparison units and lists unknown ones", () => {
    const d = differenceInDifferences(panel, { treated: "S", treatedFrom: 2018, comparison: ["G1", "G2", "ZZ"] });
    expect(d.comparison).toEqual(["G1", "G2"]);
    expect(d.dropped).toEqual([{ unit: "ZZ", reason: "not in the panel" }]);
  });
});
