import { bigint, boolean, date, index, integer, pgTable, smallint, text } from "drizzle-orm/pg-core";

/** The keys and sums both rollups share (column builders, spread into each table as auditColumns are). */
const rollupColumns = {
  startMonth: date().notNull(),
  endMonth: date().notNull(),
  organisationCode: text().notNull(),
  formCode: text().notNull(),
  /** '' when the activity has no channel. */
  channel: text().notNull(),
  /** The plan id as text, '' when none (as activityStats keys it). */
  planKey: text().notNull(),
  isDemo: boolean().notNull(),
  n: integer().notNull(),
  reach: bigint({ mode: "number" }).notNull(),
  participants: bigint({ mode: "number" }).notNull(),
};

/**
 * Activity counts per start month, end month, unit, form, channel, plan and
 * demo flag: what activityStats reads when its filter allows (no text search,
 * topic filter or duration; dates on month boundaries), instead of scanning
 * every activity. Rebuilt by refresh_activity_rollups() when data_versions
 * says the activities changed since (migration 0004): the start months
 * written since, from activityRollupDirty (migration 0018).
 */
export const activityRollup = pgTable("activity_rollup", rollupColumns, (t) => [
  index("activity_rollup_start_idx").on(t.startMonth),
]);

/** The same, per topic of each activity (an activity with two topics counts once under each). */
export const activityTopicRollup = pgTable(
  "activity_topic_rollup",
  { topicCode: text().notNull(), ...rollupColumns },
  (t) => [index("activity_topic_rollup_start_idx").on(t.startMonth)],
);

/** A counter per data set, bumped by statement-level triggers on every write: 'activities' (migration 0004), 'subjects' (names of index subjects: subjects, provinces, organisations, regions; 0010). */
export const dataVersions = pgTable("data_versions", {
  name: text().primaryKey(),
  version: bigint({ mode: "number" }).notNull().default(0),
});

/** The data version each derived table was last built from (name 'activities'). */
export const rollupState = pgTable("rollup_state", {
  name: text().primaryKey(),
  builtVersion: bigint({ mode: "number" }).notNull().default(-1),
});

/**
 * Activities per start month and unit, keyed by the sorted set of their topics
 * ('{}' for none): alignment's dose — activities touching ANY topic of a set,
 * each counted once — is a sum over the rows whose set overlaps, instead of
 * a DISTINCT over every topic link. Built with the rollups above.
 */
export const activityTopicSetRollup = pgTable(
  "activity_topic_set_rollup",
  {
    startMonth: date().notNull(),
    organisationCode: text().notNull(),
    topics: text().array().notNull(),
    n: integer().notNull(),
  },
  (t) => [
    index("activity_topic_set_rollup_unit_idx").on(t.organisationCode),
    index("activity_topic_set_rollup_start_idx").on(t.startMonth),
  ],
);

/**
 * The same per start year: alignment's yearly dose reads this (migration
 * 0014), summed from activity_topic_set_rollup at the end of each rebuild.
 */
export const activityDoseRollup = pgTable(
  "activity_dose_rollup",
  {
    year: smallint().notNull(),
    organisationCode: text().notNull(),
    topics: text().array().notNull(),
    n: integer().notNull(),
  },
  (t) => [index("activity_dose_rollup_unit_idx").on(t.organisationCode)],
);

/**
 * The start months that writes to activities or their topics touched since
 * the last rebuild, recorded by statement triggers in the writer's
 * transaction (migration 0018); '-infinity' and 'infinity' after a TRUNCATE.
 */
export const activityRollupDirty = pgTable("activity_rollup_dirty", {
  month: date().primaryKey(),
});
