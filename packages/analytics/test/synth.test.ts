import { describe, expect, it } from "vitest";
import { ImpactInputError, type PanelRow } from "../src/impact/panel";
import { syntheticControl } from "../src/impact/synth-placebos";
import { generatePanel, mulberry32 } from "./fixtures/generated-panel";

const years = [2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018];
const rows = (unit: string, values: number[], from = 2011): PanelRow[] =>
  values.map((value, i) => ({ unit, time: from + i, value }));

/**
 * No published synthetic-control example is small enough to embed with its
 * exact weights (ADH 2010's California example has 38 donors and 7 predictors
 * with a V matrix chosen by a nested optimisation). This is a CONSTRUCTED case
 * with a known exact solution: before treatment the treated series is exactly
 * 0.3·A + 0.7·B, so w = (0.3, 0.7, 0, 0) with zero pre-period error.
 */
describe("syntheticControl: constructed exact case", () => {
  const A = [35, 36, 37.5, 36, 38, 37, 38.5, 39];
  const B = [40, 39, 41, 42, 41.5, 43, 42, 44];
  const C = [30, 33, 31, 35, 32, 34, 33, 36];
  const D = [44, 42, 45, 43, 46, 44, 47, 45];
  const T = A.map((a, i) => 0.3 * a + 0.7 * B[i]! + (years[i]! >= 2016 ? 1 : 0));
  const panel = [...rows("A", A), ...rows("B", B), ...rows("C", C), ...rows("D", D), ...rows("T", T)];
  const r = syntheticControl(panel, { treated: "T", treatedFrom: 2016 });

  it("recovers the weights, a zero pre-period gap and the planted +1", () => {
    const w = Object.fromEntries(r.fit.weights.map((x) => [x.unit, x.weight]));
    expect(w.A).toBeCloseTo(0.3, 7);
    expect(w.B).toBeCloseTo(0.7, 7);
    expect(w.C).toBeCloseTo(0, 7);
    expect(w.D).toBeCloseTo(0, 7);
    expect(r.fit.preRmspe).toBeLessThan(1e-6);
    for (const g of r.fit.gaps.filter((g) => g.time >= 2016)) expect(g.gap).toBeCloseTo(1, 6);
    expect(r.fit.postRmspe).toBeCloseTo(1, 6);
    expect(r.fit.effect).toBeCloseTo(1, 6);
  });

  it("p = rank / units, rank counted from the ratios", () => {
    const units = r.placebo!.units;
    expect(units).toHaveLength(5);
    const rank = 1 + units.slice(1).filter((u) => u.ratio >= units[0]!.ratio).length;
    expect(r.placebo!.all.rank).toBe(rank);
    expect(r.placebo!.all.of).toBe(5);
    expect(r.placebo!.all.p).toBe(rank / 5);
  });

  it("leave-one-out refits without A and without B", () => {
    expect(r.leaveOneOut.runs.map((x) => x.without).sort()).toEqual(["A", "B"]);
    expect(r.leaveOneOut.min).toBeLessThanOrEqual(r.fit.effect);
    expect(r.leaveOneOut.max).toBeGreaterThanOrEqual(r.fit.effect);
  });

  it("places the in-time placebo inside the pre period and finds no gap there", () => {
    expect(r.inTime.from).toBe(2014);
    if (r.inTime.from !== null) expect(Math.abs(r.inTime.effect)).toBeLessThan(1e-6);
  });
});

describe("syntheticControl: input rules", () => {
  const { panel } = generatePanel(8, 3);
  it("refuses fewer than 3 pre-periods", () => {
    expect(() => syntheticControl(panel, { treated: "U01", treatedFrom: 2013 })).toThrow(
      /chỉ có 2 năm trước 2013.*cần ít nhất 3/,
    );
  });
  it("refuses a window that crosses a methodology break (PAPI 2018)", () => {
    const run = () => syntheticControl(panel, { treated: "U01", treatedFrom: 2020, breaks: [2018] });
    expect(run).toThrow(ImpactInputError);
    expect(run).toThrow(/vượt qua lần đổi phương pháp tính năm 2018/);
    const ok = syntheticControl(panel, { treated: "U01", treatedFrom: 2021, from: 2018, breaks: [2018] });
    expect(ok.preTimes).toEqual([2018, 2019, 2020]);
  });
  it("drops donors with gaps and lists them", () => {
    const holed = panel.filter((p) => !(p.unit === "U03" && p.time === 2015));
    const r = syntheticControl(holed, { treated: "U01", treatedFrom: 2020 });
    expect(r.dropped).toEqual([{ unit: "U03", reason: "thiếu giá trị năm 2015" }]);
    expect(r.donors).not.toContain("U03");
  });
  it("refuses duplicate unit–time rows and a treated unit with gaps", () => {
    expect(() =>
      syntheticControl([...panel, { unit: "U02", time: 2012, value: 1 }], { treated: "U01", treatedFrom: 2020 }),
    ).toThrow(/U02 có hai giá trị cho năm 2012/);
    expect(() =>
      syntheticControl(
        panel.filter((p) => !(p.unit === "U01" && p.time === 2012)),
        { treated: "U01", treatedFrom: 2020 },
      ),
    ).toThrow(/U01 thiếu giá trị năm 2012/);
  });
});

describe("syntheticControl: inference on a generated 40-unit panel (TEST FIXTURE)", () => {
  it("detects +2 points from 2020 on a copy of a real-shaped unit with p ≤ 0.05", () => {
    const { panel } = generatePanel(40, 7);
    // The unit with the median level (inside the donors' range, as synthetic control assumes), renamed T,
    // with +2 from 2020; the original is removed so no donor matches it exactly.
    const level = (u: string) => panel.filter((p) => p.unit === u && p.time < 2020).reduce((s, p) => s + p.value, 0);
    const mid = [...new Set(panel.map((p) => p.unit))].sort((a, b) => level(a) - level(b))[20]!;
    const planted = panel.map((p) =>
      p.unit === mid ? { ...p, unit: "T", value: p.value + (p.time >= 2020 ? 2 : 0) } : p,
    );
    const r = syntheticControl(planted, { treated: "T", treatedFrom: 2020 });
    expect(r.fit.effect).toBeGreaterThan(1.2);
    expect(r.placebo!.all.of).toBe(40);
    expect(r.placebo!.all.p).toBeLessThanOrEqual(0.05);
    expect(r.placebo!.filtered.p).toBeLessThanOrEqual(0.05);
  });

  it("without a planted effect, p-values spread over (0, 1]: share with p ≤ 0.1 below 0.25", () => {
    const { panel, units } = generatePanel(40, 21);
    const rand = mulberry32(5);
    const picked = [...units].sort(() => rand() - 0.5).slice(0, 20);
    const ps = picked.map((u) => syntheticControl(panel, { treated: u, treatedFrom: 2020 }).placebo!.all.p);
    for (const p of ps) {
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    expect(ps.filter((p) => p <= 0.1).length / ps.length).toBeLessThan(0.25);
    expect(ps.filter((p) => p > 0.5).length).toBeGreaterThan(0);
  });
});
