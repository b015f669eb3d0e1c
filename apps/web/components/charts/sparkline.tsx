"use client";

import { useEffect, useRef } from "react";
import type { SparkPlan } from "../../lib/figures";
import { Chart, markDrawn } from "./chart-kit";

/**
 * A small line of an index over the years, no axes: the shape of the trend,
 * with its first and last year written under it. Values when there are two or
 * more, otherwise ranks (1 at the top); the plan comes from lib/figures
 * `sparkPlan`, and without one the card says what is missing instead.
 */
export function Sparkline({ label, plan }: { label: string; plan: SparkPlan }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: "line",
      data: {
        labels: plan.years.map(String),
        datasets: [
          {
            data: plan.values,
            borderColor: "#8f1d17",
            borderWidth: 1.5,
            pointRadius: 1.5,
            spanGaps: false,
            tension: 0,
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        events: [],
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
        scales: { x: { display: false }, y: { display: false, reverse: plan.kind === "rank" } },
      },
    });
    markDrawn(canvas.current);
    return () => chart.destroy();
  }, [plan]);
  return (
    <div className="sparkline-box">
      <div className="sparkline">
        <canvas ref={canvas} role="img" aria-label={label} data-testid="sparkline" />
      </div>
      <div className="sparkline-years" data-testid="sparkline-years">
        <span>{plan.first}</span>
        <span className="note">{plan.kind === "rank" ? "thứ hạng" : "điểm"}</span>
        <span>{plan.last}</span>
      </div>
    </div>
  );
}
