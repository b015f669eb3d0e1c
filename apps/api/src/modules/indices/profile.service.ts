import { type Db, queryRows, sql } from "@cchc/db";
import { badInput } from "../../errors";
import { createLoaders, type Loaders } from "../../loaders";
import type { SubjectProfileRow } from "../../mappers";
import { mergerBetween } from "../geo/eras.service";
import { CATALOGUE_VERSION, Catalogue } from "./catalogue";
import { groupMeanJoin } from "./measures";
import { assembleProfile, type FigureSql } from "./profile.assemble";
import { primeSubjects, SubjectDirectory, SUBJECTS_VERSION } from "./subject-names";

/** The profile statement's first columns: what a profile needs besides the figures, on every row. */
interface ContextSql {
  subjectsVersion: number | null;
  catalogueVersion: number | null;
  peerGroupCode: string | null;
  mergerBreak: boolean;
}

/**
 * The whole profile in one statement. `ctx` (one row): the versions of the
 * subjects' names and of the catalogue, so the server's copies are checked in
 * the same snapshot; the peer group — the one asked for, or the first (by
 * code) the subject belongs to in `year` (membership bounded by first/last
 * year, migration 0013); whether provincial units merged between `year − 1`
 * and `year`. Then the subject's index totals and top-level components in
 * `year` and `year − 1` with their stored measures (rank, percentile,
 * z-score; national mean, median and best; the region's mean: stored per
 * value in index_profile_figures, migration 0019) and the peer group's mean
 * (measures.ts), the previous year joined beside. `ctx` is left
 * joined, so a subject without figures still gives its one row.
 */
const PROFILE = (subject: string, year: number, askedPeer: string | null, parent: string | null) => sql`
  WITH ctx AS (
    SELECT ${SUBJECTS_VERSION} AS subjects_version, ${CATALOGUE_VERSION} AS catalogue_version,
           coalesce(${askedPeer}::text,
             (SELECT m.peer_group_code FROM peer_group_members m
              WHERE m.province_code = ${subject}
                AND (m.first_year IS NULL OR m.first_year <= ${year}) AND (m.last_year IS NULL OR m.last_year >= ${year})
              ORDER BY m.peer_group_code LIMIT 1)) AS peer,
           ${mergerBetween(year)} AS merger_break
  ), fig AS (
    SELECT f.index_code, f.component_id, f.year, f.value, f.published_rank, f.published_out_of, f.status, f.version_code,
           f.rank, f.percentile, f.z_score, f.out_of, f.mean, f.median, f.best, f.region_mean, pg.mean AS peer_mean
    FROM ctx CROSS JOIN index_profile_figures f
    LEFT JOIN index_components c ON c.id = f.component_id
    ${groupMeanJoin("pg", "peer", sql`ctx.peer`, "f")}
    WHERE f.subject_code = ${subject} AND f.year IN (${year}, ${year - 1})
      AND (f.component_id IS NULL OR c.parent_id IS NOT DISTINCT FROM ${parent}::text)
      AND (${parent}::text IS NULL OR f.index_code = (SELECT index_code FROM index_components WHERE id = ${parent}))
  )
  SELECT ctx.subjects_version AS "subjectsVersion", ctx.catalogue_version AS "catalogueVersion",
         ctx.peer AS "peerGroupCode", ctx.merger_break AS "mergerBreak",
         cur.index_code AS "indexCode", cur.component_id AS "componentId", cur.value, cur.rank, cur.out_of AS "outOf",
         cur.published_rank AS "publishedRank", cur.published_out_of AS "publishedOutOf", cur.status, cur.version_code AS "versionCode",
         cur.previous_value AS "previousValue", cur.previous_rank AS "previousRank",
         cur.previous_published_rank AS "previousPublishedRank", cur.previous_version AS "previousVersion",
         cur.previous_percentile AS "previousPercentile",
         cur.mean AS "nationalMean", cur.median AS "nationalMedian", cur.best AS "nationalBest", cur.region_mean AS "regionMean",
         cur.peer_mean AS "peerMean", cur.z_score AS "zScore", cur.percentile
  FROM ctx
  LEFT JOIN (
    -- The previous year beside: fig holds only year − 1 and year, so the row before is year − 1's.
    SELECT fig.*, lag(value) OVER w AS previous_value, lag(rank) OVER w AS previous_rank,
           lag(published_rank) OVER w AS previous_published_rank, lag(version_code) OVER w AS previous_version,
           lag(percentile) OVER w AS previous_percentile
    FROM fig WINDOW w AS (PARTITION BY index_code, component_id ORDER BY year)) cur
  ON cur.year = ${year}`;

/** Where a profile finds subjects and the catalogue: the server's copies, or its own. */
export interface ProfileSources {
  loaders?: Loaders;
  subjects?: SubjectDirectory;
  catalogue?: Catalogue;
}

/**
 * One statement whatever the size of the answer (PROFILE). Subjects and the
 * catalogue come from the server's copies at the versions that statement
 * read, so in the steady state nothing else is read; the index and component
 * rows are attached to the answer and the subject and version rows prime the
 * loaders, so nested fields cost no statement either.
 */
export async function subjectProfile(
  db: Db,
  args: { subject: string; year: number; peerGroup?: string | null; parent?: string | null },
  sources: ProfileSources = {},
): Promise<SubjectProfileRow | null> {
  if (!Number.isInteger(args.year) || args.year < 2000 || args.year > 2100)
    throw badInput(`year must be between 2000 and 2100, got ${args.year}`, "year");
  const { loaders = createLoaders(db), subjects = new SubjectDirectory(db), catalogue = new Catalogue(db) } = sources;
  const parent = args.parent ?? null;
  // Prepared: one plan serves every subject and year.
  const rows = await queryRows<ContextSql & FigureSql>(
    db,
    PROFILE(args.subject, args.year, args.peerGroup ?? null, parent),
    { prepare: true },
  );
  const context = rows[0]!;
  const [directory, { indices, components, versions, indexByCode, componentById }] = await Promise.all([
    subjects.at(context.subjectsVersion),
    catalogue.at(context.catalogueVersion),
  ]);
  const parentRow = parent ? componentById.get(parent) : undefined;
  if (parent && !parentRow) throw badInput(`unknown component ${parent}`, "parent");
  const subject = primeSubjects(loaders, directory, [args.subject]).get(args.subject);
  if (!subject) return null;
  const ofKind = indices.filter((i) => i.subjectKind === subject.kind);
  const listed = components.filter((c) => c.parentId === parent);
  // Nested `methodologyVersion` fields go through the loader; `index` and `component` are attached below.
  for (const v of versions) loaders.version.prime(v.code, v);
  const profiled = parentRow ? ofKind.filter((i) => i.code === parentRow.indexCode) : ofKind;
  const figures = rows.filter((r) => r.indexCode !== null);
  const profile = assembleProfile(profiled, listed, figures, args.year, context.mergerBreak);
  // The rows the nested `index` and `component` fields return, attached: no loader round per figure.
  for (const p of profile) {
    p.index = indexByCode.get(p.indexCode);
    for (const f of [p.total, ...p.components]) f.component = f.componentId ? componentById.get(f.componentId) : null;
  }
  return {
    subjectCode: args.subject,
    year: args.year,
    peerGroupCode: context.peerGroupCode,
    mergerBreak: context.mergerBreak,
    indices: profile,
  };
}
