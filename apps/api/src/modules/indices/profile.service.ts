import { type Db, queryRows, sql } from "@cchc/db";
import { badInput } from "../../errors";
import { createLoaders, type Loaders } from "../../loaders";
import type { SubjectProfileRow } from "../../mappers";
import { mergerBetween } from "../geo/eras.service";
import { CATALOGUE_VERSION, Catalogue, primeCatalogue } from "./catalogue";
import { groupMeanJoin, MEASURES_JOIN } from "./measures";
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
 * z-score; national mean, median and best; the region's and the peer group's
 * means — see measures.ts), the previous year joined beside. `ctx` is left
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
    SELECT v.index_code, v.component_id, v.year, v.value::float8 AS value, v.published_rank, v.published_out_of,
           v.status::text AS status, v.version_code, vs.rank, vs.percentile, vs.z_score, coalesce(st.n, 0) AS out_of,
           st.mean, st.median, st.best, rg.mean AS region_mean, pg.mean AS peer_mean
    FROM ctx CROSS JOIN index_values v
    LEFT JOIN index_components c ON c.id = v.component_id
    LEFT JOIN provinces p ON p.code = v.subject_code
    ${MEASURES_JOIN}
    ${groupMeanJoin("rg", "region", sql`coalesce(p.region_code, '')`)}
    ${groupMeanJoin("pg", "peer", sql`ctx.peer`)}
    WHERE v.subject_code = ${subject} AND v.year IN (${year}, ${year - 1})
      AND (v.component_id IS NULL OR c.parent_id IS NOT DISTINCT FROM ${parent}::text)
      AND (${parent}::text IS NULL OR v.index_code = (SELECT index_code FROM index_components WHERE id = ${parent}))
  )
  SELECT ctx.subjects_version AS "subjectsVersion", ctx.catalogue_version AS "catalogueVersion",
         ctx.peer AS "peerGroupCode", ctx.merger_break AS "mergerBreak",
         cur.index_code AS "indexCode", cur.component_id AS "componentId", cur.value, cur.rank, cur.out_of AS "outOf",
         cur.published_rank AS "publishedRank", cur.published_out_of AS "publishedOutOf", cur.status, cur.version_code AS "versionCode",
         prev.value AS "previousValue", prev.rank AS "previousRank", prev.published_rank AS "previousPublishedRank",
         prev.version_code AS "previousVersion", prev.percentile AS "previousPercentile",
         cur.mean AS "nationalMean", cur.median AS "nationalMedian", cur.best AS "nationalBest", cur.region_mean AS "regionMean",
         cur.peer_mean AS "peerMean", cur.z_score AS "zScore", cur.percentile
  FROM ctx
  LEFT JOIN (fig cur
    LEFT JOIN fig prev ON prev.index_code = cur.index_code AND prev.component_id IS NOT DISTINCT FROM cur.component_id
      AND prev.year = cur.year - 1)
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
 * read, so in the steady state nothing else is read; the index, component and
 * subject rows prime the loaders so nested fields cost no statement either.
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
  const [directory, { indices, components, versions, componentById }] = await Promise.all([
    subjects.at(context.subjectsVersion),
    catalogue.at(context.catalogueVersion),
  ]);
  const parentRow = parent ? componentById.get(parent) : undefined;
  if (parent && !parentRow) throw badInput(`unknown component ${parent}`, "parent");
  const subject = primeSubjects(loaders, directory, [args.subject]).get(args.subject);
  if (!subject) return null;
  const ofKind = indices.filter((i) => i.subjectKind === subject.kind);
  const listed = components.filter((c) => c.parentId === parent);
  primeCatalogue(loaders, { indices: ofKind, components: listed, versions });
  const profiled = parentRow ? ofKind.filter((i) => i.code === parentRow.indexCode) : ofKind;
  const figures = rows.filter((r) => r.indexCode !== null);
  return {
    subjectCode: args.subject,
    year: args.year,
    peerGroupCode: context.peerGroupCode,
    mergerBreak: context.mergerBreak,
    indices: assembleProfile(profiled, listed, figures, args.year, context.mergerBreak),
  };
}
