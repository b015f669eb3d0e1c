import { describe, expect, it } from "vitest";
import { latestPublishedYear, methodologyBreaks, tierOf, yearSpan } from "./series";

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
    ).toEqual([{ year: 2018, label: "Phương pháp PAPI_2018" }]);
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
