import {
  type BoundStatement,
  type Db,
  onFirstRow,
  queryTuples,
  type SQL,
  sql,
  statement,
  tupleColumns,
} from "@cchc/db";
import { badInput } from "../../errors";
import type { IndexCode } from "../../generated/resolvers-types";
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

/** The statement's aggregates and the subjects' version, on its first row only (window `ranked`: its order). */
const once = (value: SQL) => onFirstRow(value, "ranked");

/** The statement's columns, named once; the tier's SQL depends on the index, so it is given per call. */
const rankingColumns = (tier: SQL) =>
  tupleColumns<{
    subjectCode: string;
    value: number | null;
    rank: number | null;
    publishedRank: number | null;
    outOf: number;
    status: Status;
    tier: string | null;
    versionCode: string;
    mean: number | null;
    min: number | null;
    max: number | null;
    median: number | null;
    subjectsVersion: number;
  }>({
    subjectCode: sql`v.subject_code`,
    value: sql`v.value::float8`,
    rank: sql`vs.rank`,
    publishedRank: sql`v.published_rank`,
    outOf: sql`coalesce(st.n, 0)`,
    status: sql`v.status::text`,
    tier,
    versionCode: once(sql`v.version_code`),
    mean: once(sql`st.mean`),
    min: once(sql`st.min`),
    max: once(sql`st.max`),
    median: once(sql`st.median`),
    subjectsVersion: once(SUBJECTS_VERSION),
  });

type RankingValues = { index: string; year: number; component?: string };
const SHAPES = new Map<
  string,
  { cols: ReturnType<typeof rankingColumns>; bind: (v: RankingValues) => BoundStatement }
>();

/**
 * One statement: the year's values for the index total or component with
 * their stored rank (standard competition ranking: 1, 2, 2, 4, in the index's
 * direction among subjects with a value) and the distribution's count, mean,
 * median, min and max (measures.ts). Subjects with a "no data" or "not
 * published" row follow, unranked. Prepared: planning it cost as much as
 * running it (0.4 + 0.5 ms), and its plan does not depend on the index or
 * year. Read as tuples (queryTuples), by column name (tupleColumns). Its text
 * depends only on whether the index has PAR's grades and whether a component
 * is asked for: each of those shapes is rendered once (statement()).
 */
function rankingStatement(index: string, component: boolean) {
  const tier = TIER_SQL[index] && !component ? TIER_SQL[index]! : "NULL";
  const key = `${tier}|${component}`;
  let shape = SHAPES.get(key);
  if (!shape) {
    const cols = rankingColumns(sql.raw(tier));
    shape = {
      cols,
      bind: statement<RankingValues>(sql`
    SELECT ${cols.select}
    FROM index_values v
    ${MEASURES_JOIN}
    WHERE v.index_code = ${sql.placeholder("index")} AND v.year = ${sql.placeholder("year")}
      AND ${componentIs(component ? sql.placeholder("component") : null)}
    WINDOW ranked AS (ORDER BY vs.rank NULLS LAST, v.subject_code)
    ORDER BY vs.rank NULLS LAST, v.subject_code`),
    };
    SHAPES.set(key, shape);
  }
  return shape;
}

/**
 * The ranking of one index total or component in a year (rankingStatement).
 * Subjects' names and regions come from the server's SubjectDirectory at the
 * version the statement read (a second statement only when that version
 * changed); they also prime the request's loaders, so nested
 * `subject { region }` fields cost no statement.
 */
export async function ranking(
  db: Db,
  args: { index: IndexCode; year: number; component?: string | null },
  directory: SubjectDirectory,
  loaders?: Loaders,
): Promise<RankingResultRow> {
  if (!Number.isInteger(args.year) || args.year < 2000 || args.year > 2100)
    throw badInput(`year must be between 2000 and 2100, got ${args.year}`, "year");
  const { cols, bind } = rankingStatement(args.index, args.component != null);
  const tuples = await queryTuples(
    db,
    bind({ index: args.index, year: args.year, ...(args.component != null ? { component: args.component } : {}) }),
    { prepare: true },
  );
  // The first row carries the statement's aggregates and the subjects' version (onFirstRow).
  const [first] = tuples;
  const stat = <K extends "outOf" | "versionCode" | "mean" | "min" | "max" | "median">(name: K) =>
    first ? cols.get(first, name) : null;
  const subjects = first
    ? primeSubjects(
        loaders,
        await directory.at(cols.get(first, "subjectsVersion")),
        tuples.map((t) => cols.get(t, "subjectCode")),
      )
    : new Map<string, SubjectRow>();
  return {
    index: args.index,
    year: args.year,
    componentId: args.component ?? null,
    versionCode: stat("versionCode"),
    rows: tuples.map((t) => {
      const subjectCode = cols.get(t, "subjectCode");
      return {
        subjectCode,
        subject: subjects.get(subjectCode),
        value: cols.get(t, "value"),
        rank: cols.get(t, "rank"),
        publishedRank: cols.get(t, "publishedRank"),
        outOf: cols.get(t, "outOf"),
        status: cols.get(t, "status"),
        tier: cols.get(t, "tier"),
      };
    }),
    stats: {
      count: stat("outOf") ?? 0,
      mean: stat("mean"),
      median: stat("median"),
      min: stat("min"),
      max: stat("max"),
    },
  };
}
