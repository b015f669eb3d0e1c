"use client";

import { useCallback } from "react";
import { type YearLineConfig, yearPoints } from "./chart-kit";
import { impactOptions, subjectLine } from "./impact-kit";
import { YearLineChart } from "./year-line-chart";

export interface PlaceboGapChartProps {
  title: string;
  subjectName: string;
  years: number[];
  /** The subject's gap (value − synthetic) per year. */
  subject: (number | null)[];
  /** Every placebo's gap on the same years, each unit fitted as if it had started that year. */
  placebos: { code: string; name: string; values: (number | null)[] }[];
  treatedFrom: number;
}

const PLACEBO_GREY = "#b8bec9";
const PLACEBO_LABEL = "Giả dược (mỗi tỉnh một đường)";

/**
 * The synthetic-control figure: every placebo's gap in light grey behind the
 * subject's, zero dotted, the start year dashed. The legend names the subject
 * and the grey lines once.
 */
export function PlaceboGapChart({ title, subjectName, years, subject, placebos, treatedFrom }: PlaceboGapChartProps) {
  const name = `${title}: chênh lệch so với đơn vị tổng hợp, ${subjectName} và các giả dược`;
  const config = useCallback(
    (): YearLineConfig => ({
      type: "line",
      data: {
        datasets: [
          { ...subjectLine(subjectName, years, subject), borderWidth: 3, order: 0 },
          ...placebos.map((p, i) => ({
            label: i === 0 ? PLACEBO_LABEL : p.name,
            data: yearPoints(years, p.values),
            borderColor: PLACEBO_GREY,
            backgroundColor: PLACEBO_GREY,
            borderWidth: 1,
            pointRadius: 0,
            pointHoverRadius: 3,
            spanGaps: false,
            tension: 0,
            order: 1,
          })),
        ],
      },
      options: impactOptions({
        years,
        axis: "xy",
        yTitle: "Chênh lệch (điểm)",
        treatedFrom,
        annotations: {
          zero: { type: "line", yMin: 0, yMax: 0, borderColor: "#5b6475", borderWidth: 1, borderDash: [2, 3] },
        },
        // The first placebo's line carries the legend label of all grey lines: its tooltip names the placebo itself.
        seriesName: (c) => (c.datasetIndex === 1 ? placebos[0]?.name : c.dataset.label),
        legendFilter: (item) => item.datasetIndex !== undefined && item.datasetIndex <= 1,
      }),
    }),
    [subjectName, years, subject, placebos, treatedFrom],
  );
  return (
    <YearLineChart
      title={name}
      description={`${name}: đường đậm là ${subjectName}, ${placebos.length} đường xám nhạt là các tỉnh giả dược; đường đứt đoạn dọc là năm bắt đầu ${treatedFrom}`}
      testId="impact-gap-chart"
      years={years}
      config={config}
      csv={() => ({
        header: ["Mã tỉnh", "Tỉnh", "Vai trò", ...years.map(String)],
        rows: [
          ["", subjectName, "Đơn vị được đánh giá", ...subject],
          ...placebos.map((p) => [p.code, p.name, "Giả dược", ...p.values]),
        ],
      })}
      data={{ "data-placebos": placebos.length }}
    />
  );
}
