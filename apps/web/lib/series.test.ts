import { describe, expect, it } from "vitest";
import { latestPublishedYear, mergerBreakYear, methodologyBreaks, tierOf, withMergerBreak, yearSpan } from "./series";

const p = (year: number, code: string, status = "PUBLISHED") => ({
  year,
  status: status as "PUBLISHED",
  methodologyVersion: { code, nameVi: code },
});

describe("series helpers", () => {
  it("finds the latest year with a published figure across indices", () => {
    expect(latestPublishedYear([[p(2022, "A"), p(2023, "A")], [p(2024, "B", "NOT_PUBLISHED")], [p(2021, "C")]])).toBe(
      2023,
    );
    expect(latestPublishedYear([[], []])).toBeNull();
  });

  it("marks the first year of each new methodology version", () => {
    expect(
      methodologyBreaks([p(2016, "PAPI_2011"), p(2017, "PAPI_2011"), p(2018, "PAPI_2018"), p(2019, "PAPI_2018")]),
    ).toEqual([{ year: 2018, label: "Phương pháp PAPI_2018", kind: "methodology" }]);
  });

  it("marks the merger where the years drawn run across it, one marker with a methodology break of that year", () => {
    const merger = { year: 2025, label: "Sắp xếp tỉnh 63 → 34" };
    const method = { year: 2018, label: "Phương pháp PAPI_2018", kind: "methodology" as const };
    const across = withMergerBreak([method], merger, [2017, 2018, 2024, 2025]);
    expect(across).toEqual([method, { year: 2025, label: "Sắp xếp tỉnh 63 → 34", kind: "merger" }]);
    expect(mergerBreakYear(across)).toBe(2025);
    // Years all before, or all from, the merger: nothing to mark.
    expect(withMergerBreak([method], merger, [2017, 2024])).toEqual([method]);
    expect(withMergerBreak([], merger, [2025, 2026])).toEqual([]);
    expect(mergerBreakYear([method])).toBeNull();
    expect(
      withMergerBreak([{ year: 2025, label: "Phương pháp X", kind: "methodology" }], merger, [2024, 2025]),
    ).toEqual([{ year: 2025, label: "Phương pháp X; Sắp xếp tỉnh 63 → 34", kind: "merger" }]);
  });

  it("spans the years without holes and groups percentiles into quartiles", () => {
    expect(yearSpan([2019, 2021], [2023])).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(yearSpan()).toEqual([]);
    expect([tierOf(100), tierOf(75), tierOf(50.1), tierOf(10), tierOf(null)]).toEqual([
      "Nhóm cao nhất",
      "Nhóm trung bình cao",
      "Nhóm trung bình cao",
      "Nhóm thấp nhất",
      null,
    ]);
  });
});
