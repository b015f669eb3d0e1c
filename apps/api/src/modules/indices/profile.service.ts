import { type Db, onFirstRow, queryTuples, sql, statement, tupleColumns } from "@cchc/db";
import { badInput } from "../../errors";
import { createLoaders, type Loaders } from "../../loaders";
import type { SubjectProfileRow } from "../../mappers";
import { mergerBetween, mergerDays } from "../geo/eras.service";
import { CATALOGUE_VERSION, Catalogue } from "./catalogue";
import { groupMean } from "./measures";
import { assembleProfile, type FigureSql } from "./profile.assemble";
import { primeSubjects, SubjectDirectory, SUBJECTS_VERSION } from "./subject-names";

const P = {
  subject: sql.placeholder("subject"),
  year: sql.placeholder("year"),
  peer: sql.placeholder("peer"),
  parent: sql.placeholder("parent"),
  after: sql.placeholder("after"),
  upTo: sql.placeholder("upTo"),
};

/** The profile statement's columns, read back by these names (tupleColumns); the context on the first row only. */
const COLUMNS = tupleColumns<
  {
    subjectsVersion: number | null;
    catalogueVersion: number | null;
    peerGroupCode: string | null;
    mergerBreak: boolean | null;
  } & { [K in keyof FigureSql]: FigureSql[K] }
>({
  subjectsVersion: onFirstRow(sql`ctx.subjects_version`),
  catalogueVersion: onFirstRow(sql`ctx.catalogue_version`),
  peerGroupCode: onFirstRow(sql`ctx.peer`),
  mergerBreak: onFirstRow(sql`ctx.merger_break`),
  indexCode: sql`f.index_code`,
  componentId: sql`f.component_id`,
  value: sql`f.value`,
  rank: sql`f.rank`,
  outOf: sql`f.out_of`,
  publishedRank: sql`f.published_rank`,
  publishedOutOf: sql`f.published_out_of`,
  status: sql`f.status`,
  versionCode: sql`f.version_code`,
  previousValue: sql`f.previous_value`,
  previousRank: sql`f.previous_rank`,
  previousPublishedRank: sql`f.previous_published_rank`,
  previousVersion: sql`f.previous_version`,
  previousPercentile: sql`f.previous_percentile`,
  nationalMean: sql`f.mean`,
  nationalMedian: sql`f.median`,
  nationalBest: sql`f.best`,
  regionMean: sql`f.region_mean`,
  peerMean: sql`CASE WHEN f.peer_group_code = coalesce(ctx.peer, '') THEN f.peer_mean
                     ELSE ${groupMean("peer", sql`ctx.peer`, "f")} END`,
  zScore: sql`f.z_score`,
  percentile: sql`f.percentile`,
});

/**
 * The whole profile in one statement. `ctx` (one row): the versions of the
 * subjects' names and of the catalogue, so the server's copies are checked in
 * the same snapshot; the peer group — the one asked for, or the subject's
 * default in `year` (peer_group_of(), migration 0021: as stored beside its
 * figures, called only for a subject without figures that year; materialized,
 * so once per statement, not per row); whether provincial units merged between
 * `year − 1` and `year`. Then the subject's index totals and the components
 * under `parent` (top-level ones when none) in `year`, each row as stored by
 * refresh_index_stats() in index_profile_figures (migrations 0019, 0021): its
 * measures (rank, percentile, z-score), its distribution's national mean,
 * median and best, its region's mean, the year before's value, ranks, version
 * and percentile, and its default peer group's mean — another group's mean is
 * looked up (measures.ts) only when asked for. The rows are adjacent in the
 * table: one index range, no sort. `ctx` is left joined, so a subject without
 * figures still gives its one row. Rendered once (statement()), its values
 * bound per call; read as tuples.
 */
const PROFILE = statement<{
  subject: string;
  year: number;
  peer: string | null;
  parent: string | null;
  after: string;
  upTo: string;
}>(sql`
  WITH ctx AS MATERIALIZED (
    SELECT ${SUBJECTS_VERSION} AS subjects_version, ${CATALOGUE_VERSION} AS catalogue_version,
           nullif(coalesce(${P.peer}::text,
             (SELECT f.peer_group_code FROM index_profile_figures f WHERE f.subject_code = ${P.subject} AND f.year = ${P.year} LIMIT 1),
             peer_group_of(${P.subject}::text, ${P.year}::int)), '') AS peer,
           ${mergerBetween({ after: P.after, upTo: P.upTo })} AS merger_break
  )
  SELECT ${COLUMNS.select}
  FROM ctx
  LEFT JOIN index_profile_figures f
    ON f.subject_code = ${P.subject} AND f.year = ${P.year}
   AND f.parent_key IN ('', coalesce(${P.parent}::text, ''))
   AND (f.component_id IS NULL OR f.parent_key = coalesce(${P.parent}::text, ''))
   AND (${P.parent}::text IS NULL OR f.index_code = (SELECT index_code FROM index_components WHERE id = ${P.parent}))`);

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
  const tuples = await queryTuples(
    db,
    PROFILE({ subject: args.subject, year: args.year, peer: args.peerGroup ?? null, parent, ...mergerDays(args.year) }),
    { prepare: true },
  );
  const rows = tuples.map(COLUMNS.read);
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
  const mergerBreak = context.mergerBreak === true;
  const profile = assembleProfile(profiled, listed, figures, args.year, mergerBreak);
  // The rows the nested `index` and `component` fields return, attached: no loader round per figure.
  for (const p of profile) {
    p.index = indexByCode.get(p.indexCode);
    for (const f of [p.total, ...p.components]) f.component = f.componentId ? componentById.get(f.componentId) : null;
  }
  return {
    subjectCode: args.subject,
    year: args.year,
    peerGroupCode: context.peerGroupCode,
    mergerBreak,
    indices: profile,
  };
}
