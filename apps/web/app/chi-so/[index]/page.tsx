import type { Metadata } from "next";
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
import { IndexDetailDocument, type IndexCode, UnitHistoryDocument } from "../../../lib/graphql/generated/graphql";
import { eraChanges, predecessorsOf, unitChoices, unitLines } from "../../../lib/merger";
import { titleFor } from "../../../lib/page-title";
import { hrefWith, int, one, type SearchParams, yearNotice } from "../../../lib/params";
import { UrlNotice } from "../../../components/ui/url-notice";
import { latestPublishedYear, methodologyBreaks, withMergerBreaks, yearSpan } from "../../../lib/series";
import { latestYearWithFigure, outOfLabel, rankAxisMax, rankText, shownRank, whatMoved } from "../../../lib/figures";
import { FigureSource } from "../../../components/ui/figure-source";
import { ImpactPanel } from "../../../components/impact/impact-panel";
import { WhatItTakes } from "../../../components/impact/what-it-takes";
import { HiddenParams, paramsOf } from "../../../components/ui/hidden-params";
import { CALC_KEYS, IMPACT_KEYS } from "../../../lib/impact";

export const dynamic = "force-dynamic";
const CODES: IndexCode[] = ["PAR_INDEX", "SIPAS", "PAPI", "PCI"];

export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Promise<{ index: string }>;
  searchParams: Promise<SearchParams>;
}): Promise<Metadata> {
  const { index } = await params;
  const name = CODES.find((c) => c === index)?.replace("_", " ") ?? "Chỉ số";
  return { title: await titleFor(name, await searchParams) };
}

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
  if (!data.index) notFound();
  if (!data.subject)
    return (
      <main id="noi-dung">
        <h1>{data.index.shortName}</h1>
        <p className="empty" data-testid="url-notice">
          Không tìm thấy tỉnh “{subject.slice(0, 40)}”. Xem{" "}
          <Link href={`/chi-so/${index}`}>{data.index.shortName} của Nghệ An</Link> hoặc chọn tỉnh ở{" "}
          <Link href="/">Tổng quan</Link>.
        </p>
      </main>
    );
  const idx = data.index;
  const series = data.indexSeries;
  // A unit formed in the merger: its predecessors' values, as lines of their own.
  const predecessors = predecessorsOf(subject, data.provinces).map((p) => p.code);
  const history = predecessors.length
    ? (await gql(UnitHistoryDocument, { subjects: predecessors, index })).compareSeries
    : [];
  const years = yearSpan(
    series.map((p) => p.year),
    history.flatMap((s) => s.points.filter((p) => p.value != null).map((p) => p.year)),
  );
  const byYear = new Map(series.map((p) => [p.year, p]));
  const profile = data.subjectProfile?.indices.find((i) => i.index.code === index);
  const comps = profile?.components ?? [];
  const parentName = comps[0]?.component?.parent?.nameVi;
  const current = { subject, year };
  const pct = idx.unit === "%" ? "%" : "";
  // One rank per year (lib/figures): the chart, its table and the overview's cards say the same.
  const ranks = years.map((y) => shownRank(byYear.get(y)));
  const rankedYears = ranks.filter((r) => r != null).length;
  const valued = series.filter((p) => p.value != null).length;
  const latestFigure = latestYearWithFigure(series);

  return (
    <main id="noi-dung">
      <h1>
        {idx.shortName} — {data.subject.nameVi} {year}
      </h1>
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
        <SelectField
          label="Tỉnh"
          name="subject"
          value={subject}
          options={provinceOptions(unitChoices(data.provinces))}
        />
        <SelectField label="Năm" name="year" value={year} options={yearOptions(years)} />
        {parent && <input type="hidden" name="component" value={parent} />}
        <HiddenParams q={q} keys={[...Object.values(IMPACT_KEYS), ...Object.values(CALC_KEYS)]} />
      </FilterForm>
      <UrlNotice problems={[yearNotice(q, year, years)]} />

      <h2>Điểm và thứ hạng qua các năm</h2>
      {series.length === 0 ? (
        <p className="empty">
          Chưa có số liệu {idx.shortName} của {data.subject.nameVi}. Nhập bảng kết quả ở trang{" "}
          <Link href="/nhap-du-lieu">Nhập dữ liệu</Link>.
        </p>
      ) : (
        <section className="panel">
          {(valued < 2 || rankedYears < 2) && (
            <p className="empty" data-testid="series-missing">
              {missingText(idx.shortName, valued, rankedYears, series)} Nhập bảng kết quả {idx.shortName} chính thức
              (điểm và thứ hạng của các tỉnh) ở trang <Link href="/nhap-du-lieu">Nhập dữ liệu</Link>; xem những gì còn
              thiếu ở <Link href="/ve-so-lieu">Về số liệu</Link>.
            </p>
          )}
          {(valued >= 2 || rankedYears >= 2 || history.length > 0) && (
            <div className="chart-box">
              <IndexSeriesChart
                title={idx.shortName}
                unit={idx.unit}
                years={years}
                values={years.map((y) => byYear.get(y)?.value ?? null)}
                ranks={ranks.map((r) => r?.rank ?? null)}
                rankLabels={years.map((y) => rankText(byYear.get(y)))}
                outOf={rankAxisMax(ranks) ?? 1}
                outOfText={outOfLabel(ranks)}
                breaks={withMergerBreaks(methodologyBreaks(series), eraChanges(data.provinceEras), years)}
                predecessors={unitLines(years, history, data.provinces, subject)}
              />
            </div>
          )}
          <DataTable
            caption={`${idx.shortName} của ${data.subject.nameVi} theo năm`}
            testId="series-table"
            columns={["Năm", "Điểm", "Thứ hạng", "Phương pháp", "Nguồn", "Ghi chú"]}
            rows={years.map((y) => {
              const p = byYear.get(y);
              const shown = shownRank(p);
              const other =
                p && !shown?.computed && p.rank != null && `${p.rank}/${p.outOf}` !== shown?.text
                  ? `Tính từ số liệu: ${p.rank}/${p.outOf}`
                  : "";
              return [
                y,
                p?.value != null ? `${formatNumber(p.value, 4)}${pct}` : p ? "—" : "",
                rankText(p),
                p?.methodologyVersion.code ?? "",
                <SourceCell key="src" point={p} />,
                other,
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
              componentRank(c),
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
          <FigureSource
            source={byYear.get(year)?.source}
            latestYear={latestFigure}
            year={year}
            testId="components-source"
          />
        </section>
      )}

      <h2>Điều gì đã thay đổi</h2>
      <DriversList
        components={comps}
        total={profile?.total ?? null}
        reason={profile?.total.changeUnavailableReason ?? null}
        year={year}
        parentName={parent ? (parentName ?? parent) : null}
        unit={idx.unit}
      />

      {comps.length > 0 && !parent && (
        <WhatItTakes
          subject={subject}
          subjectName={data.subject.nameVi}
          index={index}
          year={year}
          q={q}
          action={`/chi-so/${index}`}
          keep={paramsOf(q, ["subject", "year", ...Object.values(IMPACT_KEYS)])}
        />
      )}
      {(index === "PAPI" || index === "PCI") && (
        <ImpactPanel
          subject={subject}
          q={q}
          action={`/chi-so/${index}`}
          fixedIndex={index}
          keep={paramsOf(q, ["subject", "year", "component", ...Object.values(CALC_KEYS)])}
        />
      )}
    </main>
  );
}

function DriversList({
  components,
  total,
  reason,
  year,
  parentName,
  unit,
}: {
  components: {
    component?: { nameVi: string } | null;
    value?: number | null;
    previousValue?: number | null;
    valueChange?: number | null;
  }[];
  total: { value?: number | null; previousValue?: number | null; valueChange?: number | null } | null;
  reason: string | null;
  year: number;
  parentName: string | null;
  unit: string;
}) {
  const moved = whatMoved(
    parentName ? null : total,
    components.map((c) => ({ ...c, name: c.component?.nameVi ?? "" })),
  );
  const pts = unit === "%" ? "điểm %" : "điểm";
  const signed = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : ""}${formatNumber(Math.abs(x), 4)}`;
  if (moved.listed.length === 0)
    return (
      <p className="empty" data-testid="drivers-empty">
        {reason ?? `Không có thành phần nào thay đổi so với ${year - 1}`}. So sánh cần điểm thành phần của cả hai năm
        {` ${year - 1} và ${year}`} theo cùng một phương pháp; nhập bảng điểm thành phần ở trang{" "}
        <Link href="/nhap-du-lieu">Nhập dữ liệu</Link>.
      </p>
    );
  const change = total?.valueChange;
  return (
    <section className="panel" data-testid="drivers">
      <p>
        {parentName
          ? `Các thành phần con của “${parentName}” so với ${year - 1}, thay đổi lớn nhất trước (cả tăng và giảm):`
          : change != null
            ? `Tổng điểm ${change >= 0 ? "tăng" : "giảm"} ${formatNumber(Math.abs(change), 4)} ${pts} so với ${year - 1}. Các thành phần thay đổi nhiều nhất, cả tăng và giảm:`
            : `Các thành phần thay đổi nhiều nhất so với ${year - 1}, cả tăng và giảm:`}
      </p>
      <ol className="drivers">
        {moved.listed.map((d) => (
          <li key={d.name}>
            {d.name}: <span className={d.change >= 0 ? "up" : "down"}>{signed(d.change)}</span>
          </li>
        ))}
      </ol>
      {moved.notListed > 0 && (
        <p className="note">
          {moved.notListed} thành phần khác thay đổi ít hơn (xem cột “Thay đổi” trong bảng số liệu thành phần).
        </p>
      )}
      {!parentName && change != null && (
        <p className="note" data-testid="drivers-unexplained">
          {moved.unexplained != null
            ? `Phần chưa giải thích bởi các thành phần liệt kê: ${signed(moved.unexplained)} ${pts} (tổng thay đổi trừ tổng thay đổi của các thành phần trên; các thành phần cộng lại bằng tổng điểm theo phương pháp năm ${year}).`
            : "Các thành phần không cộng lại bằng tổng điểm (có trọng số hoặc thiếu điểm thành phần một năm), nên không tính phần chưa giải thích; thay đổi của thành phần không phải là phần đóng góp vào tổng."}
        </p>
      )}
    </section>
  );
}

function missingText(
  name: string,
  valued: number,
  ranked: number,
  series: { year: number; value?: number | null }[],
): string {
  const one = series.find((p) => p.value != null);
  const values =
    valued === 0
      ? `Chưa có điểm ${name} năm nào (chỉ có thứ hạng công bố)`
      : valued === 1
        ? `Chỉ có điểm ${name} năm ${one?.year} (${formatNumber(one?.value, 4)}): một điểm chưa đủ để vẽ đường điểm`
        : "";
  const ranks =
    ranked === 0 ? `chưa có thứ hạng năm nào` : ranked === 1 ? `chỉ có thứ hạng của một năm, chưa đủ để vẽ đường` : "";
  return `${[values, ranks].filter(Boolean).join("; ")}.`;
}

/** A component's rank as everywhere else (lib/figures), with the change of that same rank. */
function componentRank(c: {
  rank?: number | null;
  outOf?: number | null;
  publishedRank?: number | null;
  publishedOutOf?: number | null;
  rankChange?: number | null;
  publishedRankChange?: number | null;
}): string {
  const r = shownRank(c);
  if (!r) return "—";
  const gain = r.computed ? c.rankChange : (c.publishedRankChange ?? null);
  return `${rankText(c)}${gain ? ` (${formatRankChange(gain)})` : ""}`;
}
