import { describe, expect, it } from "vitest";
import { type AggregationRule, rankIf, smallestDelta, type UnitComponents } from "../src/impact/what-it-takes";
import { mulberry32 } from "./fixtures/generated-panel";

// TEST FIXTURE, generated: 63 units × 8 PAPI-like dimensions (4–7 points each).
function table(seed: number): UnitComponents[] {
  const rand = mulberry32(seed);
  return Array.from({ length: 63 }, (_, i) => ({
    unit: `P${String(i + 1).padStart(2, "0")}`,
    components: Object.fromEntries(Array.from({ length: 8 }, (_, d) => [`D${d + 1}`, 4 + 3 * rand()])),
  }));
}

describe("rankIf", () => {
  const t: UnitComponents[] = [
    { unit: "A", components: { x: 5, y: 5 } },
    { unit: "B", components: { x: 6, y: 4 } },
    { unit: "C", components: { x: 3, y: 3 } },
    { unit: "D", components: { x: 7, y: 4 } },
  ];
  it("ranks with ties (standard competition), higher is better", () => {
    expect(rankIf(t, { kind: "sum" }, "A")).toEqual({ total: 10, rank: 2, of: 4 });
    expect(rankIf(t, { kind: "sum" }, "B")).toEqual({ total: 10, rank: 2, of: 4 });
    expect(rankIf(t, { kind: "sum" }, "C")).toEqual({ total: 6, rank: 4, of: 4 });
    expect(rankIf(t, { kind: "sum" }, "C", { x: 4 }).rank).toBe(2);
    expect(rankIf(t, { kind: "weightedMean", weights: { x: 1, y: 3 } }, "A").rank).toBe(1);
  });
  it("gives the exact Δ by hand: C needs +4 on x to tie A and B at 10 (rank 2)", () => {
    const r = smallestDelta(t, { kind: "sum" }, "C", "x", 2);
    expect(r.delta).toBe(4);
    expect(r.after.rank).toBe(2);
    expect(smallestDelta(t, { kind: "sum" }, "C", "x", 1).delta).toBe(5);
    expect(smallestDelta(t, { kind: "sum" }, "C", "x", 1, 7).delta).toBeNull();
    expect(smallestDelta(t, { kind: "sum" }, "D", "x", 3).delta).toBe(0);
  });
});

describe("smallestDelta on a 63-unit table (TEST FIXTURE)", () => {
  const rules: [string, AggregationRule][] = [
    ["sum (PAPI)", { kind: "sum" }],
    [
      "weighted mean (PCI-like)",
      { kind: "weightedMean", weights: { D1: 1, D2: 2, D3: 0.5, D4: 1, D5: 3, D6: 1, D7: 1, D8: 1 } },
    ],
    ["a function rule", { kind: "function", total: (c) => Object.values(c).reduce((s, x) => s + x, 0) }],
  ];
  for (const [name, rule] of rules)
    it(`${name}: Δ reaches the target rank and Δ − 0.0001 does not`, () => {
      const tab = table(name.length);
      let checked = 0;
      for (const subject of ["P05", "P40", "P63"]) {
        const now = rankIf(tab, rule, subject).rank;
        for (let target = 1; target < now; target += 3) {
          const r = smallestDelta(tab, rule, subject, "D5", target);
          expect(r.delta).not.toBeNull();
          expect(rankIf(tab, rule, subject, { D5: r.delta! }).rank).toBeLessThanOrEqual(target);
          expect(rankIf(tab, rule, subject, { D5: r.delta! - 0.0001 }).rank).toBeGreaterThan(target);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(10);
    });
});
