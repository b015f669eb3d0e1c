import type { PointStyle } from "chart.js";
import { LINE_COLOURS } from "./chart-kit";

/**
 * Lines told apart without colour: each series has its own dash pattern and
 * point shape as well as a colour (6 dashes × 8 shapes: the first 24 series
 * differ in both), so they stay distinct in grey print and under
 * deuteranopia, where the palette's red and green merge.
 */
export const DASHES: number[][] = [[], [10, 4], [2, 3], [12, 3, 2, 3], [5, 5], [16, 4, 2, 4, 2, 4]];
export const POINT_STYLES: PointStyle[] = [
  "circle",
  "rect",
  "triangle",
  "rectRot",
  "crossRot",
  "star",
  "cross",
  "rectRounded",
];

export interface SeriesStyle {
  colour: string;
  dash: number[];
  point: PointStyle;
}

export function seriesStyle(i: number): SeriesStyle {
  return {
    colour: LINE_COLOURS[i % LINE_COLOURS.length]!,
    dash: DASHES[i % DASHES.length]!,
    point: POINT_STYLES[i % POINT_STYLES.length]!,
  };
}
