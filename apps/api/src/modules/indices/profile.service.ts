import { asc, type Db, eq, queryRows, sql, tables as t } from "@cchc/db";
import { badInput } from "../../errors";
import { createLoaders, type Loaders } from "../../loaders";
import type { SubjectProfileRow } from "../../mappers";
import { groupMeanJoin, MEASURES_JOIN } from "./measures";
import { assembleProfile, type FigureSql } from "./profile.assemble";
import { profileContext } from "./profile-context";

/**
 * One statement for the figures: the subject's index totals and top-level
 * components in `year` and `year − 1` with their stored measures (rank,
 * percentile, z-score; national mean, median and best; the region's and the
 * peer group's means — see measures.ts), the previous year joined beside.
 */
const FIGURES = (subject: string, year: number, peer: string | null, parent: string | null) => sql`
  WITH fig AS (
    SELECT v.index_code, v.component_id, v.year, v.value::float8 AS value, v.published_rank, v.published_out_of,
           v.status::text AS status, v.version_code, vs.rank, vs.percentile, vs.z_score, coalesce(st.n, 0) AS out_of,
           st.mean, st.median, st.best, rg.mean AS region_mean, pg.mean AS peer_mean
    FROM index_values v
    LEFT JOIN index_components c ON c.id = v.component_id
    LEFT JOIN provinces p ON p.code = v.subject_code
    ${MEASURES_JOIN}
    ${groupMeanJoin("rg", "region", sql`coalesce(p.region_code, '')`)}
    ${groupMeanJoin("pg", "peer", sql`${peer}::text`)}
    WHERE v.subject_code = ${subject} AND v.year IN (${year}, ${year - 1})
      AND (v.component_id IS NULL OR c.parent_id IS NOT DISTINCT FROM ${parent}::text)
      AND (${parent}::text IS NULL OR v.index_code = (SELECT index_code FROM index_components WHERE id = ${parent}))
  )
  SELECT cur.index_code AS "indexCode", cur.component_id AS "componentId", cur.value, cur.rank, cur.out_of AS "outOf",
         cur.published_rank AS "publishedRank", cur.published_out_of AS "publishedOutOf", cur.status, cur.version_code AS "versionCode",
         prev.value AS "previousValue", prev.rank AS "previousRank", prev.published_rank AS "previousPublishedRank", prev.version_code AS "previousVersion",
         cur.mean AS "nationalMean", cur.median AS "nationalMedian", cur.best AS "nationalBest", cur.region_mean AS "regionMean", cur.peer_mean AS "peerMean",
         cur.z_score AS "zScore", cur.percentile
  FROM fig cur
  LEFT JOIN fig prev ON prev.index_code = cur.index_code AND prev.component_id IS NOT DISTINCT FROM cur.component_id AND prev.year = cur.year - 1
  WHERE cur.year = ${year}`;

/**
 * Two rounds of statements whatever the size of the answer: the subject (through
 * the request's loader, which the `subject` field then reuses) with its default
 * peer group that year and whether units merged since the year before; then
 * the index list, the components and the figures together.
 * The index and component rows prime the loaders so the nested `index` and
 * `component` fields cost no further statement.
 */
export async function subjectProfile(
  db: Db,
  args: { subject: string; year: number; peerGroup?: string | null; parent?: string | null },
  loaders: Loaders = createLoaders(db),
): Promise<SubjectProfileRow | null> {
  if (!Number.isInteger(args.year) || args.year < 2000 || args.year > 2100)
    throw badInput(`year must be between 2000 and 2100, got ${args.year}`, "year");
  const parent = args.parent ?? null;
  const [parentRow, subject, context] = await Promise.all([
    parent ? loaders.component.load(parent) : null,
    loaders.subject.load(args.subject),
    profileContext(db, args.subject, args.year, !args.peerGroup),
  ]);
  if (parent && !parentRow) throw badInput(`unknown component ${parent}`, "parent");
  if (!subject) return null;
  const peer = args.peerGroup ?? context.defaultPeer;
  const [indices, components, rows] = await Promise.all([
    db.select().from(t.indices).where(eq(t.indices.subjectKind, subject.kind)).orderBy(asc(t.indices.sortOrder)),
    db
      .select()
      .from(t.indexComponents)
      .where(sql`${t.indexComponents.parentId} IS NOT DISTINCT FROM ${parent}::text`)
      .orderBy(asc(t.indexComponents.sortOrder)),
    // Prepared: one plan serves every subject and year.
    queryRows<FigureSql>(db, FIGURES(args.subject, args.year, peer, parent), { prepare: true }),
  ]);
  for (const i of indices) loaders.index.prime(i.code, i);
  for (const c of components) loaders.component.prime(c.id, c);
  const profiled = parentRow ? indices.filter((i) => i.code === parentRow.indexCode) : indices;
  return {
    subjectCode: args.subject,
    year: args.year,
    peerGroupCode: peer,
    mergerBreak: context.mergerBreak,
    indices: assembleProfile(profiled, components, rows, args.year, context.mergerBreak),
  };
}
