import { sql } from "@cchc/db";
import type { Loaders } from "../../loaders";
import type { RegionRow, SubjectRow } from "../../mappers";

/**
 * Subject names and regions joined into a statement that lists subjects
 * (alias `r`, column `subject_code`), so the rows can prime the request's
 * `subject` and `region` loaders in the shapes those loaders return.
 */
export const SUBJECT_JOINS = sql.raw(`
    JOIN subjects s ON s.code = r.subject_code
    LEFT JOIN provinces sp ON sp.code = s.province_code
    LEFT JOIN organisations so ON so.code = s.organisation_code
    LEFT JOIN regions sr ON sr.code = sp.region_code`);

export const SUBJECT_NAMES = sql.raw(`s.kind::text AS "subjectKind", coalesce(sp.name_vi, so.name_vi) AS "subjectNameVi",
           coalesce(sp.name_en, so.name_en) AS "subjectNameEn", sp.region_code AS "regionCode",
           sr.name_vi AS "regionNameVi", sr.name_en AS "regionNameEn", sr.sort_order AS "regionSortOrder"`);

export interface Named {
  subjectCode: string;
  subjectKind: "province" | "department";
  subjectNameVi: string;
  subjectNameEn: string | null;
  regionCode: string | null;
  regionNameVi: string | null;
  regionNameEn: string | null;
  regionSortOrder: number | null;
}

/**
 * The subjects (with their regions) of `rows`, also primed into the request's
 * loaders. Rows can carry them so their `subject` field resolves without a
 * promise per row — the cost graphql-js pays for every async field.
 */
export function primeSubjects(loaders: Loaders | undefined, rows: readonly Named[]): Map<string, SubjectRow> {
  const subjects = new Map<string, SubjectRow>();
  const regions = new Map<string, RegionRow>();
  for (const r of rows) {
    let region: RegionRow | null = null;
    if (r.regionCode) {
      region = regions.get(r.regionCode) ?? { code: r.regionCode, nameVi: r.regionNameVi!, nameEn: r.regionNameEn!, sortOrder: r.regionSortOrder! };
      regions.set(r.regionCode, region);
      loaders?.region.prime(r.regionCode, region);
    }
    const subject: SubjectRow = { code: r.subjectCode, kind: r.subjectKind, nameVi: r.subjectNameVi, nameEn: r.subjectNameEn, regionCode: r.regionCode, region };
    subjects.set(r.subjectCode, subject);
    loaders?.subject.prime(r.subjectCode, subject);
  }
  return subjects;
}
