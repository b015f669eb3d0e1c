import { describe, expect, it } from "vitest";
import { midYear, yearAxis, yearLineOptions, yearPoints, yearTooltipTitle } from "./chart-kit";
import { impactOptions, subjectLine } from "./impact-kit";

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

  it("gives the impact charts their y title, the start line over their own annotations, and the tooltip's line and value", () => {
    const zero = { type: "line" as const, yMin: 0, yMax: 0 };
    const options = impactOptions({
      years: [2021, 2022],
      axis: "xy",
      yTitle: "Chênh lệch (điểm)",
      treatedFrom: 2022,
      annotations: { zero },
    });
    expect(options?.interaction?.axis).toBe("xy");
    expect(options?.scales?.y?.title).toEqual({ display: true, text: "Chênh lệch (điểm)" });
    const annotations = options?.plugins?.annotation?.annotations as Record<string, { xMin?: number }>;
    expect(Object.keys(annotations)).toEqual(["zero", "start"]);
    expect(annotations.start?.xMin).toBe(2022);
    expect(options?.plugins?.legend).toBeUndefined();
    const label = options?.plugins?.tooltip?.callbacks?.label as unknown as (c: object) => string;
    expect(label({ dataset: { label: "Quảng Trị" }, parsed: { y: 1.23456 }, datasetIndex: 0 })).toMatch(
      /^Quảng Trị: 1[,.]2346$/,
    );
    const named = impactOptions({
      years: [2021],
      axis: "x",
      yTitle: "Điểm",
      treatedFrom: 2021,
      seriesName: () => "Huế",
      legendFilter: () => true,
    });
    const namedLabel = named?.plugins?.tooltip?.callbacks?.label as unknown as (c: object) => string;
    expect(namedLabel({ dataset: { label: "Giả dược" }, parsed: { y: 2 }, datasetIndex: 1 })).toMatch(/^Huế: /);
    expect(named?.plugins?.legend?.labels?.filter).toBeTypeOf("function");
  });
});
