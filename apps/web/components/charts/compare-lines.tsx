"use client";

import type { AnnotationOptions } from "chartjs-plugin-annotation";
import { useEffect, useRef } from "react";
import { Chart, LINE_COLOURS, markDrawn, vi } from "./chart-kit";

interface CompareLinesProps {
  years: number[];
  lines: { code: string; name: string; values: (number | null)[] }[];
  highlight: string;
  axisLabel: string;
  /** First years of a new methodology version: a dashed line, and the segment across it dashed (not comparable). */
  breaks?: { year: number; label: string }[];
}

/** One line per province over the years; the chosen province drawn thicker. */
export function CompareLines({ years, lines, highlight, axisLabel, breaks = [] }: CompareLinesProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const breakAt = new Set(breaks.map((b) => years.indexOf(b.year)).filter((i) => i > 0));
    const breakLines: Record<string, AnnotationOptions> = Object.fromEntries(
      [...breakAt].map((i) => [
        `break${i}`,
        {
          type: "line",
          xMin: i - 0.5,
          xMax: i - 0.5,
          borderColor: "#5b6475",
          borderDash: [5, 4],
          borderWidth: 1,
          label: {
            display: true,
            content: breaks.find((b) => b.year === years[i])?.label ?? "",
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
        labels: years.map(String),
        datasets: lines.map((l, i) => ({
          label: l.name,
          data: l.values,
          borderColor: LINE_COLOURS[i % LINE_COLOURS.length],
          backgroundColor: LINE_COLOURS[i % LINE_COLOURS.length],
          borderWidth: l.code === highlight ? 3.5 : 1.5,
          spanGaps: false,
          tension: 0,
          segment: {
            borderDash: (ctx: { p1DataIndex: number }) => (breakAt.has(ctx.p1DataIndex) ? [3, 4] : undefined),
          },
        })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        scales: {
          y: { title: { display: true, text: axisLabel }, ticks: { callback: (v) => vi(2).format(Number(v)) } },
        },
        plugins: {
          annotation: { annotations: breakLines },
          tooltip: {
            callbacks: { label: (c) => `${c.dataset.label}: ${c.parsed.y == null ? "—" : vi(4).format(c.parsed.y)}` },
          },
        },
      },
    });
    markDrawn(canvas.current);
    return () => chart.destroy();
  }, [years, lines, highlight, axisLabel, breaks]);
  return (
    <canvas
      ref={canvas}
      role="img"
      aria-label={`${axisLabel} của các tỉnh so sánh theo năm`}
      data-testid="compare-lines"
    />
  );
}
