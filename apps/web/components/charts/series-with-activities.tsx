"use client";

import { formatNumber } from "@cchc/schema/format";
import { useEffect, useRef } from "react";
import { mergerIndices, type SeriesBreak } from "../../lib/series";
import { ChartFrame } from "./chart-frame";
import { breakAnnotations, Chart, markBreaks, markDrawn, notJoinedAt } from "./chart-kit";

export interface SeriesWithActivitiesProps {
  indexName: string;
  years: number[];
  /** The rank shown per year (lib/figures shownRank: published, else computed among provinces with data). */
  ranks: (number | null)[];
  /** Each year's rank as the table says it ("37/61 (tính từ số liệu)"), for the tooltip. */
  rankLabels?: string[];
  /** The rank axis runs from 1 to this (the largest denominator of the years drawn). */
  outOf: number;
  /** The denominators in words ("/61", "/61–63 tùy năm"). */
  outOfText?: string;
  /** Activities started in each year. */
  activityCounts: number[];
  /** Breaks to mark (lib/series); across the merger the rank line is not joined (/63 then /34). */
  breaks?: SeriesBreak[];
}

/**
 * An index's published rank (line, right axis, 1 at the top) over the
 * Department's activity count per year (bars). Drawn on one time axis to show
 * alignment, never cause.
 */
export function SeriesWithActivities({
  indexName,
  years,
  ranks,
  rankLabels,
  outOf,
  outOfText,
  activityCounts,
  breaks = [],
}: SeriesWithActivitiesProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    // A rank line needs two ranks: with fewer the page says what is missing and only the bars are drawn.
    const drawRanks = ranks.filter((r) => r != null).length >= 2;
    const chart = new Chart(canvas.current, {
      data: {
        labels: years.map(String),
        datasets: [
          ...(drawRanks
            ? [
                {
                  type: "line" as const,
                  label: `Thứ hạng ${indexName}`,
                  data: ranks,
                  yAxisID: "rank",
                  borderColor: "#8f1d17",
                  backgroundColor: "#8f1d17",
                  // A year without a published rank stays a gap: no invented trend.
                  spanGaps: false,
                  tension: 0,
                  segment: notJoinedAt(mergerIndices(breaks, years)),
                  order: 0,
                },
              ]
            : []),
          {
            type: "bar" as const,
            label: "Số hoạt động tuyên truyền",
            data: activityCounts,
            yAxisID: "count",
            backgroundColor: "rgba(46, 109, 180, 0.45)",
            order: 1,
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        locale: "vi-VN",
        interaction: { mode: "index", intersect: false },
        scales: {
          rank: {
            display: drawRanks,
            position: "right",
            reverse: true,
            min: 1,
            max: outOf,
            ticks: { precision: 0 },
            title: { display: true, text: `Thứ hạng (1 = cao nhất, ${outOfText || `/${outOf}`})` },
          },
          count: {
            position: "left",
            beginAtZero: true,
            grid: { display: false },
            title: { display: true, text: "Số hoạt động" },
            ticks: { precision: 0 },
          },
        },
        plugins: {
          annotation: {
            annotations: breakAnnotations(breaks, (y) => (years.indexOf(y) > 0 ? years.indexOf(y) - 0.5 : null)),
          },
          tooltip: {
            callbacks: {
              label: (c) =>
                c.dataset.yAxisID === "rank"
                  ? `${c.dataset.label}: ${rankLabels?.[c.dataIndex] ?? formatNumber(c.parsed.y, 3)}`
                  : `${c.dataset.label}: ${formatNumber(c.parsed.y, 3)}`,
            },
          },
        },
      },
    });
    markDrawn(canvas.current, chart);
    markBreaks(canvas.current, breaks);
    return () => chart.destroy();
  }, [indexName, years, ranks, rankLabels, outOf, outOfText, activityCounts, breaks]);

  return (
    <ChartFrame
      canvas={canvas}
      title={`Thứ hạng ${indexName} và số hoạt động theo năm`}
      csv={() => ({
        header: ["Năm", `Thứ hạng ${indexName}`, "Hạng (trên số tỉnh)", "Số hoạt động"],
        rows: years.map((y, i) => [y, ranks[i], rankLabels?.[i], activityCounts[i]]),
      })}
    >
      <canvas
        ref={canvas}
        role="img"
        aria-label={`Thứ hạng ${indexName} và số hoạt động theo năm`}
        data-testid="series-chart"
      />
    </ChartFrame>
  );
}
