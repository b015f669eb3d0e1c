import { asc, type Db, eq, queryRows, sql, tables as t } from "@cchc/db";
import type { SeriesPointRow, SubjectSeriesRow } from "../../mappers";
import { badInput, notFound } from "../../errors";
import { componentIs } from "./component-filter";
import { MEASURES_JOIN } from "./measures";

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
 * A subject's yearly values for an index total or one component, each with
 * its stored rank, out of and z-score among all subjects with a value that
 * year (measures.ts): one statement.
 */
export async function indexSeries(db: Db, args: SeriesArgs): Promise<SeriesPointRow[]> {
  return (await seriesOf(db, [args.subject], args)).map(({ subjectCode, ...point }) => point);
}

/** Several subjects' series in the same statement. */
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
    SELECT v.subject_code AS "subjectCode", v.year, v.value::float8 AS value, vs.rank, coalesce(st.n, 0) AS "outOf",
           v.published_rank AS "publishedRank", v.published_out_of AS "publishedOutOf", v.status::text AS status,
           v.version_code AS "versionCode", v.source_url AS "sourceUrl", v.note, v.value_derived AS "valueDerived",
           vs.z_score AS "zScore", i.publisher, ${ISO("v.updated_at")} AS "updatedAt",
           b.id AS "batchId", b.kind AS "batchKind", b.file_name AS "batchFileName", b.sha256 AS "batchSha256", b.row_count AS "batchRowCount",
           ${ISO("b.created_at")} AS "batchCreatedAt", b.created_by AS "batchCreatedBy"
    FROM index_values v JOIN indices i ON i.code = v.index_code
    ${MEASURES_JOIN}
    LEFT JOIN import_batches b ON b.id = v.import_batch_id
    WHERE v.index_code = ${args.index} AND ${componentIs(args.component)}
      AND v.year BETWEEN ${args.from ?? 2000} AND ${args.to ?? 2100}
      AND v.subject_code = ANY(${sql.param(subjects)}::text[]) ORDER BY v.subject_code, v.year`,
  );
}
