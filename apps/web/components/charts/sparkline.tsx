"use client";

import { useEffect, useRef } from "react";
import { Chart, markDrawn } from "./chart-kit";

/** A small line of an index's values over the years, no axes: the shape of the trend. */
export function Sparkline({ label, years, values }: { label: string; years: number[]; values: (number | null)[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: "line",
      data: {
        labels: years.map(String),
        datasets: [
          { data: values, borderColor: "#8f1d17", borderWidth: 1.5, pointRadius: 1.5, spanGaps: false, tension: 0 },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        events: [],
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
        scales: { x: { display: false }, y: { display: false } },
      },
    });
    markDrawn(canvas.current);
    return () => chart.destroy();
  }, [years, values]);
  return (
    <div className="sparkline">
      <canvas ref={canvas} role="img" aria-label={label} data-testid="sparkline" />
    </div>
  );
}
