import type { Metadata } from "next";
import Link from "next/link";
import { SeriesWithActivities } from "../components/charts/series-with-activities";
import { DataTable } from "../components/ui/data-table";
import { FilterForm } from "../components/ui/filter-form";
import { provinceOptions, SelectField, yearOptions } from "../components/ui/select-field";
import { IndexCard } from "../components/ui/index-card";
import { formatDate, formatNumber } from "@cchc/schema/format";
import { gql } from "../lib/graphql/client";
import { OverviewDocument, OverviewProfileDocument, type OverviewQuery } from "../lib/graphql/generated/graphql";
import { hrefWith, int, one, pick, type SearchParams, unknownNotice, yearNotice } from "../lib/params";
import { UrlNotice } from "../components/ui/url-notice";
import { titleFor } from "../lib/page-title";
import { latestPublishedYear, withMergerBreaks, yearSpan } from "../lib/series";
import { eraChanges, unitChoices } from "../lib/merger";
import { latestYearWithFigure, outOfLabel, rankAxisMax, rankText, shownRank, sparkPlan } from "../lib/figures";
import { FigureSource } from "../components/ui/figure-source";

// Data changes with every import: render per request.
export const dynamic = "force-dynamic";

const SERIES_KEY = { PAR_INDEX: "par", SIPAS: "sipas", PAPI: "papi", PCI: "pci" } as const;
const SHOWN = Object.keys(SERIES_KEY) as (keyof typeof SERIES_KEY)[];
type Shown = (typeof SHOWN)[number];

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: await titleFor("Tổng quan", await searchParams) };
}

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const subject = one(params, "subject") ?? "40";
  const chosen = pick(params, "index", SHOWN, "PAPI");
  const data = await gql(OverviewDocument, { subject });
  if (!data.subject)
    return (
      <main id="noi-dung">
        <h1>Tổng quan</h1>
        <p className="empty">
          Không tìm thấy tỉnh “{subject}”. Chọn lại ở <Link href="/">Tổng quan</Link>.
        </p>
      </main>
    );
  const allSeries = SHOWN.map((c) => data[SERIES_KEY[c]]);
  const latest = latestPublishedYear(allSeries);
  const year = int(params, "year", latest ?? new Date().getFullYear() - 1, 2005, 2100);
  const profile = await gql(OverviewProfileDocument, { subject, year });
  const figures = new Map(profile.subjectProfile?.indices.map((i) => [i.index.code, i.total]));
  const indices = data.indices.filter((i): i is typeof i & { code: Shown } => (SHOWN as string[]).includes(i.code));
  const years = yearSpan(...allSeries.map((s) => s.map((p) => p.year)));

  return (
    <main id="noi-dung">
      <h1>
        {data.subject.nameVi} — bốn chỉ số cấp tỉnh năm {year}
      </h1>
      <FilterForm action="/" label="Chọn tỉnh và năm">
        <SelectField
          label="Tỉnh"
          name="subject"
          value={subject}
          options={provinceOptions(unitChoices(data.provinces))}
        />
        <SelectField label="Năm" name="year" value={year} options={yearOptions(years)} />
        <input type="hidden" name="index" value={chosen} />
      </FilterForm>
      <UrlNotice problems={[yearNotice(params, year, years), unknownNotice(params, "index", chosen, "chỉ số")]} />
      {latest === null && (
        <p className="empty">
          Chưa có kết quả chỉ số nào của {data.subject.nameVi}. Hãy nhập bảng kết quả chính thức ở trang{" "}
          <Link href="/nhap-du-lieu">Nhập dữ liệu</Link>.
        </p>
      )}
      <h2 id="cac-chi-so" className="visually-hidden">
        Bốn chỉ số năm {year}
      </h2>
      <section className="cards" aria-labelledby="cac-chi-so">
        {indices.map((i) => {
          const s = data[SERIES_KEY[i.code]];
          const newest = latestYearWithFigure(s);
          return (
            <IndexCard
              key={i.code}
              code={i.code}
              shortName={i.shortName}
              nameVi={i.nameVi}
              measureUnit={i.measureUnit}
              year={year}
              figure={figures.get(i.code) ?? null}
              source={s.find((p) => p.year === year)?.source ?? null}
              latest={
                newest == null ? null : { year: newest, href: hrefWith("/", { subject, year: newest, index: chosen }) }
              }
              spark={sparkPlan(s.map((p) => ({ year: p.year, value: p.value, rank: shownRank(p) })))}
              href={hrefWith(`/chi-so/${i.code}`, { subject, year })}
            />
          );
        })}
      </section>
      <PlanDelivery data={data} />
      <h2>Thứ hạng và hoạt động tuyên truyền theo năm</h2>
      <section className="panel">
        <nav className="tabs" aria-label="Chọn chỉ số">
          {indices.map((i) => (
            <Link
              key={i.code}
              href={hrefWith("/", { subject, year: one(params, "year"), index: i.code })}
              aria-current={i.code === chosen ? "page" : undefined}
              scroll={false}
            >
              {i.shortName}
            </Link>
          ))}
        </nav>
        <ChartAndTable data={data} index={chosen} />
        <p className="note">
          Hai chuỗi được vẽ trên cùng trục thời gian để xem mức độ phù hợp, không phải để kết luận nhân quả. Kết quả chỉ
          số năm N thường công bố vào tháng 4 năm N+1.
        </p>
      </section>
    </main>
  );
}

/** The latest plan's period and what has been delivered under it so far, by form. */
function PlanDelivery({ data }: { data: OverviewQuery }) {
  const plan = data.plans[0];
  if (!plan) return <p className="empty">Chưa có kế hoạch tuyên truyền nào. Nhập kế hoạch để theo dõi tiến độ.</p>;
  const rows = data.planDelivery.filter((g) => g.keys[0] === plan.id);
  const total = rows.reduce((a, g) => a + g.count, 0);
  const formName = new Map(data.forms.map((f) => [f.code, f.shortNameVi]));
  return (
    <section className="panel" style={{ marginTop: "1rem" }} data-testid="plan-delivery">
      <strong>
        Kế hoạch {plan.number} ({formatDate(plan.issuedOn)}, năm {plan.year})
      </strong>
      : {formatNumber(total, 0)} hoạt động đã ghi nhận —{" "}
      {rows.length === 0
        ? "chưa có hoạt động nào gắn với kế hoạch."
        : rows.map((g) => `${formName.get(g.keys[1] ?? "") ?? g.keys[1]}: ${formatNumber(g.count, 0)}`).join(" · ")}
    </section>
  );
}

function ChartAndTable({ data, index }: { data: OverviewQuery; index: Shown }) {
  const series = data[SERIES_KEY[index]];
  const counts = new Map(data.activityStats.map((g) => [Number(g.period), g.count]));
  const years = yearSpan(
    series.map((p) => p.year),
    [...counts.keys()],
  );
  if (years.length === 0)
    return (
      <p className="empty">
        Chưa có dữ liệu chỉ số hay hoạt động. Hãy nhập bảng kết quả và nhật ký hoạt động ở trang{" "}
        <Link href="/nhap-du-lieu">Nhập dữ liệu</Link>.
      </p>
    );
  const byYear = new Map(series.map((p) => [p.year, p]));
  const shortName = data.indices.find((i) => i.code === index)?.shortName ?? index;
  const rows = years.map((y) => ({ year: y, point: byYear.get(y), count: counts.get(y) ?? 0 }));
  // One rank per year, as the cards and /chi-so show it: published where published, else computed among provinces with data.
  const ranks = rows.map((r) => shownRank(r.point));
  const ranked = ranks.filter((r) => r != null).length;
  const latest = latestYearWithFigure(series);
  return (
    <>
      <div className="chart-box">
        <SeriesWithActivities
          indexName={shortName}
          years={years}
          ranks={ranks.map((r) => r?.rank ?? null)}
          rankLabels={rows.map((r) => rankText(r.point))}
          outOf={rankAxisMax(ranks) ?? 1}
          outOfText={outOfLabel(ranks)}
          activityCounts={rows.map((r) => r.count)}
          breaks={withMergerBreaks([], eraChanges(data.provinceEras), years)}
        />
      </div>
      {ranked < 2 && (
        <p className="empty" data-testid="series-missing">
          {ranked === 0
            ? `Chưa có thứ hạng ${shortName} nào của ${data.subject?.nameVi}`
            : `Chỉ có thứ hạng ${shortName} năm ${years[ranks.findIndex((r) => r != null)]}: chưa đủ để vẽ đường thứ hạng`}
          . Nhập bảng kết quả chính thức các năm khác ở trang <Link href="/nhap-du-lieu">Nhập dữ liệu</Link>.
        </p>
      )}
      <DataTable
        caption={`${shortName} của ${data.subject?.nameVi} và số hoạt động theo năm`}
        testId="series-table"
        columns={["Năm", `Điểm ${shortName}`, "Thứ hạng", "Phương pháp", "Số hoạt động", "Nguồn"]}
        rows={rows.map(({ year, point, count }) => [
          year,
          formatNumber(point?.value, 4),
          rankText(point),
          point?.methodologyVersion.code ?? "",
          count,
          point ? (
            point.source.url ? (
              <a key="src" href={point.source.url}>
                {point.source.document}
              </a>
            ) : (
              point.source.document
            )
          ) : (
            ""
          ),
        ])}
      />
      <FigureSource source={byYear.get(latest ?? 0)?.source} latestYear={latest} year={latest} testId="series-source" />
    </>
  );
}
