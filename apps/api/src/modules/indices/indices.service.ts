import { asc, type Db, eq, queryRows, sql, tables as t } from "@cchc/db";
import type { SeriesPointRow, SubjectSeriesRow } from "../../mappers";
import { badInput, notFound } from "../../errors";
import { componentIs } from "./component-filter";

export function listIndices(db: Db) {
  return db.select().from(t.indices).orderBy(asc(t.indices.sortOrder));
}

export async function findIndex(db: Db, code: string) {
  const [row] = await db.select().from(t.indices).where(eq(t.indices.code, code));
  return row ?? null;
}

export interface SeriesArgs {
  subject: string;
  index: string;
  component?: string | null;
  from?: number | null;
  to?: number | null;
}

/**
 * A subject's yearly values for an index total or one component, each year
 * ranked and standardised among all subjects with a value that year: one
 * statement (window functions over the index's values, then the subject's rows).
 */
export async function indexSeries(db: Db, args: SeriesArgs): Promise<SeriesPointRow[]> {
  return (await seriesOf(db, [args.subject], args)).map(({ subjectCode, ...point }) => point);
}

/** Several subjects' series in the same statement (the window functions see every subject either way). */
export async function compareSeries(
  db: Db,
  args: Omit<SeriesArgs, "subject"> & { subjects: readonly string[] },
): Promise<SubjectSeriesRow[]> {
  const subjects = [...new Set(args.subjects)];
  if (subjects.length === 0 || subjects.length > 70)
    throw badInput(`give 1–70 subjects, got ${subjects.length}`, "subjects");
  const known = await queryRows<{ code: string }>(
    db,
    sql`SELECT code FROM subjects WHERE code = ANY(${sql.param(subjects)}::text[])`,
  );
  const missing = subjects.filter((s) => !known.some((k) => k.code === s));
  if (missing.length) throw notFound(`unknown subject ${missing.join(", ")}`);
  const rows = await seriesOf(db, subjects, args);
  return subjects.map((subjectCode) => ({
    subjectCode,
    points: rows.filter((r) => r.subjectCode === subjectCode).map(({ subjectCode: _, ...p }) => p),
  }));
}

/** A timestamp as ISO 8601 in UTC, the same text on both drivers. */
export const ISO = (column: string) =>
  sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

function seriesOf(db: Db, subjects: string[], args: Omit<SeriesArgs, "subject">) {
  if (args.from != null && args.to != null && args.from > args.to)
    throw badInput(`from (${args.from}) is after to (${args.to})`, "from");
  return queryRows<SeriesPointRow & { subjectCode: string }>(
    db,
    sql`
    WITH w AS (
      SELECT v.subject_code, v.year, v.value::float8 AS value, v.published_rank, v.published_out_of, v.status, v.version_code, v.source_url, v.note, v.value_derived,
        i.publisher, v.import_batch_id, v.updated_at,
        CASE WHEN v.value IS NOT NULL THEN rank() OVER (PARTITION BY v.year, v.value IS NULL
          ORDER BY CASE WHEN i.higher_is_better THEN -v.value ELSE v.value END) END AS rank,
        count(v.value) OVER (PARTITION BY v.year) AS out_of,
        avg(v.value) OVER (PARTITION BY v.year) AS mean,
        stddev_pop(v.value) OVER (PARTITION BY v.year) AS sd
      FROM index_values v JOIN indices i ON i.code = v.index_code
      WHERE v.index_code = ${args.index} AND ${componentIs(args.component)}
        AND v.year BETWEEN ${args.from ?? 2000} AND ${args.to ?? 2100}
    )
    SELECT subject_code AS "subjectCode", year, value, rank::int AS rank, out_of::int AS "outOf", published_rank AS "publishedRank", published_out_of AS "publishedOutOf",
           status::text AS status, version_code AS "versionCode", source_url AS "sourceUrl", note, value_derived AS "valueDerived",
           CASE WHEN value IS NOT NULL AND out_of > 1 AND sd > 0 THEN (value - mean) / sd END AS "zScore",
           publisher, ${ISO("updated_at")} AS "updatedAt",
           b.id AS "batchId", b.kind AS "batchKind", b.file_name AS "batchFileName", b.sha256 AS "batchSha256", b.row_count AS "batchRowCount",
           ${ISO("b.created_at")} AS "batchCreatedAt", b.created_by AS "batchCreatedBy"
    FROM w LEFT JOIN import_batches b ON b.id = w.import_batch_id
    WHERE subject_code = ANY(${sql.param(subjects)}::text[]) ORDER BY subject_code, year`,
  );
}
