import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "../../components/ui/data-table";
import { FilterForm } from "../../components/ui/filter-form";
import { formatDate, formatNumber, formatSigned } from "@cchc/schema/format";
import { GraphQLRequestError, gql } from "../../lib/graphql/client";
import { UrlNotice } from "../../components/ui/url-notice";
import { type ActivityFilter, ActivityListDocument, type Comparison } from "../../lib/graphql/generated/graphql";
import { hrefWith, one, pick, type SearchParams } from "../../lib/params";
import { TableScroll } from "../../components/ui/table-scroll";
import { DateRangeFields } from "../../components/ui/date-range-fields";
import { TopicSelect } from "../../components/ui/select-field";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Hoạt động tuyên truyền" };
const PAGE = 50;
const PERIODS = ["YEAR", "QUARTER", "MONTH"] as const;
const COMPARISONS = ["PREVIOUS_PERIOD", "SAME_PERIOD_LAST_YEAR"] as const;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const q = await searchParams;
  const current = {
    q: one(q, "q"),
    unit: one(q, "unit"),
    form: one(q, "form"),
    topic: one(q, "topic"),
    from: one(q, "from"),
    to: one(q, "to"),
    period: one(q, "period"),
    compare: one(q, "compare"),
  };
  const filter: ActivityFilter = {
    ...(current.q ? { search: current.q } : {}),
    ...(current.unit ? { units: [current.unit] } : {}),
    ...(current.form ? { forms: [current.form] } : {}),
    ...(current.topic ? { topics: [current.topic] } : {}),
    ...(current.from && ISO.test(current.from) ? { from: current.from } : {}),
    ...(current.to && ISO.test(current.to) ? { to: current.to } : {}),
  };
  const period = pick(q, "period", PERIODS, "YEAR");
  const compareTo: Comparison | null = current.compare ? pick(q, "compare", COMPARISONS, "PREVIOUS_PERIOD") : null;
  const load = (after: string | null) => gql(ActivityListDocument, { filter, first: PAGE, after, period, compareTo });
  // A page marker the API refuses (an old or mistyped link): the first page, and a message saying so.
  let after = one(q, "after") ?? null;
  let data: Awaited<ReturnType<typeof load>>;
  try {
    data = await load(after);
  } catch (error) {
    if (!(error instanceof GraphQLRequestError) || after === null) throw error;
    after = null;
    data = await load(after);
  }
  const unitName = new Map(data.organisations.map((o) => [o.code, o.shortNameVi ?? o.nameVi]));
  const formName = new Map(data.forms.map((f) => [f.code, f.shortNameVi]));
  const exportQuery = `filter=${encodeURIComponent(JSON.stringify(filter))}`;
  const conn = data.activities;

  return (
    <main id="noi-dung">
      <h1>Nhật ký hoạt động tuyên truyền</h1>
      <FilterForm action="/hoat-dong" label="Lọc hoạt động">
        <label>
          Tìm (không cần dấu)
          <input type="search" name="q" defaultValue={current.q} placeholder="ví dụ: hoi nghi" />
        </label>
        <label>
          Đơn vị
          <select name="unit" defaultValue={current.unit ?? ""}>
            <option value="">Tất cả</option>
            {data.organisations.map((o) => (
              <option key={o.code} value={o.code}>
                {o.shortNameVi ?? o.nameVi}
              </option>
            ))}
          </select>
        </label>
        <label>
          Hình thức
          <select name="form" defaultValue={current.form ?? ""}>
            <option value="">Tất cả</option>
            {data.forms.map((f) => (
              <option key={f.code} value={f.code}>
                {f.shortNameVi}
              </option>
            ))}
          </select>
        </label>
        <TopicSelect topics={data.topics} value={current.topic ?? ""} all />
        <DateRangeFields from={current.from} to={current.to} />
        <label>
          Kỳ
          <select name="period" defaultValue={period}>
            <option value="YEAR">Năm</option>
            <option value="QUARTER">Quý</option>
            <option value="MONTH">Tháng</option>
          </select>
        </label>
        <label>
          So sánh với
          <select name="compare" defaultValue={current.compare ?? ""}>
            <option value="">Không so sánh</option>
            <option value="PREVIOUS_PERIOD">Kỳ trước</option>
            <option value="SAME_PERIOD_LAST_YEAR">Cùng kỳ năm trước</option>
          </select>
        </label>
      </FilterForm>
      <UrlNotice
        problems={[
          one(q, "after") !== undefined &&
            after === null &&
            `Không mở được trang danh sách “${one(q, "after")?.slice(0, 40)}”; đang hiển thị trang đầu.`,
        ]}
      />

      <h2>Theo kỳ và hình thức</h2>
      {data.stats.length === 0 ? (
        <p className="empty">
          Không có hoạt động nào khớp bộ lọc. Bỏ bớt điều kiện, hoặc nhập nhật ký hoạt động ở trang{" "}
          <Link href="/nhap-du-lieu">Nhập dữ liệu</Link>.
        </p>
      ) : (
        <DataTable
          caption="Số hoạt động theo kỳ và hình thức"
          testId="stats-table"
          open
          columns={[
            "Kỳ",
            "Hình thức",
            "Số hoạt động",
            "Lượt tiếp cận",
            ...(compareTo ? ["Kỳ so sánh", "Thay đổi", "Thay đổi (%)"] : []),
          ]}
          rows={data.stats.map((g) => [
            g.period ?? "",
            formName.get(g.keys[0] ?? "") ?? g.keys[0],
            formatNumber(g.count, 0),
            formatNumber(g.reachSum, 0),
            ...(compareTo
              ? [
                  formatNumber(g.comparedCount, 0),
                  formatSigned(g.countChange, 0),
                  formatNumber(g.countChangePercent, 1),
                ]
              : []),
          ])}
        />
      )}

      <h2>Danh sách ({formatNumber(conn.totalCount, 0)} hoạt động)</h2>
      <p>
        Tải xuống theo bộ lọc: <a href={`/tai-xuong/activities.csv?${exportQuery}`}>CSV</a> ·{" "}
        <a href={`/tai-xuong/activities.xlsx?${exportQuery}`}>Excel (XLSX)</a>
      </p>
      {conn.nodes.length > 0 && (
        <TableScroll label="Bảng hoạt động khớp bộ lọc">
          <table className="data" data-testid="activities-table">
            <caption>Hoạt động khớp bộ lọc</caption>
            <thead>
              <tr>
                <th>Tên hoạt động</th>
                <th>Ngày</th>
                <th>Đơn vị</th>
                <th>Hình thức</th>
                <th>Chủ đề</th>
                <th>Tiếp cận / tham dự</th>
              </tr>
            </thead>
            <tbody>
              {conn.nodes.map((a) => (
                <tr key={a.id}>
                  <td>
                    {a.title} {a.isDemo && <span className="badge">minh họa</span>}
                  </td>
                  <td>
                    {a.startsOn === a.endsOn
                      ? formatDate(a.startsOn)
                      : `${formatDate(a.startsOn)} – ${formatDate(a.endsOn)}`}
                  </td>
                  <td>{unitName.get(a.unit.code)}</td>
                  <td>{formName.get(a.form.code)}</td>
                  <td>{a.topics.map((t) => t.code).join(", ")}</td>
                  <td>{formatNumber(a.reach ?? a.participants, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <nav className="pager" aria-label="Trang">
        {one(q, "after") && <Link href={hrefWith("/hoat-dong", current)}>« Trang đầu</Link>}
        {conn.pageInfo.hasNextPage && conn.pageInfo.endCursor && (
          <Link href={hrefWith("/hoat-dong", current, { after: conn.pageInfo.endCursor })}>Trang sau »</Link>
        )}
      </nav>
    </main>
  );
}
