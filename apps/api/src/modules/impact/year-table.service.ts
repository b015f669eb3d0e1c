import { type Db, queryRows, sql } from "@cchc/db";
import type { ComponentRow, VersionRow } from "../../mappers";
import { SUBJECTS_VERSION } from "../indices/subject-names";

/** One year's published table of an index, as whatIf and rankTarget read it. */
export interface YearTable {
  subjectsVersion: number;
  subjectKind: "province" | "department" | null;
  /** The methodology version in force that year; null when none covers it. */
  version: VersionRow | null;
  /** Top-level components of that version, with their scale maximum. */
  components: (ComponentRow & { scaleMax: number })[];
  /** Every province's stored total that year (those with a value: the units ranked). */
  totals: [subject: string, total: number][];
  /** The subject's stored values of the top-level components that year. */
  own: [component: string, value: number][];
}

const json = <T>(v: unknown): T => (typeof v === "string" ? JSON.parse(v) : v) as T;

/**
 * One statement: the version in force in `year`, its top-level components
 * and scales, every province's stored total that year, and the subject's
 * component values. Totals are the stored (published-precision) values the
 * `ranking` query ranks, so a rank here is the rank shown there.
 */
export async function readYearTable(
  db: Db,
  args: { subject: string; index: string; year: number },
): Promise<YearTable> {
  const [r] = await queryRows<Record<string, unknown>>(
    db,
    sql`
    WITH version AS (
      SELECT * FROM methodology_versions v
      WHERE v.index_code = ${args.index} AND v.first_year <= ${args.year}
        AND (v.last_year IS NULL OR v.last_year >= ${args.year})
    ), top AS (
      SELECT c.*, cv.scale_max::float8 AS scale_max FROM index_components c
      JOIN component_versions cv ON cv.component_id = c.id AND cv.version_code = (SELECT code FROM version)
      WHERE c.index_code = ${args.index} AND c.parent_id IS NULL
    )
    SELECT ${SUBJECTS_VERSION} AS "subjectsVersion",
      (SELECT kind::text FROM subjects WHERE code = ${args.subject}) AS "subjectKind",
      (SELECT json_build_object('code', v.code, 'indexCode', v.index_code, 'nameVi', v.name_vi,
          'firstYear', v.first_year, 'lastYear', v.last_year, 'totalMin', v.total_min::float8,
          'totalMax', v.total_max::float8, 'legalBasis', v.legal_basis, 'sourceUrl', v.source_url, 'notes', v.notes)
       FROM version v) AS version,
      (SELECT coalesce(json_agg(json_build_object('id', c.id, 'indexCode', c.index_code, 'parentId', c.parent_id,
          'code', c.code, 'nameVi', c.name_vi, 'nameEn', c.name_en, 'sortOrder', c.sort_order, 'scaleMax', c.scale_max)
          ORDER BY c.sort_order, c.id), '[]') FROM top c) AS components,
      (SELECT coalesce(json_agg(json_build_array(v.subject_code, v.value::float8)), '[]')
       FROM index_values v JOIN subjects s ON s.code = v.subject_code AND s.kind = 'province'
       WHERE v.index_code = ${args.index} AND v.year = ${args.year} AND v.component_id IS NULL AND v.value IS NOT NULL
      ) AS totals,
      (SELECT coalesce(json_agg(json_build_array(v.component_id, v.value::float8)), '[]')
       FROM index_values v
       WHERE v.subject_code = ${args.subject} AND v.index_code = ${args.index} AND v.year = ${args.year}
         AND v.component_id IN (SELECT id FROM top) AND v.value IS NOT NULL
      ) AS own`,
  );
  return {
    subjectsVersion: Number(r!.subjectsVersion),
    subjectKind: (r!.subjectKind as YearTable["subjectKind"]) ?? null,
    version: json<VersionRow | null>(r!.version),
    components: json<YearTable["components"]>(r!.components),
    totals: json<YearTable["totals"]>(r!.totals),
    own: json<YearTable["own"]>(r!.own),
  };
}
