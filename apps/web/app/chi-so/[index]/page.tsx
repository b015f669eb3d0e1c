import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ComponentsPanel } from "../../../components/index-detail/components-panel";
import { DriversList } from "../../../components/index-detail/drivers-list";
import { SeriesPanel } from "../../../components/index-detail/series-panel";
import { ImpactPanel } from "../../../components/impact/impact-panel";
import { WhatItTakes } from "../../../components/impact/what-it-takes";
import { FilterForm } from "../../../components/ui/filter-form";
import { HiddenParams, paramsOf } from "../../../components/ui/hidden-params";
import { provinceOptions, SelectField, yearOptions } from "../../../components/ui/select-field";
import { UrlNotice } from "../../../components/ui/url-notice";
import { gql } from "../../../lib/graphql/client";
import { IndexDetailDocument, UnitHistoryDocument } from "../../../lib/graphql/generated/graphql";
import { CALC_KEYS, IMPACT_KEYS } from "../../../lib/impact";
import { indexCodeLabel } from "@cchc/schema/vocabulary";
import { INDEX_CODES, indexCodeOf, seriesView } from "../../../lib/index-detail";
import { predecessorsOf, unitChoices } from "../../../lib/merger";
import { titleFor } from "../../../lib/page-title";
import { hrefWith, int, one, type SearchParams, yearNotice } from "../../../lib/params";
import { latestPublishedYear } from "../../../lib/series";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Promise<{ index: string }>;
  searchParams: Promise<SearchParams>;
}): Promise<Metadata> {
  const { index } = await params;
  const code = indexCodeOf(index);
  const name = code ? indexCodeLabel(code) : "Chỉ số";
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
  const index = indexCodeOf(raw);
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
  const view = seriesView(series, history);
  const profile = data.subjectProfile?.indices.find((i) => i.index.code === index);
  const comps = profile?.components ?? [];
  const parentName = comps[0]?.component?.parent?.nameVi;
  const current = { subject, year };

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
        {INDEX_CODES.map((c) => (
          <Link key={c} href={hrefWith(`/chi-so/${c}`, current)} aria-current={c === index ? "page" : undefined}>
            {indexCodeLabel(c)}
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
        <SelectField label="Năm" name="year" value={year} options={yearOptions(view.years)} />
        {parent && <input type="hidden" name="component" value={parent} />}
        <HiddenParams q={q} keys={[...Object.values(IMPACT_KEYS), ...Object.values(CALC_KEYS)]} />
      </FilterForm>
      <UrlNotice problems={[yearNotice(q, year, view.years)]} />

      <h2>Điểm và thứ hạng qua các năm</h2>
      <SeriesPanel
        index={idx}
        subjectName={data.subject.nameVi}
        subject={subject}
        series={series}
        view={view}
        history={history}
        provinces={data.provinces}
        provinceEras={data.provinceEras}
      />

      <h2>
        {parentName ? `Các chỉ số thành phần của “${parentName}”` : "Các chỉ số thành phần"} năm {year}
      </h2>
      {parent && (
        <p>
          <Link href={hrefWith(`/chi-so/${index}`, current)}>← Về các chỉ số thành phần cấp 1</Link>
        </p>
      )}
      <ComponentsPanel
        components={comps}
        subjectName={data.subject.nameVi}
        peerName={data.subjectProfile?.peerGroup?.nameVi ?? null}
        year={year}
        drillHref={(component) => hrefWith(`/chi-so/${index}`, current, { component })}
        source={{
          source: view.byYear.get(year)?.source,
          latestYear: view.latestFigure,
          year,
          testId: "components-source",
        }}
      />

      <h2>Điều gì đã thay đổi</h2>
      <DriversList
        components={comps}
        total={profile?.total ?? null}
        reason={profile?.total.changeUnavailableReason ?? null}
        year={year}
        parentName={parent ? (parentName ?? parent) : null}
        measureUnit={idx.measureUnit}
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
