import { describe, expect, it } from "vitest";
import {
  latestPublishedYear,
  mergerIndices,
  methodologyBreaks,
  quartileGroupOf,
  withMergerBreaks,
  yearSpan,
} from "./series";

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

  it("marks each merger the years drawn run across, one marker with a methodology break of that year", () => {
    const mergers = [
      { year: 2009, label: "Sắp xếp tỉnh 64 → 63" },
      { year: 2025, label: "Sắp xếp tỉnh 63 → 34" },
    ];
    const method = { year: 2018, label: "Phương pháp PAPI_2018", kind: "methodology" as const };
    const years = [2017, 2018, 2024, 2025];
    const across = withMergerBreaks([method], mergers, years);
    expect(across).toEqual([method, { year: 2025, label: "Sắp xếp tỉnh 63 → 34", kind: "merger" }]);
    expect(mergerIndices(across, years)).toEqual([3]);
    // Years all before, or all from, a merger: nothing to mark.
    expect(withMergerBreaks([method], mergers, [2017, 2024])).toEqual([method]);
    expect(withMergerBreaks([], mergers, [2025, 2026])).toEqual([]);
    expect(withMergerBreaks([], mergers, [2008, 2009, 2025]).map((b) => b.year)).toEqual([2009, 2025]);
    expect(mergerIndices([method], years)).toEqual([]);
    expect(
      withMergerBreaks([{ year: 2025, label: "Phương pháp X", kind: "methodology" }], mergers, [2024, 2025]),
    ).toEqual([{ year: 2025, label: "Phương pháp X; Sắp xếp tỉnh 63 → 34", kind: "merger" }]);
  });

  it("spans the years without holes and groups percentiles into quartiles", () => {
    expect(yearSpan([2019, 2021], [2023])).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(yearSpan()).toEqual([]);
    expect([100, 75, 50.1, 25.1, 25, 10, null].map(quartileGroupOf)).toEqual([
      "Nhóm cao nhất",
      "Nhóm trung bình cao",
      "Nhóm trung bình cao",
      "Nhóm trung bình thấp",
      "Nhóm thấp nhất",
      "Nhóm thấp nhất",
      null,
    ]);
  });
});
