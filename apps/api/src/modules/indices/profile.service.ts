import { asc, type Db, eq, queryRows, sql, tables as t } from "@cchc/db";
import { badInput } from "../../errors";
import type { SubjectProfileRow } from "../../mappers";
import { assembleProfile, type FigureSql } from "./profile.assemble";

/**
 * One statement for the figures: every index total and top-level component
 * of the subject's indices in `year` and `year − 1`, for all subjects (the
 * national context needs them), ranked and summarised with window functions;
 * then filtered to the subject and joined to its previous year.
 */
const FIGURES = (subject: string, year: number, peer: string | null, parent: string | null) => sql`
  WITH v AS (
    SELECT v.subject_code, v.index_code, v.component_id, v.year, v.value::float8 AS value, v.published_rank, v.published_out_of,
           v.status::text AS status, v.version_code, i.higher_is_better, p.region_code, (m.province_code IS NOT NULL) AS in_peer
    FROM index_values v
    JOIN indices i ON i.code = v.index_code
    LEFT JOIN index_components c ON c.id = v.component_id
    LEFT JOIN provinces p ON p.code = v.subject_code
    LEFT JOIN peer_group_members m ON m.province_code = v.subject_code AND m.peer_group_code = ${peer}
    WHERE v.year IN (${year}, ${year - 1}) AND (v.component_id IS NULL OR c.parent_id IS NOT DISTINCT FROM ${parent}::text)
      AND v.index_code IN (SELECT index_code FROM index_values WHERE subject_code = ${subject} AND year IN (${year}, ${year - 1}))
      AND (${parent}::text IS NULL OR v.index_code = (SELECT index_code FROM index_components WHERE id = ${parent}))
  ), s AS (
    SELECT v.*,
      CASE WHEN value IS NOT NULL THEN rank() OVER (PARTITION BY index_code, component_id, year, value IS NULL
        ORDER BY CASE WHEN higher_is_better THEN -value ELSE value END) END AS rank,
      CASE WHEN value IS NOT NULL THEN 100 * cume_dist() OVER (PARTITION BY index_code, component_id, year, value IS NULL
        ORDER BY CASE WHEN higher_is_better THEN value ELSE -value END) END AS percentile,
      count(value) OVER w AS out_of, avg(value) OVER w AS mean, stddev_pop(value) OVER w AS sd,
      CASE WHEN bool_and(higher_is_better) OVER w THEN max(value) OVER w ELSE min(value) OVER w END AS best,
      avg(value) OVER (PARTITION BY index_code, component_id, year, region_code) AS region_mean,
      avg(value) FILTER (WHERE in_peer) OVER w AS peer_mean
    FROM v
    WINDOW w AS (PARTITION BY index_code, component_id, year)
  ), med AS (
    SELECT index_code, component_id, year, percentile_cont(0.5) WITHIN GROUP (ORDER BY value) AS median
    FROM v WHERE value IS NOT NULL GROUP BY index_code, component_id, year
  )
  SELECT cur.index_code AS "indexCode", cur.component_id AS "componentId", cur.value, cur.rank::int AS rank, cur.out_of::int AS "outOf",
         cur.published_rank AS "publishedRank", cur.published_out_of AS "publishedOutOf", cur.status, cur.version_code AS "versionCode",
         prev.value AS "previousValue", prev.rank::int AS "previousRank", prev.published_rank AS "previousPublishedRank", prev.version_code AS "previousVersion",
         cur.mean AS "nationalMean", med.median AS "nationalMedian", cur.best AS "nationalBest", cur.region_mean AS "regionMean", cur.peer_mean AS "peerMean",
         CASE WHEN cur.value IS NOT NULL AND cur.out_of > 1 AND cur.sd > 0 THEN (cur.value - cur.mean) / cur.sd END AS "zScore",
         cur.percentile
  FROM s cur
  LEFT JOIN s prev ON prev.subject_code = cur.subject_code AND prev.index_code = cur.index_code
    AND prev.component_id IS NOT DISTINCT FROM cur.component_id AND prev.year = cur.year - 1
  LEFT JOIN med ON med.index_code = cur.index_code AND med.component_id IS NOT DISTINCT FROM cur.component_id AND med.year = cur.year
  WHERE cur.subject_code = ${subject} AND cur.year = ${year}`;

export async function subjectProfile(db: Db, args: { subject: string; year: number; peerGroup?: string | null; parent?: string | null }): Promise<SubjectProfileRow | null> {
  if (!Number.isInteger(args.year) || args.year < 2000 || args.year > 2100) throw badInput(`year must be between 2000 and 2100, got ${args.year}`, "year");
  const parent = args.parent ?? null;
  const [parentRow] = parent ? await db.select({ indexCode: t.indexComponents.indexCode }).from(t.indexComponents).where(eq(t.indexComponents.id, parent)) : [];
  if (parent && !parentRow) throw badInput(`unknown component ${parent}`, "parent");
  const [subject] = await db.select().from(t.subjects).where(eq(t.subjects.code, args.subject));
  if (!subject) return null;
  const peer =
    args.peerGroup ??
    (await db.select({ code: t.peerGroupMembers.peerGroupCode }).from(t.peerGroupMembers).where(eq(t.peerGroupMembers.provinceCode, args.subject)).orderBy(asc(t.peerGroupMembers.peerGroupCode)).limit(1))[0]?.code ??
    null;
  const [indices, components, rows] = await Promise.all([
    db.select().from(t.indices).where(eq(t.indices.subjectKind, subject.kind)).orderBy(asc(t.indices.sortOrder)),
    db.select().from(t.indexComponents).where(sql`${t.indexComponents.parentId} IS NOT DISTINCT FROM ${parent}::text`).orderBy(asc(t.indexComponents.sortOrder)),
    queryRows<FigureSql>(db, FIGURES(args.subject, args.year, peer, parent)),
  ]);
  const profiled = parentRow ? indices.filter((i) => i.code === parentRow.indexCode) : indices;
  return { subjectCode: args.subject, year: args.year, peerGroupCode: peer, indices: assembleProfile(profiled, components, rows, args.year) };
}
