import Link from "next/link";
import { notFound } from "next/navigation";
import { ComponentBars } from "../../../components/charts/component-bars";
import { IndexSeriesChart } from "../../../components/charts/index-series-chart";
import { DataTable } from "../../../components/ui/data-table";
import { SourceCell } from "../../../components/ui/source-cell";
import { FilterForm } from "../../../components/ui/filter-form";
import { provinceOptions, SelectField, yearOptions } from "../../../components/ui/select-field";
import { formatNumber, formatRankChange } from "../../../lib/format";
import { gql } from "../../../lib/graphql/client";
import { IndexDetailDocument, type IndexCode } from "../../../lib/graphql/generated/graphql";
import { hrefWith, int, one, type SearchParams } from "../../../lib/params";
import { latestPublishedYear, methodologyBreaks, yearSpan } from "../../../lib/series";

export const dynamic = "force-dynamic";
const CODES: IndexCode[] = ["PAR_INDEX", "SIPAS", "PAPI", "PCI"];

export default async function IndexDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ index: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { index: raw } = await params;
  const index = CODES.find((c) => c === raw);
  if (!index) notFound();
  const q = await searchParams;
  const subject = one(q, "subject") ?? "40";
  const parent = one(q, "component");
  // The series decides the default year: the latest published one.
  const first = await gql(IndexDetailDocument, {
    subject,
    index,
    year: int(q, "year", 2023, 2005, 2100),
    parent: parent ?? null,
  });
  const latest = latestPublishedYear([first.indexSeries]);
  const year = int(q, "year", latest ?? 2023, 2005, 2100);
  const data =
    year === int(q, "year", 2023, 2005, 2100)
      ? first
      : await gql(IndexDetailDocument, { subject, index, year, parent: parent ?? null });
  if (!data.index || !data.subject) notFound();
  const idx = data.index;
  const series = data.indexSeries;
  const years = yearSpan(series.map((p) => p.year));
  const byYear = new Map(series.map((p) => [p.year, p]));
  const profile = data.subjectProfile?.indices.find((i) => i.index.code === index);
  const comps = profile?.components ?? [];
  const parentName = comps[0]?.component?.parent?.nameVi;
  const current = { subject, year };
  const pct = idx.unit === "%" ? "%" : "";

  return (
    <main>
      <h2>
        {idx.shortName} — {data.subject.nameVi}
      </h2>
      <p className="note">
        {idx.nameVi} ({idx.publisher}). Các phiên bản phương pháp:{" "}
        {idx.versions.map((v) => `${v.code} (${v.firstYear}–${v.lastYear ?? "nay"})`).join("; ")}.
      </p>
      <nav className="tabs" aria-label="Chọn chỉ số">
        {CODES.map((c) => (
          <Link key={c} href={hrefWith(`/chi-so/${c}`, current)} aria-current={c === index ? "page" : undefined}>
            {c === "PAR_INDEX" ? "PAR INDEX" : c}
          </Link>
        ))}
      </nav>
      <FilterForm action={`/chi-so/${index}`} label="Chọn tỉnh và năm">
        <SelectField label="Tỉnh" name="subject" value={subject} options={provinceOptions(data.provinces)} />
        <SelectField label="Năm" name="year" value={year} options={yearOptions(years)} />
        {parent && <input type="hidden" name="component" value={parent} />}
      </FilterForm>

      <h2>Điểm và thứ hạng qua các năm</h2>
      {series.length === 0 ? (
        <p className="empty">
          Chưa có số liệu {idx.shortName} của {data.subject.nameVi}. Nhập bảng kết quả ở trang{" "}
          <Link href="/nhap-du-lieu">Nhập dữ liệu</Link>.
        </p>
      ) : (
        <section className="panel">
          <div className="chart-box">
            <IndexSeriesChart
              title={idx.shortName}
              unit={idx.unit}
              years={years}
              values={years.map((y) => byYear.get(y)?.value ?? null)}
              ranks={years.map((y) => byYear.get(y)?.publishedRank ?? byYear.get(y)?.rank ?? null)}
              outOf={Math.max(63, ...series.map((p) => p.publishedOutOf ?? p.outOf))}
              breaks={methodologyBreaks(series)}
            />
          </div>
          <DataTable
            caption={`${idx.shortName} của ${data.subject.nameVi} theo năm`}
            testId="series-table"
            columns={["Năm", "Điểm", "Thứ hạng công bố", "Thứ hạng tính lại", "Phương pháp", "Nguồn"]}
            rows={years.map((y) => {
              const p = byYear.get(y);
              return [
                y,
                p?.value != null ? `${formatNumber(p.value, 4)}${pct}` : p ? "—" : "",
                p?.publishedRank != null ? `${p.publishedRank}/${p.publishedOutOf ?? "?"}` : "—",
                p?.rank != null ? `${p.rank}/${p.outOf}` : "—",
                p?.methodologyVersion.code ?? "",
                <SourceCell key="src" point={p} />,
              ];
            })}
          />
        </section>
      )}

      <h2>
        {parentName ? `Các chỉ số thành phần của “${parentName}”` : "Các chỉ số thành phần"} năm {year}
      </h2>
      {parent && (
        <p>
          <Link href={hrefWith(`/chi-so/${index}`, current)}>← Về các chỉ số thành phần cấp 1</Link>
        </p>
      )}
      {comps.length === 0 ? (
        <p className="empty">
          Không có điểm thành phần năm {year}. Nhập bảng điểm thành phần (ví dụ bộ PAPI theo nội dung) để xem.
        </p>
      ) : (
        <section className="panel">
          <div className="chart-box tall">
            <ComponentBars
              subjectName={data.subject.nameVi}
              peerName={data.subjectProfile?.peerGroup?.nameVi ?? null}
              labels={comps.map((c) => c.component?.nameVi ?? "")}
              subject={comps.map((c) => c.value ?? null)}
              best={comps.map((c) => c.nationalBest ?? null)}
              mean={comps.map((c) => c.nationalMean ?? null)}
              peer={comps.map((c) => c.peerMean ?? null)}
            />
          </div>
          <DataTable
            caption={`Điểm thành phần năm ${year}`}
            testId="components-table"
            columns={[
              "Thành phần",
              "Điểm",
              "Thay đổi",
              "Thứ hạng",
              "Cao nhất cả nước",
              "Trung bình cả nước",
              "Trung bình nhóm",
              "Chi tiết",
            ]}
            rows={comps.map((c) => [
              c.component?.nameVi ?? "",
              formatNumber(c.value, 4),
              c.valueChange != null ? `${c.valueChange > 0 ? "+" : ""}${formatNumber(c.valueChange, 4)}` : "—",
              c.rank != null
                ? `${c.rank}/${c.outOf}${c.rankChange ? ` (${formatRankChange(c.rankChange)})` : ""}`
                : "—",
              formatNumber(c.nationalBest, 4),
              formatNumber(c.nationalMean, 4),
              formatNumber(c.peerMean, 4),
              c.component && c.component.children.length > 0 ? (
                <Link key="drill" href={hrefWith(`/chi-so/${index}`, current, { component: c.component.id })}>
                  Xem thành phần con
                </Link>
              ) : (
                ""
              ),
            ])}
            open
          />
        </section>
      )}

      <h2>Điều gì đã thay đổi</h2>
      <DriversList
        drivers={profile?.drivers ?? []}
        total={profile?.total.valueChange ?? null}
        reason={profile?.total.changeUnavailableReason ?? null}
        year={year}
      />
    </main>
  );
}

function DriversList({
  drivers,
  total,
  reason,
  year,
}: {
  drivers: { component?: { nameVi: string } | null; valueChange?: number | null }[];
  total: number | null;
  reason: string | null;
  year: number;
}) {
  if (drivers.length === 0)
    return <p className="empty">{reason ?? `Không có thành phần nào thay đổi so với ${year - 1}.`}</p>;
  return (
    <section className="panel" data-testid="drivers">
      {total != null && (
        <p>
          Tổng điểm {total >= 0 ? "tăng" : "giảm"} {formatNumber(Math.abs(total), 4)} điểm so với {year - 1}. Các thành
          phần đóng góp nhiều nhất vào thay đổi:
        </p>
      )}
      <ol className="drivers">
        {drivers.slice(0, 6).map((d) => (
          <li key={d.component?.nameVi}>
            {d.component?.nameVi}:{" "}
            <span className={(d.valueChange ?? 0) >= 0 ? "up" : "down"}>
              {(d.valueChange ?? 0) >= 0 ? "+" : ""}
              {formatNumber(d.valueChange, 4)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
