import { describe, expect, it } from "vitest";
import { midYear, yearAxis, yearLineOptions, yearPoints, yearTooltipTitle } from "./chart-kit";
import { subjectLine } from "./impact-kit";

describe("charts over survey years", () => {
  it("puts each year's value mid-year, a missing value as a gap", () => {
    expect(yearPoints([2021, 2022, 2023], [40.5, null, undefined])).toEqual([
      { x: 2021.5, y: 40.5 },
      { x: 2022.5, y: null },
      { x: 2023.5, y: null },
    ]);
    expect(yearPoints([2021, 2022], [1])).toEqual([
      { x: 2021.5, y: 1 },
      { x: 2022.5, y: null },
    ]);
  });

  it("spans the axis from the first year to the end of the last, one tick a year labelled with the year", () => {
    const axis = yearAxis([2019, 2020, 2023]);
    expect([axis.min, axis.max]).toEqual([2019, 2024]);
    const built = { ticks: [] as { value: number }[] };
    axis.afterBuildTicks(built);
    expect(built.ticks).toEqual([{ value: 2019.5 }, { value: 2020.5 }, { value: 2023.5 }]);
    expect(axis.ticks.callback(midYear(2020))).toBe("2020");
  });

  it("shares the line options, the tooltip along x or in both directions, and titles it with the year", () => {
    expect(yearLineOptions("x")).toEqual({
      animation: false,
      maintainAspectRatio: false,
      parsing: false,
      interaction: { mode: "nearest", axis: "x", intersect: false },
    });
    expect(yearLineOptions("xy").interaction.axis).toBe("xy");
    expect(yearTooltipTitle([{ parsed: { x: 2022.5 } }])).toBe("Năm 2022");
  });

  it("draws the subject's line in the impact charts' colour over its years", () => {
    const line = subjectLine("Quảng Trị", [2022, 2023], [50, 51.2]);
    expect(line.label).toBe("Quảng Trị");
    expect(line.data).toEqual([
      { x: 2022.5, y: 50 },
      { x: 2023.5, y: 51.2 },
    ]);
    expect(line.borderColor).toBe("#8f1d17");
  });
});
