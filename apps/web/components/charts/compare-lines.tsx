"use client";

import { useEffect, useRef } from "react";
import type { SeriesBreak } from "../../lib/series";
import { formatNumber } from "@cchc/schema/format";
import { breakAnnotations, Chart, markBreaks, markDrawn } from "./chart-kit";
import { ChartFrame } from "./chart-frame";
import { seriesStyle } from "./series-styles";

interface CompareLinesProps {
  years: number[];
  lines: { code: string; name: string; values: (number | null)[] }[];
  highlight: string;
  axisLabel: string;
  /**
   * First years of a new methodology version (a marker, and the segment
   * across it dotted: not comparable) or of the merger (a marker; a merged
   * unit's predecessors are lines of their own that end before it, so no
   * line joins them, while an unchanged unit's line runs on).
   */
  breaks?: SeriesBreak[];
}

/** Below this width (px) the lines are named by the legend only. */
const NARROW = 560;

/** Draws each line's name at its last point, so the lines are named without the legend's colours. */
const endLabels = {
  id: "endLabels",
  afterDatasetsDraw(chart: Chart) {
    const { ctx, chartArea } = chart;
    // On a phone the legend (with each line's point shape) names the lines; the end labels would crowd the plot.
    if (chart.width < NARROW) return;
    const placed: number[] = [];
    ctx.save();
    ctx.font = `11px ${Chart.defaults.font.family}`;
    ctx.textBaseline = "middle";
    chart.data.datasets.forEach((d, i) => {
      const meta = chart.getDatasetMeta(i);
      if (meta.hidden) return;
      let j = d.data.length - 1;
      while (j >= 0 && d.data[j] == null) j--;
      const last = meta.data[j];
      if (!last) return;
      let y = last.y;
      // Nudge labels apart (12 px) so neighbours stay readable.
      while (placed.some((p) => Math.abs(p - y) < 12)) y += 12;
      placed.push(y);
      ctx.fillStyle = String(d.borderColor);
      ctx.fillText(String(d.label), Math.min(last.x + 6, chartArea.right + 4), Math.min(y, chartArea.bottom));
    });
    ctx.restore();
  },
};

/** One line per province over the years; the chosen province drawn thicker; dashes and point shapes per line. */
export function CompareLines({ years, lines, highlight, axisLabel, breaks = [] }: CompareLinesProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const breakAt = new Set(
      breaks
        .filter((b) => b.kind === "methodology")
        .map((b) => years.indexOf(b.year))
        .filter((i) => i > 0),
    );
    // On a category axis the marker sits between the year before and the break's year.
    const breakLines = breakAnnotations(breaks, (y) => (years.indexOf(y) > 0 ? years.indexOf(y) - 0.5 : null));
    const styles = lines.map((_, i) => seriesStyle(i));
    const chart = new Chart(canvas.current, {
      type: "line",
      data: {
        labels: years.map(String),
        datasets: lines.map((l, i) => {
          const s = styles[i]!;
          return {
            label: l.name,
            data: l.values,
            borderColor: s.colour,
            backgroundColor: s.colour,
            borderWidth: l.code === highlight ? 3.5 : 1.75,
            borderDash: s.dash,
            pointStyle: s.point,
            pointRadius: l.code === highlight ? 5 : 4,
            pointHoverRadius: 7,
            spanGaps: false,
            tension: 0,
            segment: {
              // Across a methodology break every line is dotted the same way (not comparable).
              borderDash: (ctx: { p1DataIndex: number }) => (breakAt.has(ctx.p1DataIndex) ? [1, 5] : s.dash),
            },
          };
        }),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        layout: { padding: (c: { chart: Chart }) => ({ right: c.chart.width < NARROW ? 8 : 96 }) },
        scales: {
          y: { title: { display: true, text: axisLabel }, ticks: { callback: (v) => formatNumber(Number(v), 2) } },
        },
        plugins: {
          annotation: { annotations: breakLines },
          legend: { labels: { usePointStyle: true, pointStyleWidth: 14 } },
          tooltip: {
            usePointStyle: true,
            callbacks: { label: (c) => `${c.dataset.label}: ${formatNumber(c.parsed.y, 4)}` },
          },
        },
      },
      plugins: [endLabels],
    });
    markDrawn(canvas.current);
    markBreaks(canvas.current, breaks);
    // The series' styles, for checking that they differ by more than colour.
    canvas.current.dataset.series = JSON.stringify(
      lines.map((l, i) => ({ name: l.name, dash: styles[i]!.dash, point: styles[i]!.point })),
    );
    return () => chart.destroy();
  }, [years, lines, highlight, axisLabel, breaks]);
  return (
    <ChartFrame
      canvas={canvas}
      title={`${axisLabel} qua các năm`}
      csv={() => ({
        header: ["Mã tỉnh", "Tỉnh", ...years.map(String)],
        rows: lines.map((l) => [l.code, l.name, ...l.values]),
      })}
    >
      <canvas
        ref={canvas}
        role="img"
        aria-label={`${axisLabel} của các tỉnh so sánh theo năm; mỗi tỉnh một kiểu nét và dấu điểm, tên ở cuối đường`}
        data-testid="compare-lines"
      />
    </ChartFrame>
  );
}
