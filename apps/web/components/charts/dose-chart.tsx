"use client";

import { useEffect, useRef } from "react";
import { ChartFrame } from "./chart-frame";
import { type Band, bandAnnotations, Chart, FORM_COLOURS, markDrawn, yearFraction } from "./chart-kit";

export interface DoseChartProps {
  fromYear: number;
  toYear: number;
  /** Per form: activities started in each month (periodStart = first day of the month). */
  series: { form: string; label: string; months: { periodStart: string; count: number }[] }[];
  bands: Band[];
}

/** Activity dose per month, stacked by form, with campaign bands, on the same time axis as the index charts. */
export function DoseChart({ fromYear, toYear, series, bands }: DoseChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    // Every month of the period in every dataset (0 where none): bars keep one width, a month each.
    const months = Array.from(
      { length: (toYear - fromYear + 1) * 12 },
      (_, i) => `${fromYear + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`,
    );
    const chart = new Chart(canvas.current, {
      type: "bar",
      data: {
        datasets: series.map((s) => {
          const count = new Map(s.months.map((m) => [m.periodStart, m.count]));
          return {
            label: s.label,
            data: months.map((m) => ({ x: yearFraction(m) + 1 / 24, y: count.get(m) ?? 0 })),
            backgroundColor: FORM_COLOURS[s.form] ?? "#5b6475",
            categoryPercentage: 1,
            barPercentage: 0.9,
          };
        }),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        parsing: false,
        scales: {
          x: {
            type: "linear",
            stacked: true,
            min: fromYear,
            max: toYear + 1,
            afterBuildTicks: (axis) => {
              axis.ticks = Array.from({ length: toYear - fromYear + 1 }, (_, i) => ({ value: fromYear + i + 0.5 }));
            },
            ticks: { callback: (v) => String(Math.floor(Number(v))) },
            grid: { display: false },
          },
          y: {
            stacked: true,
            beginAtZero: true,
            ticks: { precision: 0 },
            title: { display: true, text: "Số hoạt động / tháng" },
          },
        },
        plugins: {
          annotation: { annotations: bandAnnotations(bands) },
          tooltip: {
            callbacks: {
              title: (items) => {
                const x = items[0]?.parsed.x ?? 0;
                const y = Math.floor(x);
                return `Tháng ${Math.floor((x - y) * 12) + 1}/${y}`;
              },
            },
          },
        },
      },
    });
    markDrawn(canvas.current, chart);
    return () => chart.destroy();
  }, [fromYear, toYear, series, bands]);
  return (
    <ChartFrame
      canvas={canvas}
      title={`Hoạt động tuyên truyền mỗi tháng ${fromYear}–${toYear}`}
      csv={() => ({
        header: ["Tháng", ...series.map((s) => s.label)],
        rows: Array.from({ length: (toYear - fromYear + 1) * 12 }, (_, i) => {
          const month = `${fromYear + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
          return [month, ...series.map((s) => s.months.find((m) => m.periodStart.startsWith(month))?.count ?? 0)];
        }),
      })}
    >
      <canvas
        ref={canvas}
        role="img"
        aria-label="Số hoạt động tuyên truyền mỗi tháng theo hình thức, với các đợt chiến dịch"
        data-testid="dose-chart"
      />
    </ChartFrame>
  );
}
