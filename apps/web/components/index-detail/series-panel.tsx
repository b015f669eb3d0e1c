import Link from "next/link";
import type { IndexDetailQuery, UnitHistoryQuery } from "../../lib/graphql/generated/graphql";
import { outOfLabel, rankAxisMax, rankText } from "../../lib/figures";
import { missingText, otherRankText, type seriesView, seriesValueText } from "../../lib/index-detail";
import { eraChanges, unitLines } from "../../lib/merger";
import { methodologyBreaks, withMergerBreaks } from "../../lib/series";
import { IndexSeriesChart } from "../charts/index-series-chart";
import { DataTable } from "../ui/data-table";
import { FigureSource } from "../ui/figure-source";
import { SourceCell } from "../ui/source-cell";

type Detail = IndexDetailQuery;
type SeriesPoint = Detail["indexSeries"][number];

/** "Điểm và thứ hạng qua các năm": the chart (with predecessors' lines), the table by year and its source. */
export function SeriesPanel({
  index,
  subjectName,
  subject,
  series,
  view,
  history,
  provinces,
  provinceEras,
}: {
  index: NonNullable<Detail["index"]>;
  subjectName: string;
  subject: string;
  series: Detail["indexSeries"];
  view: ReturnType<typeof seriesView<SeriesPoint>>;
  history: UnitHistoryQuery["compareSeries"];
  provinces: Detail["provinces"];
  provinceEras: Detail["provinceEras"];
}) {
  const { years, byYear, ranks, rankedYears, valued, latestFigure } = view;
  if (series.length === 0)
    return (
      <p className="empty">
        Chưa có số liệu {index.shortName} của {subjectName}. Nhập bảng kết quả ở trang{" "}
        <Link href="/nhap-du-lieu">Nhập dữ liệu</Link>.
      </p>
    );
  return (
    <section className="panel">
      {(valued < 2 || rankedYears < 2) && (
        <p className="empty" data-testid="series-missing">
          {missingText(index.shortName, valued, rankedYears, series)} Nhập bảng kết quả {index.shortName} chính thức
          (điểm và thứ hạng của các tỉnh) ở trang <Link href="/nhap-du-lieu">Nhập dữ liệu</Link>; xem những gì còn thiếu
          ở <Link href="/ve-so-lieu">Về số liệu</Link>.
        </p>
      )}
      {(valued >= 2 || rankedYears >= 2 || history.length > 0) && (
        <div className="chart-box">
          <IndexSeriesChart
            title={index.shortName}
            measureUnit={index.measureUnit}
            years={years}
            values={years.map((y) => byYear.get(y)?.value ?? null)}
            ranks={ranks.map((r) => r?.rank ?? null)}
            rankLabels={years.map((y) => rankText(byYear.get(y)))}
            outOf={rankAxisMax(ranks) ?? 1}
            outOfText={outOfLabel(ranks)}
            breaks={withMergerBreaks(methodologyBreaks(series), eraChanges(provinceEras), years)}
            predecessors={unitLines(years, history, provinces, subject)}
          />
        </div>
      )}
      <DataTable
        caption={`${index.shortName} của ${subjectName} theo năm`}
        testId="series-table"
        columns={["Năm", "Điểm", "Thứ hạng", "Phương pháp", "Nguồn", "Ghi chú"]}
        rows={years.map((y) => {
          const p = byYear.get(y);
          return [
            y,
            seriesValueText(p, index.measureUnit),
            rankText(p),
            p?.methodologyVersion.code ?? "",
            <SourceCell key="src" point={p} />,
            otherRankText(p),
          ];
        })}
      />
      <FigureSource
        source={byYear.get(latestFigure ?? 0)?.source}
        latestYear={latestFigure}
        year={latestFigure}
        testId="series-source"
      />
    </section>
  );
}
