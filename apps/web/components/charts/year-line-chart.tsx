"use client";

import { useEffect, useRef } from "react";
import { type ChartCsv, ChartFrame } from "./chart-frame";
import { Chart, markDrawn, type YearLineConfig } from "./chart-kit";

/**
 * A line chart over survey years in its frame (the download and CSV
 * buttons): drawn from `config` (nothing while there are no years), marked
 * drawn, destroyed before the next draw. Wrap `config` in useCallback with
 * what it reads, so the chart is drawn again only when that changes.
 * `description`: what the picture shows, for screen readers; `data`: the
 * canvas's data-* attributes for the e2e suite.
 */
export function YearLineChart({
  title,
  description,
  testId,
  years,
  config,
  csv,
  data,
}: {
  title: string;
  description: string;
  testId: string;
  years: readonly number[];
  config: () => YearLineConfig;
  csv: () => ChartCsv;
  data?: Record<`data-${string}`, string | number>;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current || years.length === 0) return;
    const chart = new Chart(canvas.current, config());
    markDrawn(canvas.current, chart);
    return () => chart.destroy();
  }, [years, config]);
  return (
    <ChartFrame canvas={canvas} title={title} csv={csv}>
      <canvas ref={canvas} role="img" aria-label={description} data-testid={testId} {...data} />
    </ChartFrame>
  );
}
