"use client";

import { useCallback, useRef } from "react";
import { ChartFrame } from "./chart-frame";
import { type Band, bandAnnotations, useYearLineChart, type YearLineConfig, yearPoints } from "./chart-kit";
import { impactOptions, subjectLine } from "./impact-kit";

export interface SynthSeriesChartProps {
  /** What is measured ("PAPI", "PAPI — Kiểm soát tham nhũng"). */
  title: string;
  subjectName: string;
  years: number[];
  actual: number[];
  synthetic: number[];
  /** The API's gap (actual − synthetic) per year, for the CSV: the same figure as the tables. */
  gaps: number[];
  treatedFrom: number;
  bands?: Band[];
}

/** The subject against its synthetic counterpart, with the campaign bands and the start year. */
export function SynthSeriesChart({
  title,
  subjectName,
  years,
  actual,
  synthetic,
  gaps,
  treatedFrom,
  bands = [],
}: SynthSeriesChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const name = `${title}: ${subjectName} và đơn vị tổng hợp`;
  const config = useCallback(
    (): YearLineConfig => ({
      type: "line",
      data: {
        datasets: [
          { ...subjectLine(subjectName, years, actual), borderWidth: 2.5 },
          {
            label: "Đơn vị tổng hợp",
            data: yearPoints(years, synthetic),
            borderColor: "#2e6db4",
            backgroundColor: "#2e6db4",
            borderDash: [6, 4],
            pointStyle: "rectRot",
            tension: 0,
          },
        ],
      },
      options: impactOptions({
        years,
        axis: "x",
        yTitle: "Điểm",
        treatedFrom,
        annotations: bandAnnotations(bands),
      }),
    }),
    [subjectName, years, actual, synthetic, treatedFrom, bands],
  );
  useYearLineChart(canvas, years, config);
  return (
    <ChartFrame
      canvas={canvas}
      title={name}
      csv={() => ({
        header: ["Năm", subjectName, "Đơn vị tổng hợp", "Chênh lệch"],
        rows: years.map((y, i) => [y, actual[i], synthetic[i], gaps[i]]),
      })}
    >
      <canvas
        ref={canvas}
        role="img"
        aria-label={`${name} theo năm; đường đứt đoạn dọc là năm bắt đầu ${treatedFrom}`}
        data-testid="impact-series-chart"
      />
    </ChartFrame>
  );
}
