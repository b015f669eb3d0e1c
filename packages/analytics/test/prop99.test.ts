import { describe, expect, it } from "vitest";
import { differenceInDifferences } from "../src/impact/did";
import type { PanelRow } from "../src/impact/panel";
import { syntheticControl } from "../src/impact/synth-placebos";
import { CALIFORNIA, CIGSALE, FIRST_YEAR, TREATED_FROM } from "./fixtures/california-prop99";

const panel: PanelRow[] = Object.entries(CIGSALE).flatMap(([unit, values]) =>
  values.map((value, i) => ({ unit, time: FIRST_YEAR + i, value })),
);

/**
 * A published synthetic-control example on its public data: Arkhangelsky et
 * al. (2021, AER 111(12)), Table 1, California Proposition 99 — SC −19.6 and
 * DID −27.3 packs per capita (see the fixture for data and source). synthdid's
 * sc_estimate fits the pre-period outcomes only (1970–1988), no intercept, a
 * negligible ridge: our V = I fit. Its DID is the plain 2×2 over all 38
 * controls, 1970–1988 against 1989–2000.
 *
 * DID is reproduced to the published precision (±0.05). SC is not quite:
 * our exact quadratic-programming optimum gives −19.51 (Utah 0.39, Montana
 * 0.23, Nevada 0.20, Connecticut 0.11, New Hampshire 0.05, Colorado 0.01),
 * which rounds to −19.5. synthdid solves the same problem by Frank–Wolfe
 * iterations that stop on a minimum decrease, after sparsifying the weights
 * (zeroing those below a quarter of the largest after 100 iterations), so its
 * published −19.6 is an approximate optimum of the same objective. The test
 * therefore asserts −19.6 ± 0.1 and proves that ours is the exact optimum
 * (the KKT conditions below), rather than loosening the solver to match.
 */
describe("California Proposition 99 (Arkhangelsky et al. 2021, Table 1)", () => {
  it("has 39 states × 31 years", () => {
    expect(Object.keys(CIGSALE)).toHaveLength(39);
    for (const v of Object.values(CIGSALE)) expect(v).toHaveLength(31);
  });

  const sc = syntheticControl(panel, { treated: CALIFORNIA, treatedFrom: TREATED_FROM, skipPlacebos: true });

  it("reproduces the synthetic-control estimate −19.6 within 0.1 (exact optimum −19.51, see above)", () => {
    expect(sc.preTimes).toHaveLength(19);
    expect(sc.postTimes).toHaveLength(12);
    expect(sc.donors).toHaveLength(38);
    expect(Math.abs(sc.fit.effect - -19.6)).toBeLessThanOrEqual(0.1);
  });

  it("reproduces the difference-in-differences estimate −27.3", () => {
    const did = differenceInDifferences(panel, { treated: CALIFORNIA, treatedFrom: TREATED_FROM });
    expect(did.comparison).toHaveLength(38);
    expect(Math.abs(did.estimate - -27.3)).toBeLessThanOrEqual(0.05);
  });

  it("returns weights that satisfy the KKT conditions of min ‖y − Xw‖² + λ‖w‖², w ≥ 0, Σw = 1", () => {
    const w = new Map(sc.fit.weights.map((x) => [x.unit, x.weight]));
    const donors = sc.donors;
    const pre = sc.preTimes.map((_, t) => t);
    const y = pre.map((t) => CIGSALE[CALIFORNIA]![t]!);
    const X = pre.map((t) => donors.map((d) => CIGSALE[d]![t]!));
    const wv = donors.map((d) => w.get(d)!);
    // Feasibility.
    expect(wv.every((x) => x >= 0)).toBe(true);
    expect(wv.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    // Gradient of ½‖y − Xw‖² + ½λ‖w‖²: g = Xᵀ(Xw − y) + λw; stationarity g = μ1 + ν.
    const r = pre.map((t) => X[t]!.reduce((s, x, j) => s + x * wv[j]!, 0) - y[t]!);
    const g = donors.map((_, j) => pre.reduce((s, t) => s + X[t]![j]! * r[t]!, 0) + sc.fit.multipliers.ridge * wv[j]!);
    const scale = Math.max(...g.map(Math.abs), 1);
    const mu = sc.fit.multipliers.mu;
    const tol = 1e-6 * scale;
    for (const [j, gj] of g.entries()) {
      const nu = gj - mu;
      // Dual feasibility ν ≥ 0, and complementary slackness ν_j·w_j = 0.
      expect(nu).toBeGreaterThanOrEqual(-tol);
      if (wv[j]! > 1e-8) expect(Math.abs(nu)).toBeLessThanOrEqual(tol);
    }
    // quadprog's own multipliers agree with those computed here.
    for (const [j, gj] of g.entries()) expect(Math.abs(sc.fit.multipliers.nu[j]! - (gj - mu))).toBeLessThanOrEqual(tol);
    // A few donors carry the weight, as in the published fit.
    expect(wv.filter((x) => x > 1e-6).length).toBeLessThan(10);
  });
});
