import { createWriteStream } from "node:fs";
import { asc, type Db, type SQL, sql, tables as t } from "@cchc/db";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import {
  ACTIVITY_FIELD_KEYS,
  ACTIVITY_FIELDS,
  type ActivityColumn,
  type ActivityFieldKey,
} from "./kinds/activity-columns";

/** A column of an export: Vietnamese header, value, and (XLSX) a number format. */
export interface Col<R> {
  header: string;
  value: (r: R) => string | number | null;
  numFmt?: string;
  width?: number;
}

/** Characters that make a spreadsheet read a text cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV cell as text that Excel or LibreOffice will not run: a string that
 * starts like a formula gets a leading single quote (OWASP's CSV-injection
 * advice); numbers are written as they are (-0.5 stays a number). The
 * importer strips that quote again (read-table.ts), so exports re-import unchanged.
 */
export const csvCell = (v: string | number | null): string | number =>
  v == null ? "" : typeof v === "string" && FORMULA_START.test(v) ? `'${v}` : v;

/**
 * Write rows as CSV (UTF-8 with BOM, so Excel opens Vietnamese correctly) or
 * XLSX (numbers kept as numbers, vi-VN display formats). Streams: memory does
 * not grow with the row count for CSV.
 */
export async function writeTable<R>(
  path: string,
  format: "csv" | "xlsx",
  cols: Col<R>[],
  rows: AsyncIterable<R> | Iterable<R>,
  sheetName = "Dữ liệu",
) {
  if (format === "csv") {
    const out = createWriteStream(path);
    out.write("\uFEFF");
    const csv = stringify({
      header: true,
      columns: cols.map((c) => String(csvCell(c.header))),
      // Excel set to a ";" list separator would start a new cell after the ";": quote such a text whole.
      quoted_match: /;\s*[=+\-@\t\r]/,
    });
    csv.pipe(out);
    for await (const r of rows)
      if (!csv.write(cols.map((c) => csvCell(c.value(r))))) await new Promise((res) => csv.once("drain", res));
    csv.end();
    await new Promise<void>((res, rej) => out.on("finish", res).on("error", rej));
    return;
  }
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true });
  const ws = wb.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = cols.map((c) => ({
    header: c.header,
    width: c.width ?? 16,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  ws.getRow(1).font = { bold: true };
  for await (const r of rows) ws.addRow(cols.map((c) => c.value(r))).commit();
  ws.commit();
  await wb.commit();
}

export type ActivityExportRow = typeof t.activities.$inferSelect & {
  topics: string | null;
  planNumber: string | null;
  /** The unit's and the form's names, for people reading the file (the import reads the codes). */
  unitName: string | null;
  formName: string | null;
};

/** Beside the unit and form codes: their names. The import ignores these columns, so the file re-imports as is. */
export const UNIT_NAME_HEADER = "Tên đơn vị";
export const FORM_NAME_HEADER = "Tên hình thức";

/** A column's value in the file: dates as dd/mm/yyyy, the topics and plan number the row query joined. */
const exportValue = (key: ActivityFieldKey, r: ActivityExportRow): string | number | null => {
  if (key === "ref") return r.externalRef ?? `id:${r.id}`;
  if (key === "topics") return r.topics;
  if (key === "plan") return r.planNumber;
  const value = r[ACTIVITY_FIELDS[key].record as keyof ActivityExportRow] as string | number | null;
  return ACTIVITY_FIELDS[key].type === "date" && typeof value === "string"
    ? value.split("-").reverse().join("/")
    : value;
};

/** The names written beside a code, after its column. */
const NAME_BESIDE: Partial<Record<ActivityFieldKey, Col<ActivityExportRow>>> = {
  unit: { header: UNIT_NAME_HEADER, value: (r) => r.unitName, width: 28 },
  form: { header: FORM_NAME_HEADER, value: (r) => r.formName, width: 28 },
};

/**
 * The activity export uses the import template's headers and order (codes for
 * unit and form, which the import matches exactly), with each code's name
 * beside it: exporting and importing again changes nothing.
 */
export const ACTIVITY_EXPORT_COLUMNS: Col<ActivityExportRow>[] = ACTIVITY_FIELD_KEYS.flatMap((key) => {
  const c: ActivityColumn = ACTIVITY_FIELDS[key];
  const col: Col<ActivityExportRow> = {
    header: c.header,
    value: (r) => exportValue(key, r),
    ...(c.type === "count" ? { numFmt: "#,##0" } : {}),
    ...(c.width ? { width: c.width } : {}),
  };
  return NAME_BESIDE[key] ? [col, NAME_BESIDE[key]] : [col];
});

/**
 * Activities as the template's rows (oldest first), with topic codes and plan
 * number: one statement. `where` narrows it (the API passes its activity filter).
 */
export async function activityExportRows(db: Db, where?: SQL): Promise<ActivityExportRow[]> {
  const rows = await db
    .select({
      activity: t.activities,
      topics: sql<
        string | null
      >`(SELECT string_agg(topic_code, '; ' ORDER BY topic_code) FROM ${t.activityTopics} WHERE activity_id = ${t.activities.id})`,
      planNumber: sql<string | null>`(SELECT number FROM ${t.plans} WHERE id = ${t.activities.planId})`,
      unitName: sql<
        string | null
      >`(SELECT name_vi FROM ${t.organisations} WHERE code = ${t.activities.organisationCode})`,
      formName: sql<string | null>`(SELECT short_name_vi FROM ${t.forms} WHERE code = ${t.activities.formCode})`,
    })
    .from(t.activities)
    .where(where)
    .orderBy(asc(t.activities.startsOn), asc(t.activities.id));
  return rows.map((r) => ({
    ...r.activity,
    topics: r.topics,
    planNumber: r.planNumber,
    unitName: r.unitName,
    formName: r.formName,
  }));
}

/** Every activity to a CSV or XLSX file that the activity import reads back unchanged. */
export async function exportActivities(db: Db, path: string, format: "csv" | "xlsx") {
  const rows = await activityExportRows(db);
  await writeTable(path, format, ACTIVITY_EXPORT_COLUMNS, rows, "Hoạt động");
  return rows.length;
}

/** The blank activity template (headers only), as CSV or XLSX: without the name columns, which the import ignores. */
export const writeActivityTemplate = (path: string, format: "csv" | "xlsx") =>
  writeTable(
    path,
    format,
    ACTIVITY_EXPORT_COLUMNS.filter((c) => c.header !== UNIT_NAME_HEADER && c.header !== FORM_NAME_HEADER),
    [],
    "Hoạt động",
  );
