"use client";

import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import annotationPlugin, { type AnnotationOptions } from "chartjs-plugin-annotation";
import type { ChartConfiguration } from "chart.js";
import type { SeriesBreak } from "../../lib/series";

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
  Filler,
  annotationPlugin,
);
Chart.defaults.font.family = '"Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
Chart.defaults.locale = "vi-VN";
Chart.defaults.font.size = 12;
// Legends wrap onto more rows on a phone (Chart.js lays items out in rows): smaller swatches fit more per row.
Chart.defaults.plugins.legend.labels.boxWidth = 14;
Chart.defaults.plugins.legend.labels.padding = 8;

/** The smallest text a chart draws, in CSS px: tick, legend, title and annotation labels stay readable on a phone. */
export const MIN_FONT_PX = 11;
type Fontish = { size?: unknown } | undefined;
const lift = (font: Fontish) => {
  if (font && typeof font === "object" && typeof font.size === "number" && font.size < MIN_FONT_PX)
    font.size = MIN_FONT_PX;
};
/** A floor under every font size a chart's own options ask for (its raw options, once, before the first draw). */
Chart.register({
  id: "fontFloor",
  beforeInit(chart: Chart) {
    const o = chart.config.options as {
      scales?: Record<string, { ticks?: { font?: Fontish }; title?: { font?: Fontish } }>;
      plugins?: {
        legend?: { labels?: { font?: Fontish } };
        title?: { font?: Fontish };
        annotation?: { annotations?: Record<string, { label?: { font?: Fontish } }> };
      };
    };
    for (const scale of Object.values(o.scales ?? {})) {
      lift(scale.ticks?.font);
      lift(scale.title?.font);
    }
    lift(o.plugins?.legend?.labels?.font);
    lift(o.plugins?.title?.font);
    for (const a of Object.values(o.plugins?.annotation?.annotations ?? {})) lift(a.label?.font);
  },
});

export { Chart };

export const FORM_COLOURS: Record<string, string> = {
  F1: "#2e6db4",
  F2: "#d08a1e",
  F3: "#4f9a52",
  F4: "#8a5cb8",
  F5: "#c2455d",
};
export const LINE_COLOURS = ["#8f1d17", "#2e6db4", "#4f9a52", "#d08a1e", "#8a5cb8", "#1f8f8f", "#c2455d", "#5b6475"];

/** Survey years sit mid-year on a linear axis, so campaign bands (dates) and start years line up with them. */
export const midYear = (y: number) => y + 0.5;

/** A series as {x, y} points, each survey year's value mid-year; a missing value is a gap (null). */
export function yearPoints(years: readonly number[], values: readonly (number | null | undefined)[]) {
  return years.map((y, i) => ({ x: midYear(y), y: values[i] ?? null }));
}

/** The x axis of a chart over survey years: one tick per year, mid-year, labelled with the year. */
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

/**
 * The options every line chart over survey years shares: drawn at once, sized
 * by its frame, data given as points (yearPoints), the tooltip on the nearest
 * point: along x ("x": every line's value that year) or in both directions
 * ("xy": one line among many).
 */
export function yearLineOptions(axis: "x" | "xy") {
  return {
    animation: false as const,
    maintainAspectRatio: false,
    parsing: false as const,
    interaction: { mode: "nearest" as const, axis, intersect: false },
  };
}

/** A line chart over survey years: its lines as yearPoints. */
export type YearLineConfig = ChartConfiguration<"line", ReturnType<typeof yearPoints>>;

/** A tooltip's title on a chart over survey years: "Năm 2023". */
export const yearTooltipTitle = (items: readonly { parsed: { x: number | null } }[]) =>
  `Năm ${Math.floor(items[0]?.parsed.x ?? 0)}`;

/** A campaign: an activity lasting a week or more, drawn as a band from start to end. */
export interface Band {
  from: string;
  to: string;
  label: string;
  colour?: string;
}

/** 2022-02-10 → 2022.11: dates and survey years on one linear axis. */
export function yearFraction(iso: string, endOfDay = false): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  return y + (Date.UTC(y, m - 1, d + (endOfDay ? 1 : 0)) - start) / (Date.UTC(y + 1, 0, 1) - start);
}

export function bandAnnotations(bands: Band[]): Record<string, AnnotationOptions> {
  return Object.fromEntries(
    bands.map((b, i) => [
      `band${i}`,
      {
        type: "box",
        xMin: yearFraction(b.from),
        xMax: yearFraction(b.to, true),
        backgroundColor: `${b.colour ?? "#d08a1e"}22`,
        borderWidth: 0,
        drawTime: "beforeDatasetsDraw",
      } satisfies AnnotationOptions,
    ]),
  );
}

/**
 * A dashed vertical marker at each break (lib/series SeriesBreak: a new
 * methodology version, or the merger of provinces), placed by `at` (the
 * x of the boundary before the break's year; null: not on this chart).
 */
export function breakAnnotations(
  breaks: readonly SeriesBreak[],
  at: (year: number) => number | null,
): Record<string, AnnotationOptions> {
  return Object.fromEntries(
    breaks.flatMap((b) => {
      const x = at(b.year);
      if (x == null) return [];
      const colour = b.kind === "merger" ? "#8a4b00" : "#5b6475";
      return [
        [
          `break${b.year}`,
          {
            type: "line",
            xMin: x,
            xMax: x,
            borderColor: colour,
            borderDash: b.kind === "merger" ? [8, 4] : [5, 4],
            borderWidth: b.kind === "merger" ? 1.5 : 1,
            label: {
              display: true,
              content: b.label,
              position: "start",
              font: { size: 10 },
              backgroundColor: `${colour}cc`,
            },
          } satisfies AnnotationOptions,
        ],
      ];
    }),
  );
}

/**
 * A line's segments as drawn: one ending in a merger year is left out, so a
 * rank out of the old units is never joined to one out of the new.
 * `indices`: the merger years' data indices (lib/series mergerIndices).
 */
export function notJoinedAt(indices: readonly number[]) {
  return {
    borderColor: (ctx: { p1DataIndex: number }) => (indices.includes(ctx.p1DataIndex) ? "transparent" : undefined),
  };
}

/** The breaks a chart carries, for the e2e suite: [year, kind] pairs. */
export function markBreaks(canvas: HTMLCanvasElement, breaks: readonly SeriesBreak[]) {
  canvas.dataset.breaks = JSON.stringify(breaks.map((b) => [b.year, b.kind]));
}

/**
 * Marks the canvas as drawn and how many campaign bands the chart carries
 * (the e2e suite checks both), and the first chart's paint time (printed by the suite).
 */
export function markDrawn(canvas: HTMLCanvasElement, chart?: { options: object }) {
  canvas.dataset.drawn = "true";
  const annotations = (
    chart?.options as { plugins?: { annotation?: { annotations?: Record<string, unknown> } } } | undefined
  )?.plugins?.annotation?.annotations;
  if (annotations) canvas.dataset.bands = String(Object.keys(annotations).filter((k) => k.startsWith("band")).length);
  if (performance.getEntriesByName("first-chart-drawn").length === 0) performance.mark("first-chart-drawn");
}
