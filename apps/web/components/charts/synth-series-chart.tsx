"use client";

import { useCallback } from "react";
import { type Band, bandAnnotations, type YearLineConfig, yearPoints } from "./chart-kit";
import { impactOptions, subjectLine } from "./impact-kit";
import { YearLineChart } from "./year-line-chart";

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
  return (
    <YearLineChart
      title={name}
      description={`${name} theo năm; đường đứt đoạn dọc là năm bắt đầu ${treatedFrom}`}
      testId="impact-series-chart"
      years={years}
      config={config}
      csv={() => ({
        header: ["Năm", subjectName, "Đơn vị tổng hợp", "Chênh lệch"],
        rows: years.map((y, i) => [y, actual[i], synthetic[i], gaps[i]]),
      })}
    />
  );
}
