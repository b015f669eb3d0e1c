import { describe, expect, it } from "vitest";
import {
  latestYearWithFigure,
  outOfLabel,
  percentileChange,
  rankAxisMax,
  rankText,
  shownRank,
  sparkPlan,
  whatMoved,
} from "./figures";

// Nghệ An's PAPI as the API gives it (PAPI panel 2011–2024 plus the published ranks).
const PAPI_2024 = { rank: 37, outOf: 61, publishedRank: null, publishedOutOf: null };
const PAPI_2023 = { rank: 25, outOf: 61, publishedRank: 25, publishedOutOf: 63 };

describe("shownRank: one rank and one 'out of' per figure", () => {
  it("shows the published rank with its published denominator", () => {
    expect(shownRank(PAPI_2023)).toEqual({ rank: 25, outOf: 63, computed: false, text: "25/63" });
    expect(rankText(PAPI_2023)).toBe("25/63");
  });

  it("otherwise the rank computed among the provinces with data, out of how many they were, marked as computed", () => {
    expect(shownRank(PAPI_2024)).toEqual({ rank: 37, outOf: 61, computed: true, text: "37/61" });
    expect(rankText(PAPI_2024)).toBe("37/61 (tính từ số liệu)");
  });

  it("has nothing to show without either", () => {
    expect(shownRank({ rank: null, outOf: 0, publishedRank: null })).toBeNull();
    expect(shownRank(null)).toBeNull();
    expect(rankText(undefined)).toBe("—");
  });

  it("compares standing across the merger by the two years' percentiles", () => {
    // 2024: 20th of 63 → 69.84; 2025: 76.47 among 34 (both the API's stored percentiles).
    const c = percentileChange(76.47, 69.84);
    expect(c).toMatchObject({ previous: 69.84, change: 6, text: "phân vị 70 → 76 (+6)" });
    expect(percentileChange(50, 100)?.text).toBe("phân vị 100 → 50 (−50)");
    expect(percentileChange(50, 50.2)?.text).toBe("phân vị 50 → 50 (±0)");
    expect(percentileChange(null, 100)).toBeNull();
    expect(percentileChange(50, null)).toBeNull();
  });

  it("sizes the rank axis from the data and names the denominators per year, never a fixed 63", () => {
    const papi2019to2024 = [
      { rank: 17, outOf: 63 },
      { rank: 15, outOf: 63 },
      { rank: 15, outOf: 60, publishedRank: 15, publishedOutOf: 63 },
      PAPI_2024,
    ].map(shownRank);
    expect(rankAxisMax([shownRank(PAPI_2024)])).toBe(61);
    expect(outOfLabel([shownRank(PAPI_2024)])).toBe("/61");
    expect(rankAxisMax(papi2019to2024)).toBe(63);
    expect(outOfLabel(papi2019to2024)).toBe("/61–63 tùy năm");
    expect(rankAxisMax([null])).toBeNull();
  });
});

describe("whatMoved: components by size of change, both directions", () => {
  // PAPI Nghệ An 2024 against 2023 (subjectProfile): the total rose 0,2225 while service delivery fell 0,5082.
  const dims = [
    ["Tham gia của người dân ở cấp cơ sở", 5.3184, 5.0856, 0.2328],
    ["Công khai, minh bạch", 5.2588, 5.289, -0.0302],
    ["Trách nhiệm giải trình với người dân", 4.283, 4.3177, -0.0347],
    ["Kiểm soát tham nhũng trong khu vực công", 6.8993, 6.6789, 0.2204],
    ["Thủ tục hành chính công", 7.1587, 7.0761, 0.0826],
    ["Cung ứng dịch vụ công", 7.2776, 7.7858, -0.5082],
    ["Quản trị môi trường", 3.7922, 3.6344, 0.1578],
    ["Quản trị điện tử", 3.082, 2.9799, 0.1021],
  ].map(([name, value, previousValue, valueChange]) => ({
    name: name as string,
    value: value as number,
    previousValue: previousValue as number,
    valueChange: valueChange as number,
  }));
  const total = { value: 43.0699, previousValue: 42.8474, valueChange: 0.2225 };

  it("lists the largest fall first even though the total rose (PAPI Nghệ An 2024: Cung ứng dịch vụ công −0,5082)", () => {
    const m = whatMoved(total, dims);
    expect(m.listed[0]).toEqual({ name: "Cung ứng dịch vụ công", change: -0.5082 });
    expect(m.listed.map((c) => c.change)).toEqual([-0.5082, 0.2328, 0.2204, 0.1578, 0.1021, 0.0826]);
    expect(m.notListed).toBe(2);
  });

  it("says what the listed changes leave unexplained when the dimensions add up to the total", () => {
    const m = whatMoved(total, dims);
    expect(m.additive).toBe(true);
    // 0,2225 − (−0,5082 + 0,2328 + 0,2204 + 0,1578 + 0,1021 + 0,0826) = −0,065: the two small falls and rounding.
    expect(m.unexplained).toBe(-0.065);
    // All eight listed: only the rounding of the published figures is left.
    expect(whatMoved(total, dims, 8).unexplained).toBe(-0.0001);
  });

  it("does not claim a remainder when the components do not add up to the total (PCI's weighted sub-indices)", () => {
    const pci = whatMoved({ value: 59.4455, previousValue: 58.4683, valueChange: 0.9772 }, [
      { name: "Gia nhập thị trường", value: 8.1, previousValue: 8.5, valueChange: -0.4 },
      { name: "Tiếp cận đất đai", value: 6.2, previousValue: 5.9, valueChange: 0.3 },
    ]);
    expect(pci.additive).toBe(false);
    expect(pci.unexplained).toBeNull();
    expect(pci.listed.map((c) => c.name)).toEqual(["Gia nhập thị trường", "Tiếp cận đất đai"]);
  });

  it("leaves out components without a comparable change", () => {
    const m = whatMoved(null, [
      { name: "A", valueChange: null },
      { name: "B", valueChange: 0 },
      { name: "C", valueChange: -0.1 },
    ]);
    expect(m).toEqual({ listed: [{ name: "C", change: -0.1 }], notListed: 0, unexplained: null, additive: false });
  });
});

describe("sparkPlan: no lone dot, no empty line", () => {
  const p = (year: number, value: number | null, rank: number | null) => ({
    year,
    value,
    rank: rank == null ? null : { rank, outOf: 63, computed: false, text: `${rank}/63` },
  });

  it("draws values when two years or more have one, labelled with the first and last year", () => {
    const plan = sparkPlan([p(2011, 36.28, null), p(2012, 37.13, null), p(2013, null, null), p(2024, 43.07, 37)]);
    expect(plan).toMatchObject({ kind: "value", first: 2011, last: 2024 });
    expect(plan?.years).toHaveLength(14);
    expect(plan?.values[2]).toBeNull();
  });

  it("falls back to ranks when values are too few (PAR INDEX: one score, five ranks; SIPAS: ranks only)", () => {
    const par = sparkPlan([
      p(2020, null, 18),
      p(2021, 87.59, 17),
      p(2022, null, 16),
      p(2023, null, 15),
      p(2024, null, 27),
    ]);
    expect(par).toEqual({
      kind: "rank",
      years: [2020, 2021, 2022, 2023, 2024],
      values: [18, 17, 16, 15, 27],
      first: 2020,
      last: 2024,
    });
  });

  it("draws nothing from a single figure", () => {
    expect(sparkPlan([p(2021, 87.59, 17)])).toBeNull();
    expect(sparkPlan([])).toBeNull();
  });

  it("finds the latest year with a value or a rank", () => {
    expect(
      latestYearWithFigure([
        { year: 2023, value: 65.72, publishedRank: 44 },
        { year: 2024, value: null, rank: null, publishedRank: null },
      ]),
    ).toBe(2023);
    expect(latestYearWithFigure([])).toBeNull();
  });
});
