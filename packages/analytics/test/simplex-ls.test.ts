import { describe, expect, it } from "vitest";
import { simplexLeastSquares } from "../src/impact/simplex-ls";
import { gaussian, mulberry32 } from "./fixtures/generated-panel";

const sse = (X: number[][], y: number[], w: number[]) =>
  X.reduce((s, row, t) => s + (y[t]! - row.reduce((a, x, j) => a + x * w[j]!, 0)) ** 2, 0);

describe("simplexLeastSquares", () => {
  it("meets the KKT conditions of min ½wᵀ(XᵀX+λI)w − (Xᵀy)ᵀw, w ≥ 0, Σw = 1", () => {
    const rand = mulberry32(11);
    for (const [T, J] of [
      [8, 5],
      [6, 20],
      [12, 12],
    ] as const) {
      const X = Array.from({ length: T }, () => Array.from({ length: J }, () => 40 + 3 * gaussian(rand)));
      const y = Array.from({ length: T }, () => 40 + 3 * gaussian(rand));
      const { weights: w, mu, nu, ridge } = simplexLeastSquares(X, y);
      // primal feasibility
      expect(Math.abs(w.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12);
      for (const x of w) expect(x).toBeGreaterThanOrEqual(0);
      // stationarity: (XᵀX + λI)w − Xᵀy − μ·1 − ν = 0, relative to the scale of Xᵀy
      const scale = Math.max(...X.flatMap((r) => r.map((x) => x * x))) * T;
      for (let a = 0; a < J; a++) {
        let g = ridge * w[a]!;
        for (let t = 0; t < T; t++) {
          const fitted = X[t]!.reduce((s, x, b) => s + x * w[b]!, 0);
          g += X[t]![a]! * (fitted - y[t]!);
        }
        expect(Math.abs(g - mu - nu[a]!) / scale).toBeLessThan(1e-9);
        // dual feasibility and complementary slackness
        expect(nu[a]!).toBeGreaterThanOrEqual(-1e-9 * scale);
        expect(Math.abs(nu[a]! * w[a]!) / scale).toBeLessThan(1e-9);
      }
      // no random feasible point does better
      const best = sse(X, y, w);
      for (let r = 0; r < 200; r++) {
        const v = Array.from({ length: J }, () => -Math.log(1 - rand()));
        const s = v.reduce((p, x) => p + x, 0);
        expect(
          sse(
            X,
            y,
            v.map((x) => x / s),
          ),
        ).toBeGreaterThanOrEqual(best - 1e-9);
      }
    }
  });

  it("recovers weights 0.3·A + 0.7·B exactly (a constructed case with a known solution)", () => {
    const A = [35, 36, 37.5, 36, 38];
    const B = [40, 39, 41, 42, 41.5];
    const C = [30, 33, 31, 35, 32];
    const D = [44, 42, 45, 43, 46];
    const y = A.map((a, t) => 0.3 * a + 0.7 * B[t]!);
    const X = A.map((_, t) => [A[t]!, B[t]!, C[t]!, D[t]!]);
    const { weights } = simplexLeastSquares(X, y);
    expect(weights[0]).toBeCloseTo(0.3, 6);
    expect(weights[1]).toBeCloseTo(0.7, 6);
    expect(weights[2]).toBeCloseTo(0, 6);
    expect(weights[3]).toBeCloseTo(0, 6);
  });

  it("projects a point outside the donors' hull onto its nearest face, multipliers by hand", () => {
    // Periods 1–2 place the donors at A (0,0), B (2,0), C (0,2) and the treated unit at (2,2); period 3 is 5 for all.
    // The nearest point of the triangle to (2,2) is (1,1) = ½B + ½C. Residual Xw − y = (−1, −1, 0), so the
    // gradient Xᵀ(Xw − y) is (0, −2, −2): μ = −2, ν_A = 2, ν_B = ν_C = 0.
    const X = [
      [0, 2, 0],
      [0, 0, 2],
      [5, 5, 5],
    ];
    const r = simplexLeastSquares(X, [2, 2, 5]);
    for (const [j, w] of r.weights.entries()) expect(w).toBeCloseTo([0, 0.5, 0.5][j]!, 8);
    expect(r.mu).toBeCloseTo(-2, 6);
    for (const [j, v] of r.nu.entries()) expect(v).toBeCloseTo([2, 0, 0][j]!, 6);
  });
});
