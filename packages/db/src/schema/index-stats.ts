import {
  bigint,
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

/** The key every statistic is kept under: index, component ('' for the total), year, methodology version. */
const statsKey = {
  indexCode: text().notNull(),
  /** The component id, '' for the index total. */
  componentKey: text().notNull(),
  year: smallint().notNull(),
  versionCode: text().notNull(),
};

/**
 * Per (index, component, year, methodology version): the number of values
 * ranked and their distribution. Derived from index_values by
 * refresh_index_stats() (migration 0014) in the transaction of every write to
 * its inputs; never written by the application.
 */
export const indexStats = pgTable(
  "index_stats",
  {
    ...statsKey,
    n: integer().notNull(),
    mean: doublePrecision(),
    /** Population standard deviation (the z-scores' denominator). */
    sd: doublePrecision(),
    median: doublePrecision(),
    q1: doublePrecision(),
    q3: doublePrecision(),
    min: doublePrecision(),
    max: doublePrecision(),
    /** max when higher is better, else min. */
    best: doublePrecision(),
    worst: doublePrecision(),
  },
  (t) => [primaryKey({ name: "index_stats_pk", columns: [t.indexCode, t.componentKey, t.year, t.versionCode] })],
);

/** Per index value with a value: rank (1, 2, 2, 4 in the index's direction), out of, z-score, percentile (share at or below). */
export const indexValueStats = pgTable("index_value_stats", {
  valueId: bigint({ mode: "number" }).primaryKey(),
  rank: integer().notNull(),
  outOf: integer().notNull(),
  zScore: doublePrecision(),
  percentile: doublePrecision().notNull(),
});

/** Mean per region ('' for subjects without one) and per peer group (membership valid in the year). */
export const indexGroupStats = pgTable(
  "index_group_stats",
  {
    ...statsKey,
    groupKind: text().notNull(),
    groupCode: text().notNull(),
    n: integer().notNull(),
    mean: doublePrecision(),
  },
  (t) => [
    primaryKey({
      name: "index_group_stats_pk",
      columns: [t.indexCode, t.componentKey, t.year, t.versionCode, t.groupKind, t.groupCode],
    }),
    check("index_group_stats_kind", sql`${t.groupKind} IN ('region', 'peer')`),
  ],
);

/** Transactions whose commit rebuilds the statistics (one row each, removed by the rebuild). */
export const indexStatsPending = pgTable("index_stats_pending", {
  txid: bigint({ mode: "number" }).primaryKey(),
});

/**
 * Each index value beside its measures, its distribution's mean, median and
 * best and its region's mean (migration 0019), its default peer group's mean
 * and the year before's figure (0021): what a subject's profile reads, one
 * index range of adjacent rows per subject, year and parent component.
 * Rebuilt with the rest.
 */
export const indexProfileFigures = pgTable(
  "index_profile_figures",
  {
    valueId: bigint({ mode: "number" }).primaryKey(),
    subjectCode: text().notNull(),
    ...statsKey,
    componentId: text(),
    /** The component's parent, '' for an index total or a top-level component (0021). */
    parentKey: text().notNull(),
    value: doublePrecision(),
    publishedRank: integer(),
    publishedOutOf: integer(),
    status: text().notNull(),
    rank: integer(),
    outOf: integer().notNull(),
    zScore: doublePrecision(),
    percentile: doublePrecision(),
    mean: doublePrecision(),
    median: doublePrecision(),
    best: doublePrecision(),
    regionMean: doublePrecision(),
    /** The subject's default peer group in the year (peer_group_of(); '' when none) and that group's mean. */
    peerGroupCode: text().notNull(),
    peerMean: doublePrecision(),
    /** The same subject's figure in the year before, when it has one (0021). */
    previousValue: doublePrecision(),
    previousRank: integer(),
    previousPublishedRank: integer(),
    previousVersion: text(),
    previousPercentile: doublePrecision(),
  },
  (t) => [index("index_profile_figures_subject_year_idx").on(t.subjectCode, t.year, t.parentKey)],
);
