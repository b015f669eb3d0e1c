import { type Db, queryTuples, sql, tupleColumns } from "@cchc/db";
import type { Loaders } from "../../loaders";
import type { RegionRow, SubjectRow } from "../../mappers";
import { Versioned } from "../../versioned";

/**
 * The version of the subjects' names and regions, as a column of a statement
 * that lists subjects: data_versions 'subjects' is bumped by every statement
 * writing subjects, provinces, organisations or regions (migration 0010).
 */
export const SUBJECTS_VERSION = sql.raw(`(SELECT version::float8 FROM data_versions WHERE name = 'subjects')`);

/** The directory's statement's columns, read back by these names. */
const SUBJECT_COLUMNS = tupleColumns<{
  version: number;
  code: string;
  kind: SubjectRow["kind"];
  nameVi: string;
  nameEn: string | null;
  regionCode: string | null;
  regionNameVi: string | null;
  regionNameEn: string | null;
  regionSortOrder: number | null;
}>({
  version: SUBJECTS_VERSION,
  code: sql`s.code`,
  kind: sql`s.kind::text`,
  nameVi: sql`coalesce(p.name_vi, o.name_vi)`,
  nameEn: sql`coalesce(p.name_en, o.name_en)`,
  regionCode: sql`p.region_code`,
  regionNameVi: sql`r.name_vi`,
  regionNameEn: sql`r.name_en`,
  regionSortOrder: sql`r.sort_order`,
});

/**
 * Every subject's names and region, kept per server: a ranking lists up to
 * 70 subjects, and joining their names into each ranking cost about a third
 * of its time in PostgreSQL and in parsing (README "Speed"). A statement that
 * lists subjects reads SUBJECTS_VERSION along with them and asks for the
 * subjects at that version; a different version reloads them all (one
 * statement), so a rename shows on the next request in every process. The
 * rows are frozen: requests share them.
 */
export class SubjectDirectory {
  readonly #subjects: Versioned<ReadonlyMap<string, SubjectRow>>;

  constructor(db: Db) {
    this.#subjects = new Versioned(() => loadSubjects(db), new Map());
  }

  /** The subjects by code, as of `version` or later. */
  at(version: number | null | undefined): Promise<ReadonlyMap<string, SubjectRow>> {
    return this.#subjects.at(version);
  }
}

/** Every subject with its names and region, and the version they were read at (one statement). */
async function loadSubjects(db: Db) {
  const tuples = await queryTuples(
    db,
    sql`
    SELECT ${SUBJECT_COLUMNS.select}
    FROM subjects s
    LEFT JOIN provinces p ON p.code = s.province_code
    LEFT JOIN organisations o ON o.code = s.organisation_code
    LEFT JOIN regions r ON r.code = p.region_code`,
  );
  const regions = new Map<string, RegionRow>();
  const subjects = new Map<string, SubjectRow>();
  const rows = tuples.map(SUBJECT_COLUMNS.read);
  for (const { code, kind, nameVi, nameEn, regionCode, regionNameVi, regionNameEn, regionSortOrder } of rows) {
    let region: RegionRow | null = null;
    if (regionCode) {
      region =
        regions.get(regionCode) ??
        Object.freeze({ code: regionCode, nameVi: regionNameVi!, nameEn: regionNameEn!, sortOrder: regionSortOrder! });
      regions.set(regionCode, region);
    }
    subjects.set(code, Object.freeze({ code, kind, nameVi, nameEn, regionCode, region }));
  }
  // With no subjects there is no row to read the version from: reload next time.
  return { version: rows[0]?.version, value: subjects as ReadonlyMap<string, SubjectRow> };
}

/**
 * Prime the request's `subject` and `region` loaders with the subjects of
 * `codes`, so other fields of the same request that load them by code cost no
 * statement. Returns them by code; a code the directory does not know (a
 * subject added after the version was read) is left to the loader.
 */
export function primeSubjects(
  loaders: Loaders | undefined,
  directory: ReadonlyMap<string, SubjectRow>,
  codes: Iterable<string>,
): ReadonlyMap<string, SubjectRow> {
  if (!loaders) return directory;
  for (const code of codes) {
    const subject = directory.get(code);
    if (!subject) continue;
    loaders.subject.prime(code, subject);
    if (subject.region) loaders.region.prime(subject.region.code, subject.region);
  }
  return directory;
}
