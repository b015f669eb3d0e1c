"use client";

import type { AnnotationOptions } from "chartjs-plugin-annotation";
import { useEffect, useRef } from "react";
import { ChartFrame } from "./chart-frame";
import { type Band, bandAnnotations, Chart, markDrawn, vi } from "./chart-kit";

export interface IndexSeriesChartProps {
  title: string;
  unit: string;
  years: number[];
  values: (number | null)[];
  ranks: (number | null)[];
  /** The rank axis runs from 1 to this: the largest denominator of the years drawn (see lib/figures). */
  outOf: number;
  /** Each year's rank as the tables say it ("37/61 (tính từ số liệu)"), for the tooltip. */
  rankLabels?: (string | null)[];
  /** The denominators in words for the axis title ("/61", "/61–63 tùy năm"); default "/outOf". */
  outOfText?: string;
  /** First years of a new methodology version: a dashed line, values either side are not comparable. */
  breaks: { year: number; label: string }[];
  bands?: Band[];
  testId?: string;
}

/**
 * Value (left axis) and rank (right axis, 1 at the top) per survey year, on a
 * linear time axis so that campaign bands (dates) can be drawn on it; each
 * year's point sits mid-year.
 */
export function IndexSeriesChart({
  title,
  unit,
  years,
  values,
  ranks,
  outOf,
  rankLabels,
  outOfText,
  breaks,
  bands = [],
  testId,
}: IndexSeriesChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current || years.length === 0) return;
    const at = (y: number) => y + 0.5;
    // A line needs two points: a series with one figure (or none) is left out and the page says what is missing.
    const drawValues = values.filter((v) => v != null).length >= 2;
    const drawRanks = ranks.filter((r) => r != null).length >= 2;
    const breakLines: Record<string, AnnotationOptions> = Object.fromEntries(
      breaks.map((b) => [
        `break${b.year}`,
        {
          type: "line",
          xMin: b.year,
          xMax: b.year,
          borderColor: "#5b6475",
          borderDash: [5, 4],
          borderWidth: 1,
          label: {
            display: true,
            content: b.label,
            position: "start",
            font: { size: 10 },
            backgroundColor: "#5b6475cc",
          },
        } satisfies AnnotationOptions,
      ]),
    );
    const chart = new Chart(canvas.current, {
      type: "line",
      data: {
        datasets: [
          ...(drawValues
            ? [
                {
                  label: `Điểm ${title}${unit === "%" ? " (%)" : ""}`,
                  data: years.map((y, i) => ({ x: at(y), y: values[i] ?? null })),
                  yAxisID: "value",
                  borderColor: "#2e6db4",
                  backgroundColor: "#2e6db4",
                  spanGaps: false,
                  tension: 0,
                },
              ]
            : []),
          ...(drawRanks
            ? [
                {
                  label: "Thứ hạng",
                  data: years.map((y, i) => ({ x: at(y), y: ranks[i] ?? null })),
                  yAxisID: "rank",
                  borderColor: "#8f1d17",
                  backgroundColor: "#8f1d17",
                  borderDash: [2, 2],
                  spanGaps: false,
                  tension: 0,
                },
              ]
            : []),
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        parsing: false,
        interaction: { mode: "nearest", axis: "x", intersect: false },
        scales: {
          x: {
            type: "linear",
            min: years[0],
            max: years[years.length - 1]! + 1,
            afterBuildTicks: (axis) => {
              axis.ticks = years.map((y) => ({ value: at(y) }));
            },
            ticks: { callback: (v) => String(Math.floor(Number(v))) },
            grid: { display: false },
          },
          value: {
            display: drawValues,
            position: "left",
            title: { display: true, text: unit === "%" ? "Điểm (%)" : "Điểm" },
            ticks: { callback: (v) => vi(2).format(Number(v)) },
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
              title: (items) => `Năm ${Math.floor(items[0]?.parsed.x ?? 0)}`,
              label: (c) =>
                c.dataset.yAxisID === "rank"
                  ? `${c.dataset.label}: ${rankLabels?.[c.dataIndex] ?? (c.parsed.y == null ? "—" : String(c.parsed.y))}`
                  : `${c.dataset.label}: ${c.parsed.y == null ? "—" : vi(4).format(c.parsed.y)}`,
            },
          },
        },
      },
    });
    markDrawn(canvas.current, chart);
    return () => chart.destroy();
  }, [title, unit, years, values, ranks, outOf, rankLabels, outOfText, breaks, bands]);
  return (
    <ChartFrame
      canvas={canvas}
      title={`${title}: điểm và thứ hạng theo năm`}
      csv={() => ({
        header: ["Năm", unit === "%" ? "Điểm (%)" : "Điểm", "Thứ hạng", "Hạng (trên số tỉnh)"],
        rows: years.map((y, i) => [y, values[i], ranks[i], rankLabels?.[i]]),
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
