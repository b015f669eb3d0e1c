import type { Db } from "@cchc/db";
import { tables as t } from "@cchc/db";
import type { IndexRules, IndexValueRecord } from "../index-values";
import { CatalogueMatcher } from "../catalogues";
import type { ProvinceMatcher } from "../matchers";
import { openTable } from "../read-table";
import type { Rejection } from "../report";
import { bindColumns, cell } from "../rows";
import { CellError, integer, number, text, year } from "../values";

/** The long template: one value per row, for any index, subject and year. Vietnamese or English headers. */
export const LONG_COLUMNS = {
  subject: { names: ["Đối tượng", "subject", "Tỉnh", "province", "Mã tỉnh"], required: true },
  index: { names: ["Chỉ số", "index"], required: true },
  component: { names: ["Chỉ số thành phần", "component", "Lĩnh vực", "Thành phần"] },
  year: { names: ["Năm", "year"], required: true },
  value: { names: ["Điểm", "value", "Giá trị"] },
  rank: { names: ["Xếp hạng", "published rank", "rank", "Thứ hạng"] },
  outOf: { names: ["Trên tổng số", "out of", "Tổng số"] },
  status: { names: ["Trạng thái", "status"] },
  source: { names: ["Nguồn", "source"] },
};

const STATUS = new CatalogueMatcher<IndexValueRecord["status"]>(
  "status",
  ["published", "not_published", "no_data"],
  (s) =>
    s === "published"
      ? [s, "công bố", "đã công bố"]
      : s === "not_published"
        ? [s, "không công bố", "chưa công bố", "not published"]
        : [s, "không có dữ liệu", "no data"],
);

export async function readLong(
  path: string,
  db: Db,
  ctx: { provinces: ProvinceMatcher; rules: IndexRules; source?: string },
  rejected: Rejection[],
) {
  const table = await openTable(path);
  const cols = bindColumns(table, LONG_COLUMNS, rejected);
  if (rejected.length) return { records: [], files: [path] };
  const departments = await db.select().from(t.organisations);
  const indices = new CatalogueMatcher("index", ctx.rules.indices, (i) => [i.code, i.shortName, i.nameVi, i.nameEn]);
  const records: IndexValueRecord[] = [];
  for await (const row of table.rows) {
    const before = rejected.length;
    const y = cell(
      row,
      cols.year,
      (v) => {
        const n = year(v);
        if (n === null) throw new CellError("year is empty");
        return n;
      },
      rejected,
    );
    const subjectRaw = cell(row, cols.subject, text, rejected);
    const index = cell(row, cols.index, (v) => indices.match(text(v) ?? ""), rejected);
    const value = cell(row, cols.value, number, rejected);
    const rank = cell(row, cols.rank, integer, rejected);
    const outOf = cell(row, cols.outOf, integer, rejected);
    const statusRaw = cell(row, cols.status, (v) => (text(v) ? STATUS.match(text(v)!) : null), rejected);
    const source = cell(row, cols.source, text, rejected) ?? ctx.source ?? null;
    let subject: { code: string; name: string } | undefined;
    if (subjectRaw && y != null) {
      const dept = departments.find((d) => d.code === subjectRaw);
      if (dept) subject = { code: dept.code, name: dept.nameVi };
      else
        subject =
          cell(
            row,
            cols.subject,
            () => {
              const p = ctx.provinces.match(subjectRaw, y, { row: row.rowNumber });
              return { code: p.code, name: p.nameVi };
            },
            rejected,
          ) ?? undefined;
    } else if (!subjectRaw)
      rejected.push({ row: row.rowNumber, column: cols.subject!.header, reason: "subject is empty" });
    let componentId: string | null | undefined = null;
    const componentRaw = cell(row, cols.component, text, rejected);
    if (componentRaw && index) {
      const own = ctx.rules.components.filter((c) => c.indexCode === index.code);
      componentId = cell(
        row,
        cols.component,
        () => new CatalogueMatcher("component", own, (c) => [c.id, c.code, c.nameVi, c.nameEn]).match(componentRaw).id,
        rejected,
      );
    }
    if (rejected.length > before || !index || y == null || !subject || componentId === undefined) continue;
    const status = statusRaw ?? (value != null || rank != null ? "published" : null);
    if (!status) {
      rejected.push({
        row: row.rowNumber,
        column: null,
        reason: "no value, rank or status: say “không có dữ liệu” or “không công bố” if that is what the table shows",
      });
      continue;
    }
    if (status !== "published" && (value != null || rank != null)) {
      rejected.push({
        row: row.rowNumber,
        column: cols.status?.header ?? null,
        reason: `status "${statusRaw}" cannot carry a value or rank`,
      });
      continue;
    }
    if (rank != null && (rank < 1 || (outOf != null && rank > outOf))) {
      rejected.push({
        row: row.rowNumber,
        column: cols.rank!.header,
        reason: `rank ${rank} is not between 1 and ${outOf ?? "the number ranked"}`,
      });
      continue;
    }
    if (!source) {
      rejected.push({
        row: row.rowNumber,
        column: cols.source?.header ?? null,
        reason: "no source: give a URL or document in “Nguồn” (or --source for the whole file)",
      });
      continue;
    }
    const rec = ctx.rules.record(
      {
        row: row.rowNumber,
        subjectCode: subject.code,
        subjectName: subject.name,
        indexCode: index.code,
        componentId,
        year: y,
        value: value ?? null,
        publishedRank: rank ?? null,
        publishedOutOf: outOf ?? null,
        status,
        sourceUrl: source,
      },
      rejected,
      cols.value?.header ?? null,
    );
    if (rec) records.push(rec);
  }
  return { records, files: [path] };
}
