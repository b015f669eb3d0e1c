import { type Db, queryTuples, sql } from "@cchc/db";
import { badInput } from "../../errors";
import type { Loaders } from "../../loaders";
import type { RankingEntryRow, RankingResultRow, SubjectRow } from "../../mappers";
import { componentIs } from "./component-filter";
import { MEASURES_JOIN } from "./measures";
import { primeSubjects, type SubjectDirectory, SUBJECTS_VERSION } from "./subject-names";

/**
 * PAR INDEX groups, as MoHA publishes them (A ≥ 90%, B 80–<90%, C 70–<80%);
 * other indices' group thresholds are not sourced, so they get none.
 */
const TIER_SQL: Record<string, string> = {
  PAR_INDEX: "CASE WHEN v.value >= 90 THEN 'A' WHEN v.value >= 80 THEN 'B' WHEN v.value >= 70 THEN 'C' END",
};

type Status = RankingEntryRow["status"];
/** The statement's columns, in its SELECT order. */
type Tuple = [
  subjectCode: string,
  value: number | null,
  rank: number | null,
  publishedRank: number | null,
  outOf: number,
  status: Status,
  tier: string | null,
  versionCode: string,
  mean: number | null,
  min: number | null,
  max: number | null,
  median: number | null,
  subjectsVersion: number,
];

/**
 * One statement: the year's values for the index total or component with
 * their stored rank (standard competition ranking: 1, 2, 2, 4, in the index's
 * direction among subjects with a value) and the distribution's count, mean,
 * median, min and max (measures.ts). Subjects with a "no data" or "not
 * published" row follow, unranked. Subjects' names and regions come from the
 * server's SubjectDirectory at the version the statement read (a second
 * statement only when that version changed); they also prime the request's
 * loaders, so nested `subject { region }` fields cost no statement.
 * Prepared: planning it cost as much as running it (0.4 + 0.5 ms), and its
 * plan does not depend on the index or year. Read as tuples (queryTuples).
 */
export async function ranking(
  db: Db,
  args: { index: string; year: number; component?: string | null },
  directory: SubjectDirectory,
  loaders?: Loaders,
): Promise<RankingResultRow> {
  if (!Number.isInteger(args.year) || args.year < 2000 || args.year > 2100)
    throw badInput(`year must be between 2000 and 2100, got ${args.year}`, "year");
  const tier = sql.raw(TIER_SQL[args.index] && !args.component ? TIER_SQL[args.index]! : "NULL");
  const tuples = await queryTuples<Tuple>(
    db,
    sql`
    SELECT v.subject_code AS "subjectCode", v.value::float8 AS value, vs.rank, v.published_rank AS "publishedRank",
           coalesce(st.n, 0) AS "outOf", v.status::text AS status, ${tier} AS tier, v.version_code AS "versionCode",
           st.mean, st.min, st.max, st.median, ${SUBJECTS_VERSION} AS "subjectsVersion"
    FROM index_values v
    ${MEASURES_JOIN}
    WHERE v.index_code = ${args.index} AND v.year = ${args.year} AND ${componentIs(args.component)}
    ORDER BY vs.rank NULLS LAST, v.subject_code`,
    { prepare: true },
  );
  // Every row carries the statement's aggregates and the subjects' version; read them from the first.
  const [first] = tuples;
  const [
    ,
    ,
    ,
    ,
    outOf = 0,
    ,
    ,
    versionCode = null,
    mean = null,
    min = null,
    max = null,
    median = null,
    subjectsVersion = Number.NaN,
  ] = first ?? [];
  const subjects = first
    ? primeSubjects(
        loaders,
        await directory.at(subjectsVersion),
        tuples.map(([code]) => code),
      )
    : new Map<string, SubjectRow>();
  return {
    index: args.index,
    year: args.year,
    componentId: args.component ?? null,
    versionCode,
    rows: tuples.map(([subjectCode, value, rank, publishedRank, outOf, status, tier]) => ({
      subjectCode,
      subject: subjects.get(subjectCode),
      value,
      rank,
      publishedRank,
      outOf,
      status,
      tier,
    })),
    stats: { count: outOf, mean, median, min, max },
  };
}
