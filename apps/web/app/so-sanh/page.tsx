import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Choropleth, type MapRow } from "../../components/charts/choropleth";
import { CompareLines } from "../../components/charts/compare-lines";
import { DataTable } from "../../components/ui/data-table";
import { FilterForm } from "../../components/ui/filter-form";
import { provinceOptions, SelectField, yearOptions } from "../../components/ui/select-field";
import { indexCodeLabel, PROVINCE_INDEX_CODES, valueStatusLabel } from "@cchc/schema/vocabulary";
import { formatNumber } from "@cchc/schema/format";
import { gql } from "../../lib/graphql/client";
import { CompareDocument, ComparePeersDocument, CrosswalkDocument } from "../../lib/graphql/generated/graphql";
import { eraChanges, mergerOf, unitChoices, unitLines, withPredecessors, yearUnitNames } from "../../lib/merger";
import { mapUnitsFor } from "../../lib/province-map";
import { titleFor } from "../../lib/page-title";
import { int, many, one, pick, type SearchParams, unknownNotice, yearNotice } from "../../lib/params";
import { UrlNotice } from "../../components/ui/url-notice";
import { mapGroups } from "../../lib/ranking-groups";
import { methodologyBreaks, withMergerBreaks, yearSpan } from "../../lib/series";
import { CopyLink } from "./copy-link";
import { PinnedScroll } from "./pinned-scroll";
import { ProvincePicker } from "./province-picker";
import styles from "./compare.module.css";

export const dynamic = "force-dynamic";
/** The most provinces compared at once (lines stay apart by dash and point shape). */
const MAX_SUBJECTS = 12;

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return {
    title: await titleFor(
      `So sánh ${indexCodeLabel(pick(await searchParams, "index", PROVINCE_INDEX_CODES, "PAPI"))}`,
      await searchParams,
    ),
  };
}

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const q = await searchParams;
  const subject = one(q, "subject") ?? "40";
  const index = pick(q, "index", PROVINCE_INDEX_CODES, "PAPI");
  const component = one(q, "component") ?? null;
  const chosen = many(q, "subjects");
  const peersAsked = one(q, "peers");
  const needPeers = chosen.length === 0 || peersAsked != null;
  const asked = int(q, "year", 2023, 2005, 2100);
  const [{ provinces: crosswalk, provinceEras }, peerGroups] = await Promise.all([
    gql(CrosswalkDocument, {}),
    // Peers as the group was in the year asked (without one, the default year's: before 2025).
    needPeers ? gql(ComparePeersDocument, { year: asked }).then((d) => d.peerGroups) : [],
  ]);
  const merger = mergerOf(crosswalk);
  const peers =
    (peersAsked
      ? peerGroups.find((g) => g.code === peersAsked)
      : peerGroups.find((g) => g.members.some((m) => m.code === subject))
    )?.members.map((m) => m.code) ?? [];
  // The picker's buttons without JavaScript: back to a URL that repeats `subjects`.
  if (peersAsked != null || one(q, "clear")) {
    const url = new URLSearchParams();
    for (const k of ["subject", "index", "component", "year"]) if (one(q, k)) url.set(k, one(q, k)!);
    for (const c of new Set([subject, ...(peersAsked != null ? peers : [])])) url.append("subjects", c);
    redirect(`/so-sanh?${url}`);
  }
  const subjects = [...new Set([subject, ...(chosen.length ? chosen : peers)])].slice(0, MAX_SUBJECTS);
  // A unit formed in the merger brings its predecessors' series: their history, as lines of their own.
  const fetched = withPredecessors(subjects, crosswalk);
  const ask = (year: number) => gql(CompareDocument, { subjects: fetched, index, component, year });
  let data = await ask(asked);
  const withValue = data.compareSeries.flatMap((s) => s.points.filter((p) => p.value != null).map((p) => p.year));
  const latest = withValue.length ? Math.max(...withValue) : asked;
  if (!one(q, "year") && latest !== asked) data = await ask(latest);
  const year = one(q, "year") ? asked : latest;
  const years = yearSpan(data.compareSeries.flatMap((s) => s.points.map((p) => p.year)));
  const name = data.index?.shortName ?? index;
  const componentName = data.index?.components
    .flatMap((c) => [c, ...c.children])
    .find((c) => c.id === component)?.nameVi;
  const measure = componentName ? `${name} — ${componentName}` : name;
  const lines = unitLines(years, data.compareSeries, crosswalk);
  // Every subject is scored under the same version in a year: the longest series shows the breaks.
  const longest = [...data.compareSeries].sort((a, b) => b.points.length - a.points.length)[0]?.points ?? [];
  const breaks = withMergerBreaks(methodologyBreaks(longest), eraChanges(provinceEras), years);
  const units = mapUnitsFor(data.yearUnits, crosswalk);
  // The file's 63 as they are when the year's units are exactly its shapes; else the year's units merged from them.
  const mergedMap = units.some((u) => u.predecessors.length !== 1 || u.predecessors[0]!.code !== u.code);
  const groups = mapGroups(data.ranking.rows);
  const groupLabels = groups.groups.map((g) => g.label);
  const mapRows: MapRow[] = data.ranking.rows.map((r) => ({
    code: r.subject.code,
    name: r.subject.nameVi,
    value: r.value ?? null,
    rank: r.rank ?? null,
    outOf: r.outOf,
    group: groups.bySubject[r.subject.code] ?? null,
  }));
  const outOf = data.ranking.rows[0]?.outOf ?? 0;
  const subjectPeers = data.peerGroups.find((g) => g.members.some((m) => m.code === subject));
  const overview = (code: string) => `/?subject=${encodeURIComponent(code)}`;

  return (
    <main id="noi-dung">
      <h1>So sánh giữa các tỉnh — {measure}</h1>
      <FilterForm action="/so-sanh" label="Chọn tỉnh, chỉ số và năm">
        <SelectField
          label="Tỉnh được chọn"
          name="subject"
          value={subject}
          options={provinceOptions(unitChoices(crosswalk))}
        />
        <label>
          Chỉ số
          <select name="index" defaultValue={index}>
            {PROVINCE_INDEX_CODES.map((c) => (
              <option key={c} value={c}>
                {indexCodeLabel(c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Thành phần
          <select name="component" defaultValue={component ?? ""}>
            <option value="">Tổng điểm</option>
            {data.index?.components
              .flatMap((c) => [c, ...c.children])
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.id.split(".").slice(1).join(".")} — {c.nameVi}
                </option>
              ))}
          </select>
        </label>
        <SelectField label="Năm" name="year" value={year} options={yearOptions(years)} />
        <ProvincePicker
          provinces={yearUnitNames(data.yearUnits, crosswalk)}
          chosen={subjects}
          subject={subject}
          max={MAX_SUBJECTS}
          peerGroup={
            subjectPeers
              ? {
                  code: subjectPeers.code,
                  nameVi: subjectPeers.nameVi,
                  members: subjectPeers.members.map((m) => m.code),
                }
              : null
          }
        />
      </FilterForm>
      <UrlNotice
        problems={[
          !unitChoices(crosswalk).some((p) => p.code === subject) && `Không tìm thấy tỉnh “${subject.slice(0, 40)}”.`,
          unknownNotice(q, "index", index, "chỉ số"),
          component && !componentName && `Không có thành phần “${component.slice(0, 40)}” trong ${name}.`,
          yearNotice(q, year, years),
        ]}
      />
      <div className={styles.actions}>
        <CopyLink />
      </div>

      <h2>Qua các năm</h2>
      {years.length === 0 ? (
        <p className="empty">
          Chưa có số liệu {measure} cho các tỉnh đã chọn. Nhập bảng kết quả (ví dụ bộ PAPI theo nội dung) ở trang Nhập
          dữ liệu.
        </p>
      ) : (
        <section className="panel">
          <div className="chart-box">
            <CompareLines years={years} lines={lines} highlight={subject} axisLabel={measure} breaks={breaks} />
          </div>
          <DataTable
            caption={`${measure} theo năm`}
            testId="compare-table"
            columns={["Tỉnh", ...years.map(String)]}
            keys={lines.map((l) => l.code)}
            highlight={subject}
            rows={lines.map((l) => [l.name, ...l.values.map((v) => formatNumber(v, 4))])}
          />
        </section>
      )}

      <h2>Bảng xếp hạng và bản đồ năm {year}</h2>
      <div className={`grid2 ${styles.rankingGrid}`}>
        <section className={`panel ${styles.rankingPanel}`}>
          {data.ranking.rows.length === 0 ? (
            <p className="empty">
              Chưa có số liệu {measure} năm {year}.
            </p>
          ) : (
            <>
              <p className="note">
                {data.ranking.stats.count} tỉnh có điểm; trung bình {formatNumber(data.ranking.stats.mean, 2)}, trung vị{" "}
                {formatNumber(data.ranking.stats.median, 2)}. Hạng bằng nhau khi điểm bằng nhau (1, 2, 2, 4).
              </p>
              <PinnedScroll labelledBy="ranking-caption">
                <table className="data" data-testid="ranking-table">
                  <caption id="ranking-caption">
                    Xếp hạng {measure} năm {year} ({outOf} tỉnh được xếp hạng)
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Hạng/{outOf}</th>
                      <th scope="col" className="text">
                        Tỉnh
                      </th>
                      <th scope="col" className="text">
                        Vùng
                      </th>
                      <th scope="col">Điểm</th>
                      <th scope="col">Hạng công bố</th>
                      <th scope="col" className="text">
                        Nhóm
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.ranking.rows.map((r) => {
                      const g = groups.bySubject[r.subject.code];
                      return (
                        <tr
                          key={r.subject.code}
                          className={r.subject.code === subject ? "highlight" : undefined}
                          data-pinned={r.subject.code === subject || undefined}
                        >
                          <td>{r.rank != null ? `${r.rank}/${r.outOf}` : "—"}</td>
                          <td className="text">
                            <a href={overview(r.subject.code)} title={`Tổng quan ${r.subject.nameVi}`}>
                              {r.subject.nameVi}
                            </a>
                          </td>
                          <td className="text">{r.subject.region?.nameVi}</td>
                          <td>
                            {r.value != null
                              ? formatNumber(r.value, 4)
                              : r.status === "PUBLISHED"
                                ? ""
                                : valueStatusLabel(r.status)}
                          </td>
                          <td>{r.publishedRank ?? "—"}</td>
                          <td className={`text ${styles.groupCell}`}>{g != null ? groupLabels[g] : ""}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </PinnedScroll>
            </>
          )}
        </section>
        <section className="panel">
          <div className={`chart-box ${styles.mapBox}`}>
            <Choropleth
              units={mergedMap ? units : null}
              rows={mapRows}
              groups={groupLabels}
              highlight={subject}
              label={`${measure} năm ${year}`}
              legendTitle={`Nhóm ${measure} năm ${year}`}
              legendNote={
                groups.source === "published"
                  ? "Nhóm do cơ quan công bố chỉ số xếp loại."
                  : `Bốn nhóm theo tứ phân vị của ${outOf} tỉnh được xếp hạng năm ${year}, như cổng PAPI; ${
                      index === "PAPI" && !component
                        ? "API chưa cung cấp nhóm này"
                        : `số liệu không có nhóm của ${measure}`
                    } nên trang tự tính từ hạng.`
              }
            />
          </div>
          <p className="note">
            Bấm vào một tỉnh (hoặc tên tỉnh trong bảng xếp hạng) để mở trang tổng quan của tỉnh đó. Ranh giới tỉnh: Open
            Development Mekong ({crosswalk.length} tỉnh, trước 1/7/2025)
            {mergedMap && merger
              ? `; ${units.length} tỉnh năm ${year} vẽ bằng cách ghép ranh giới các tỉnh trước sắp xếp (${merger.label})`
              : ""}
            .
          </p>
        </section>
      </div>
    </main>
  );
}
