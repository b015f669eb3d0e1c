"use client";

import { useEffect, useRef } from "react";
import { mergerIndices, type SeriesBreak } from "../../lib/series";
import { ChartFrame } from "./chart-frame";
import { formatNumber } from "@cchc/schema/format";
import {
  type Band,
  bandAnnotations,
  breakAnnotations,
  Chart,
  markBreaks,
  markDrawn,
  notJoinedAt,
  yearAxis,
  yearLineOptions,
  yearPoints,
  yearTooltipTitle,
} from "./chart-kit";

export interface IndexSeriesChartProps {
  title: string;
  /** The total's unit of measure ("%", "điểm"). */
  measureUnit: string;
  years: number[];
  values: (number | null)[];
  ranks: (number | null)[];
  /** The rank axis runs from 1 to this: the largest denominator of the years drawn (see lib/figures). */
  outOf: number;
  /** Each year's rank as the tables say it ("37/61 (tính từ số liệu)"), for the tooltip. */
  rankLabels?: (string | null)[];
  /** The denominators in words for the axis title ("/61", "/61–63 tùy năm"); default "/outOf". */
  outOfText?: string;
  /**
   * First years of a new methodology version (values either side not
   * comparable) or of the merger (ranks either side count different units:
   * the rank line is not joined across it): a dashed marker each.
   */
  breaks: SeriesBreak[];
  bands?: Band[];
  /**
   * A merged unit's predecessors (lib/merger unitLines): their values as
   * lines of their own on the value axis, named "Quảng Bình (đến 2024)";
   * nothing is carried over or averaged into the unit's own line.
   */
  predecessors?: { name: string; values: (number | null)[] }[];
  testId?: string;
}

/** Predecessors' lines: muted colours and their own dash, apart from the unit's blue line. */
const PREDECESSOR_COLOURS = ["#5b6475", "#1f8f8f", "#8a5cb8"];

/**
 * Value (left axis) and rank (right axis, 1 at the top) per survey year, on a
 * linear time axis so that campaign bands (dates) can be drawn on it; each
 * year's point sits mid-year.
 */
export function IndexSeriesChart({
  title,
  measureUnit,
  years,
  values,
  ranks,
  outOf,
  rankLabels,
  outOfText,
  breaks,
  bands = [],
  predecessors = [],
  testId,
}: IndexSeriesChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current || years.length === 0) return;
    // A line needs two points: a series with one figure (or none) is left out and the page says what is missing.
    const drawValues =
      values.filter((v) => v != null).length >= 2 || predecessors.some((l) => l.values.some((v) => v != null));
    const drawRanks = ranks.filter((r) => r != null).length >= 2;
    const breakLines = breakAnnotations(breaks, (y) => y);
    const chart = new Chart(canvas.current, {
      type: "line",
      data: {
        datasets: [
          ...(drawValues
            ? [
                {
                  label: `Điểm ${title}${measureUnit === "%" ? " (%)" : ""}`,
                  data: yearPoints(years, values),
                  yAxisID: "value",
                  borderColor: "#2e6db4",
                  backgroundColor: "#2e6db4",
                  spanGaps: false,
                  tension: 0,
                },
              ]
            : []),
          ...predecessors.map((l, i) => ({
            label: `Điểm ${l.name}`,
            data: yearPoints(years, l.values),
            yAxisID: "value",
            borderColor: PREDECESSOR_COLOURS[i % PREDECESSOR_COLOURS.length],
            backgroundColor: PREDECESSOR_COLOURS[i % PREDECESSOR_COLOURS.length],
            borderDash: [6, 3],
            pointStyle: "rectRot" as const,
            spanGaps: false,
            tension: 0,
          })),
          ...(drawRanks
            ? [
                {
                  label: "Thứ hạng",
                  data: yearPoints(years, ranks),
                  yAxisID: "rank",
                  borderColor: "#8f1d17",
                  backgroundColor: "#8f1d17",
                  borderDash: [2, 2],
                  spanGaps: false,
                  tension: 0,
                  segment: notJoinedAt(mergerIndices(breaks, years)),
                },
              ]
            : []),
        ],
      },
      options: {
        ...yearLineOptions("x"),
        scales: {
          x: yearAxis(years),
          value: {
            display: drawValues,
            position: "left",
            title: { display: true, text: measureUnit === "%" ? "Điểm (%)" : "Điểm" },
            ticks: { callback: (v) => formatNumber(Number(v), 2) },
          },
          rank: {
            display: drawRanks,
            position: drawValues ? "right" : "left",
            reverse: true,
            min: 1,
            max: outOf,
            grid: { display: false },
            title: { display: true, text: `Thứ hạng (1 = cao nhất, ${outOfText ?? `/${outOf}`})` },
            ticks: { precision: 0 },
          },
        },
        plugins: {
          annotation: { annotations: { ...bandAnnotations(bands), ...breakLines } },
          tooltip: {
            callbacks: {
              title: yearTooltipTitle,
              label: (c) =>
                c.dataset.yAxisID === "rank"
                  ? `${c.dataset.label}: ${rankLabels?.[c.dataIndex] ?? (c.parsed.y == null ? "—" : String(c.parsed.y))}`
                  : `${c.dataset.label}: ${formatNumber(c.parsed.y, 4)}`,
            },
          },
        },
      },
    });
    markDrawn(canvas.current, chart);
    markBreaks(canvas.current, breaks);
    canvas.current.dataset.predecessors = JSON.stringify(predecessors.map((l) => l.name));
    return () => chart.destroy();
  }, [title, measureUnit, years, values, ranks, outOf, rankLabels, outOfText, breaks, bands, predecessors]);
  return (
    <ChartFrame
      canvas={canvas}
      title={`${title}: điểm và thứ hạng theo năm`}
      csv={() => ({
        header: [
          "Năm",
          measureUnit === "%" ? "Điểm (%)" : "Điểm",
          "Thứ hạng",
          "Hạng (trên số tỉnh)",
          ...predecessors.map((l) => `Điểm ${l.name}`),
        ],
        rows: years.map((y, i) => [y, values[i], ranks[i], rankLabels?.[i], ...predecessors.map((l) => l.values[i])]),
      })}
    >
      <canvas
        ref={canvas}
        role="img"
        aria-label={`${title}: điểm và thứ hạng theo năm`}
        data-testid={testId ?? "index-series-chart"}
        data-ranks={rankLabels ? JSON.stringify(years.map((y, i) => [y, rankLabels[i] ?? "—"])) : undefined}
      />
    </ChartFrame>
  );
}
