import { Choropleth } from "../../components/charts/choropleth";
import { CompareLines } from "../../components/charts/compare-lines";
import { DataTable } from "../../components/ui/data-table";
import { FilterForm } from "../../components/ui/filter-form";
import { provinceOptions, SelectField, yearOptions } from "../../components/ui/select-field";
import { formatNumber } from "../../lib/format";
import { gql } from "../../lib/graphql/client";
import { CompareDocument, ComparePeersDocument, type IndexCode } from "../../lib/graphql/generated/graphql";
import { int, many, one, pick, type SearchParams } from "../../lib/params";
import { methodologyBreaks, yearSpan } from "../../lib/series";

export const dynamic = "force-dynamic";
const CODES = ["PAR_INDEX", "SIPAS", "PAPI", "PCI"] as const satisfies readonly IndexCode[];
const STATUS = { NOT_PUBLISHED: "không công bố", NO_DATA: "không có số liệu", PUBLISHED: "" } as const;

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const q = await searchParams;
  const subject = one(q, "subject") ?? "40";
  const index = pick(q, "index", CODES, "PAPI");
  const component = one(q, "component") ?? null;
  const chosen = many(q, "subjects");
  const peers = chosen.length
    ? []
    : ((await gql(ComparePeersDocument, {})).peerGroups
        .find((g) => g.members.some((m) => m.code === subject))
        ?.members.map((m) => m.code) ?? []);
  const subjects = [...new Set([subject, ...(chosen.length ? chosen : peers)])].slice(0, 12);
  const asked = int(q, "year", 2023, 2005, 2100);
  let data = await gql(CompareDocument, { subjects, index, component, year: asked });
  const withValue = data.compareSeries.flatMap((s) => s.points.filter((p) => p.value != null).map((p) => p.year));
  const latest = withValue.length ? Math.max(...withValue) : asked;
  if (!one(q, "year") && latest !== asked)
    data = await gql(CompareDocument, { subjects, index, component, year: latest });
  const year = one(q, "year") ? asked : latest;
  const years = yearSpan(data.compareSeries.flatMap((s) => s.points.map((p) => p.year)));
  const name = data.index?.shortName ?? index;
  const componentName = data.index?.components
    .flatMap((c) => [c, ...c.children])
    .find((c) => c.id === component)?.nameVi;
  const measure = componentName ? `${name} — ${componentName}` : name;
  const lines = data.compareSeries.map((s) => ({
    code: s.subject.code,
    name: s.subject.nameVi,
    values: years.map((y) => s.points.find((p) => p.year === y)?.value ?? null),
  }));
  // Every subject is scored under the same version in a year: the longest series shows the breaks.
  const longest = [...data.compareSeries].sort((a, b) => b.points.length - a.points.length)[0]?.points ?? [];
  const breaks = methodologyBreaks(longest);
  const mapValues = Object.fromEntries(data.ranking.rows.map((r) => [r.subject.code, r.value ?? null]));

  return (
    <main>
      <h2>So sánh giữa các tỉnh — {measure}</h2>
      <FilterForm action="/so-sanh" label="Chọn tỉnh, chỉ số và năm">
        <SelectField label="Tỉnh được chọn" name="subject" value={subject} options={provinceOptions(data.provinces)} />
        <label>
          So sánh với (giữ Ctrl để chọn nhiều)
          <select name="subjects" multiple defaultValue={subjects}>
            {data.provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.nameVi}
              </option>
            ))}
          </select>
        </label>
        <label>
          Chỉ số
          <select name="index" defaultValue={index}>
            {CODES.map((c) => (
              <option key={c} value={c}>
                {c === "PAR_INDEX" ? "PAR INDEX" : c}
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
      </FilterForm>

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
      <div className="grid2">
        <section className="panel">
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
              <div style={{ maxHeight: 520, overflow: "auto" }}>
                <table className="data" data-testid="ranking-table">
                  <caption>
                    Xếp hạng {measure} năm {year}
                  </caption>
                  <thead>
                    <tr>
                      <th>Hạng</th>
                      <th className="text">Tỉnh</th>
                      <th className="text">Vùng</th>
                      <th>Điểm</th>
                      <th>Hạng công bố</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.ranking.rows.map((r) => (
                      <tr key={r.subject.code} className={r.subject.code === subject ? "highlight" : undefined}>
                        <td>{r.rank ?? "—"}</td>
                        <td className="text">{r.subject.nameVi}</td>
                        <td className="text">{r.subject.region?.nameVi}</td>
                        <td>{r.value != null ? formatNumber(r.value, 4) : STATUS[r.status]}</td>
                        <td>{r.publishedRank ?? "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
        <section className="panel">
          <div className="chart-box tall">
            <Choropleth values={mapValues} highlight={subject} label={`${measure} năm ${year}`} />
          </div>
          <p className="note">
            Ranh giới tỉnh: Open Development Mekong (63 tỉnh, trước 1/7/2025). Màu xám: không có số liệu.
          </p>
        </section>
      </div>
    </main>
  );
}
