"use client";

import type { AnnotationOptions } from "chartjs-plugin-annotation";

/** Survey years sit mid-year on a linear axis, so campaign bands (dates) and the start year line up with them. */
export const midYear = (y: number) => y + 0.5;

/** The start year as a vertical line at 1 January of that year: pre-period to its left, post-period from it on. */
export function startLine(treatedFrom: number): Record<string, AnnotationOptions> {
  return {
    start: {
      type: "line",
      xMin: treatedFrom,
      xMax: treatedFrom,
      borderColor: "#1d2330",
      borderWidth: 1.5,
      borderDash: [6, 3],
      label: {
        display: true,
        content: `Năm bắt đầu ${treatedFrom}`,
        position: "start",
        font: { size: 11 },
        backgroundColor: "#1d2330cc",
      },
    } satisfies AnnotationOptions,
  };
}

/** The x axis of the impact charts: one tick per survey year, mid-year. */
export function yearAxis(years: readonly number[]) {
  return {
    type: "linear" as const,
    min: years[0],
    max: (years[years.length - 1] ?? 0) + 1,
    afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
      axis.ticks = years.map((y) => ({ value: midYear(y) }));
    },
    ticks: { callback: (v: string | number) => String(Math.floor(Number(v))) },
    grid: { display: false },
  };
}
