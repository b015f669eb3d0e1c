"use client";

import type { LegendItem, TooltipItem } from "chart.js";
import type { AnnotationOptions } from "chartjs-plugin-annotation";
import { formatNumber } from "@cchc/schema/format";
import { type YearLineConfig, yearAxis, yearLineOptions, yearPoints, yearTooltipTitle } from "./chart-kit";

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

/**
 * The options of the impact line charts (synth series, placebo gaps): the
 * year axis; the y axis titled `yTitle`, ticks to 2 decimals; `annotations`
 * (campaign bands, the zero line) under the start line; the tooltip naming
 * the year, then each point's line (`seriesName`, default its label) and
 * value to 4 decimals; `legendFilter`: which lines the legend names.
 */
export function impactOptions({
  years,
  axis,
  yTitle,
  treatedFrom,
  annotations = {},
  seriesName = (c) => c.dataset.label,
  legendFilter,
}: {
  years: readonly number[];
  axis: "x" | "xy";
  yTitle: string;
  treatedFrom: number;
  annotations?: Record<string, AnnotationOptions>;
  seriesName?: (c: TooltipItem<"line">) => string | undefined;
  legendFilter?: (item: LegendItem) => boolean;
}): YearLineConfig["options"] {
  return {
    ...yearLineOptions(axis),
    scales: {
      x: yearAxis(years),
      y: { title: { display: true, text: yTitle }, ticks: { callback: (v) => formatNumber(Number(v), 2) } },
    },
    plugins: {
      ...(legendFilter ? { legend: { labels: { filter: legendFilter } } } : {}),
      annotation: { annotations: { ...annotations, ...startLine(treatedFrom) } },
      tooltip: {
        callbacks: {
          title: yearTooltipTitle,
          label: (c) => `${seriesName(c)}: ${formatNumber(c.parsed.y, 4)}`,
        },
      },
    },
  };
}
