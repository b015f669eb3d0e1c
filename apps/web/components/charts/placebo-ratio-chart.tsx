"use client";

import { useEffect, useRef } from "react";
import { ChartFrame } from "./chart-frame";
import { formatNumber } from "@cchc/schema/format";
import { Chart, markDrawn } from "./chart-kit";

export interface PlaceboRatioChartProps {
  title: string;
  /** Largest ratio first (rank 1), the subject marked. */
  bars: { code: string; name: string; ratio: number; isSubject: boolean }[];
}

/**
 * Each unit's post/pre RMSPE ratio, largest first: where the subject stands
 * among the placebos is its rank, and p = rank / units.
 */
export function PlaceboRatioChart({ title, bars }: PlaceboRatioChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const name = `${title}: tỷ số sai số sau/trước của từng tỉnh`;
  useEffect(() => {
    if (!canvas.current || bars.length === 0) return;
    const chart = new Chart(canvas.current, {
      type: "bar",
      data: {
        labels: bars.map((b) => b.name),
        datasets: [
          {
            label: "Tỷ số RMSPE sau/trước",
            data: bars.map((b) => b.ratio),
            backgroundColor: bars.map((b) => (b.isSubject ? "#8f1d17" : "#b8bec9")),
            borderColor: bars.map((b) => (b.isSubject ? "#8f1d17" : "#9aa3b2")),
            borderWidth: 1,
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          // 34–63 names do not fit under the bars; the tooltip and the table name them.
          x: {
            ticks: { display: false },
            grid: { display: false },
            title: { display: true, text: "Các tỉnh, tỷ số lớn nhất trước" },
          },
          y: {
            beginAtZero: true,
            title: { display: true, text: "Tỷ số" },
            ticks: { callback: (v) => formatNumber(Number(v), 2) },
          },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items) => `Hạng ${(items[0]?.dataIndex ?? 0) + 1}: ${items[0]?.label ?? ""}`,
              label: (c) => `Tỷ số: ${formatNumber(c.parsed.y, 3)}`,
            },
          },
        },
      },
    });
    markDrawn(canvas.current);
    return () => chart.destroy();
  }, [bars]);
  const at = bars.findIndex((b) => b.isSubject);
  return (
    <ChartFrame
      canvas={canvas}
      title={name}
      csv={() => ({
        header: ["Hạng", "Mã tỉnh", "Tỉnh", "Tỷ số RMSPE sau/trước"],
        rows: bars.map((b, i) => [i + 1, b.code, b.name, b.ratio]),
      })}
    >
      <canvas
        ref={canvas}
        role="img"
        aria-label={`${name}: ${bars.length} cột, lớn nhất bên trái; cột đậm${at >= 0 ? ` (thứ ${at + 1})` : ""} là ${bars[at]?.name ?? "đơn vị được đánh giá"}`}
        data-testid="impact-placebo-chart"
      />
    </ChartFrame>
  );
}
