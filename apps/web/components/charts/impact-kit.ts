"use client";

import type { AnnotationOptions } from "chartjs-plugin-annotation";
import { yearPoints } from "./chart-kit";

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

/** The subject's line on the impact charts (dark red), its value mid-year each survey year; the caller adds width and order. */
export function subjectLine(label: string, years: readonly number[], values: readonly (number | null)[]) {
  return { label, data: yearPoints(years, values), borderColor: "#8f1d17", backgroundColor: "#8f1d17", tension: 0 };
}
