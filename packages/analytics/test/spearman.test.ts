import { describe, expect, it } from "vitest";
import { fractionalRanks, spearman } from "../src/index";

describe("fractionalRanks", () => {
  it("gives tied values the mean of their positions", () => {
    expect(fractionalRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(fractionalRanks([3, 1, 2])).toEqual([3, 1, 2]);
  });
});

describe("spearman", () => {
  it("is 1 for any increasing relation and −1 for a decreasing one", () => {
    expect(
      spearman([
        [1, 1],
        [2, 8],
        [3, 27],
        [4, 64],
        [5, 125],
      ]).rho,
    ).toBeCloseTo(1, 12);
    expect(
      spearman([
        [1, 5],
        [2, 4],
        [3, 3],
        [4, 2],
        [5, 1],
      ]).rho,
    ).toBeCloseTo(-1, 12);
  });

  it("matches the textbook example with ties (1 − 6Σd²/… does not hold with ties; Pearson on ranks does)", () => {
    // x ranks 1,2.5,2.5,4,5 ; y ranks 2,1,4,3,5 → ρ = 0.6669
    const r = spearman([
      [1, 2],
      [2, 1],
      [2, 4],
      [3, 3],
      [4, 5],
    ]);
    expect(r.rho).toBeCloseTo(0.666886, 5);
    expect(r).toMatchObject({ n: 5, insufficientData: false });
  });

  it("flags fewer than 5 pairs and gives no coefficient below 3 or without variation", () => {
    expect(
      spearman([
        [1, 2],
        [2, 3],
        [3, 1],
        [4, 4],
      ]),
    ).toMatchObject({ n: 4, insufficientData: true });
    expect(
      spearman([
        [1, 2],
        [2, 3],
      ]).rho,
    ).toBeNull();
    expect(
      spearman([
        [1, 2],
        [2, 2],
        [3, 2],
        [4, 2],
        [5, 2],
      ]).rho,
    ).toBeNull();
  });
});
