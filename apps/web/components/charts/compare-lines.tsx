"use client";

import { useEffect, useRef } from "react";
import { Chart, LINE_COLOURS, markDrawn, vi } from "./chart-kit";

/** One line per province over the years; the chosen province drawn thicker. */
export function CompareLines({ years, lines, highlight, axisLabel }: { years: number[]; lines: { code: string; name: string; values: (number | null)[] }[]; highlight: string; axisLabel: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: "line",
      data: {
        labels: years.map(String),
        datasets: lines.map((l, i) => ({ label: l.name, data: l.values, borderColor: LINE_COLOURS[i % LINE_COLOURS.length], backgroundColor: LINE_COLOURS[i % LINE_COLOURS.length], borderWidth: l.code === highlight ? 3.5 : 1.5, spanGaps: false, tension: 0 })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        scales: { y: { title: { display: true, text: axisLabel }, ticks: { callback: (v) => vi(2).format(Number(v)) } } },
        plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${c.parsed.y == null ? "—" : vi(4).format(c.parsed.y)}` } } },
      },
    });
    markDrawn(canvas.current);
    return () => chart.destroy();
  }, [years, lines, highlight, axisLabel]);
  return <canvas ref={canvas} role="img" aria-label={`${axisLabel} của các tỉnh so sánh theo năm`} data-testid="compare-lines" />;
}
