import { type Db, queryRows, sql } from "@cchc/db";
import type { CoverageRowRow, ImportBatchRow } from "../../mappers";
import { ISO } from "./indices.service";

type CoverageSql = Omit<CoverageRowRow, "importBatches"> & {
  importBatches:
    | string
    | {
        id: number;
        kind: string;
        fileName: string;
        sha256: string;
        rowCount: number;
        createdAt: string;
        createdBy: string;
      }[]
    | null;
};

/**
 * One row per index × year with stored figures: how many of the subjects the
 * index could score have a value, only a rank, a "not published" or "no data"
 * mark, or nothing; the sources and import batches behind them and the last
 * change. One statement: the totals, the component counts and the batches are
 * aggregated in the same pass over index_values.
 */
export async function dataCoverage(db: Db, subject: string): Promise<CoverageRowRow[]> {
  const rows = await queryRows<CoverageSql>(
    db,
    sql`
    WITH v AS (
      SELECT v.index_code, v.year, v.component_id, v.subject_code, v.value, v.published_rank, v.status, v.version_code,
             v.source_url, v.import_batch_id, v.updated_at
      FROM index_values v
    ), agg AS (
      SELECT index_code, year,
        mode() WITHIN GROUP (ORDER BY version_code) FILTER (WHERE component_id IS NULL) AS version_code,
        count(DISTINCT subject_code) FILTER (WHERE component_id IS NULL AND value IS NOT NULL) AS with_value,
        count(DISTINCT subject_code) FILTER (WHERE component_id IS NULL AND value IS NULL AND published_rank IS NOT NULL) AS rank_only,
        count(DISTINCT subject_code) FILTER (WHERE component_id IS NULL AND published_rank IS NOT NULL) AS with_published_rank,
        count(DISTINCT subject_code) FILTER (WHERE component_id IS NULL AND status = 'not_published') AS not_published,
        count(DISTINCT subject_code) FILTER (WHERE component_id IS NULL AND status = 'no_data') AS no_data,
        count(*) FILTER (WHERE component_id IS NOT NULL AND value IS NOT NULL) AS component_values,
        max(value::float8) FILTER (WHERE component_id IS NULL AND subject_code = ${subject}) AS subject_value,
        max(published_rank) FILTER (WHERE component_id IS NULL AND subject_code = ${subject}) AS subject_rank,
        array_agg(DISTINCT source_url) FILTER (WHERE source_url IS NOT NULL) AS sources,
        array_agg(DISTINCT import_batch_id) FILTER (WHERE import_batch_id IS NOT NULL) AS batch_ids,
        count(*) FILTER (WHERE import_batch_id IS NULL) AS outside_imports,
        max(updated_at) AS last_changed
      FROM v GROUP BY index_code, year
    )
    SELECT a.index_code AS "indexCode", a.year::int AS year, coalesce(a.version_code, (
             SELECT m.code FROM methodology_versions m WHERE m.index_code = a.index_code AND m.first_year <= a.year
             ORDER BY m.first_year DESC LIMIT 1)) AS "versionCode",
           e.expected::int AS expected, a.with_value::int AS "withValue", a.rank_only::int AS "rankOnly",
           a.with_published_rank::int AS "withPublishedRank", a.not_published::int AS "notPublished", a.no_data::int AS "noData",
           greatest(e.expected - a.with_value - a.rank_only, 0)::int AS missing, a.component_values::int AS "componentValues",
           a.subject_value AS "subjectValue", a.subject_rank AS "subjectPublishedRank", coalesce(a.sources, '{}') AS sources,
           (SELECT json_agg(json_build_object('id', b.id, 'kind', b.kind, 'fileName', b.file_name, 'sha256', b.sha256,
                     'rowCount', b.row_count, 'createdAt', ${ISO("b.created_at")}, 'createdBy', b.created_by) ORDER BY b.id)
              FROM import_batches b WHERE b.id = ANY(a.batch_ids) AND b.undone_at IS NULL) AS "importBatches",
           a.outside_imports::int AS "figuresOutsideImports", ${ISO("a.last_changed")} AS "lastChanged"
    FROM agg a
    JOIN indices i ON i.code = a.index_code
    CROSS JOIN LATERAL (
      SELECT CASE WHEN i.subject_kind = 'province'
        THEN (SELECT count(*) FROM provinces p WHERE p.valid_from <= make_date(a.year, 6, 30)
                AND (p.valid_to IS NULL OR p.valid_to >= make_date(a.year, 6, 30)))
        ELSE (SELECT count(*) FROM subjects s WHERE s.kind = 'department') END AS expected
    ) e
    ORDER BY i.sort_order, a.year`,
  );
  return rows.map((r) => ({ ...r, importBatches: batches(r.importBatches) }));
}

function batches(raw: CoverageSql["importBatches"]): ImportBatchRow[] {
  const list = typeof raw === "string" ? (JSON.parse(raw) as Exclude<typeof raw, string>) : raw;
  return (list ?? []).map((b) => ({
    ...b,
    counts: {},
    createdAt: new Date(b.createdAt),
    undoneAt: null,
    undoneBy: null,
  }));
}
