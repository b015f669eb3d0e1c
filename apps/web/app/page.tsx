import Link from "next/link";
import { Suspense } from "react";
import { SeriesWithActivities } from "../components/charts/series-with-activities";
import { IndexCard } from "../components/ui/index-card";
import { formatNumber } from "../lib/format";
import { gql } from "../lib/graphql/client";
import { OverviewDocument, type OverviewQuery } from "../lib/graphql/generated/graphql";
import { latestFigures } from "../lib/series";

// Data changes with every import: render per request.
export const dynamic = "force-dynamic";

const SERIES_KEY = { PAR_INDEX: "par", SIPAS: "sipas", PAPI: "papi", PCI: "pci" } as const;
type ShownIndex = keyof typeof SERIES_KEY;
const isShown = (code: string): code is ShownIndex => code in SERIES_KEY;

interface PageProps {
  searchParams: Promise<{ subject?: string; index?: string }>;
}

export default async function OverviewPage({ searchParams }: PageProps) {
  const params = await searchParams;
  const subject = params.subject ?? "40";
  const chosen: ShownIndex = params.index && isShown(params.index) ? params.index : "PAPI";
  const data = await gql(OverviewDocument, { subject });
  if (!data.subject) return <main><p className="empty">Không tìm thấy đối tượng “{subject}”.</p></main>;
  const indices = data.indices.filter((i) => isShown(i.code));

  return (
    <main>
      <h2>
        {data.subject.nameVi} — bốn chỉ số cấp tỉnh
      </h2>
      <section className="cards" aria-label="Các chỉ số">
        {indices.map((i) => (
          <IndexCard key={i.code} shortName={i.shortName} nameVi={i.nameVi} unit={i.unit} figures={latestFigures(data[SERIES_KEY[i.code as ShownIndex]])} />
        ))}
      </section>
      <h2>Thứ hạng và hoạt động tuyên truyền theo năm</h2>
      <section className="panel">
        <nav className="tabs" aria-label="Chọn chỉ số">
          {indices.map((i) => (
            <Link key={i.code} href={`/?subject=${subject}&index=${i.code}`} aria-current={i.code === chosen ? "page" : undefined} scroll={false}>
              {i.shortName}
            </Link>
          ))}
        </nav>
        <Suspense fallback={<div className="chart-box" />}>
          <ChartAndTable data={data} index={chosen} />
        </Suspense>
        <p className="note">
          Hai chuỗi được vẽ trên cùng trục thời gian để xem mức độ phù hợp, không phải để kết luận nhân quả. Kết quả chỉ số năm N thường công bố vào tháng 4 năm N+1.
        </p>
      </section>
    </main>
  );
}

function ChartAndTable({ data, index }: { data: OverviewQuery; index: ShownIndex }) {
  const series = data[SERIES_KEY[index]];
  const counts = new Map(data.activityStats.map((g) => [Number(g.period), g.count]));
  const firstYear = Math.min(...series.map((p) => p.year), ...counts.keys());
  const lastYear = Math.max(...series.map((p) => p.year), ...counts.keys());
  if (!Number.isFinite(firstYear)) return <p className="empty">Chưa có dữ liệu chỉ số hay hoạt động. Hãy nhập bảng kết quả và nhật ký hoạt động.</p>;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const byYear = new Map(series.map((p) => [p.year, p]));
  const shortName = data.indices.find((i) => i.code === index)?.shortName ?? index;
  const rows = years.map((y) => ({ year: y, point: byYear.get(y), count: counts.get(y) ?? 0 }));
  return (
    <>
      <div className="chart-box">
        <SeriesWithActivities
          indexName={shortName}
          years={years}
          ranks={rows.map((r) => r.point?.publishedRank ?? null)}
          outOf={Math.max(63, ...series.map((p) => p.publishedOutOf ?? 0))}
          activityCounts={rows.map((r) => r.count)}
        />
      </div>
      <details>
        <summary>Xem bảng số liệu</summary>
        <table className="data" data-testid="series-table">
          <thead>
            <tr>
              <th>Năm</th>
              <th>Điểm {shortName}</th>
              <th>Thứ hạng</th>
              <th>Phương pháp</th>
              <th>Số hoạt động</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ year, point, count }) => (
              <tr key={year}>
                <td>{year}</td>
                <td>{formatNumber(point?.value, 4)}</td>
                <td>{point?.publishedRank != null ? `${point.publishedRank}/${point.publishedOutOf ?? "?"}` : "—"}</td>
                <td>{point?.methodologyVersion.code ?? ""}</td>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
