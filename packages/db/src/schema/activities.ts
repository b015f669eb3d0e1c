import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, primaryKey, serial, text } from "drizzle-orm/pg-core";
import { auditColumns, isNfc } from "./columns";
import { importBatches } from "./imports";
import { organisations } from "./organisations";
import { forms, plans, topics } from "./plans";

/** One thing done (hoạt động): dates, unit, form, channel, topics, reach. */
export const activities = pgTable(
  "activities",
  {
    id: serial().primaryKey(),
    /** Stable key from the source (import row key, demo id) so re-imports update instead of duplicating. */
    externalRef: text().unique(),
    planId: integer().references(() => plans.id, { onDelete: "set null" }),
    organisationCode: text()
      .notNull()
      .references(() => organisations.code),
    formCode: text()
      .notNull()
      .references(() => forms.code),
    channel: text(),
    title: text().notNull(),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    audience: text(),
    participants: integer(),
    reach: integer(),
    url: text(),
    notes: text(),
    isDemo: boolean().notNull().default(false),
    importBatchId: integer().references(() => importBatches.id),
    ...auditColumns,
  },
  (t) => [
    check("activities_title_nfc", isNfc(t.title)),
    check("activities_title_not_blank", sql`btrim(${t.title}) <> ''`),
    check("activities_channel_nfc", sql`${t.channel} IS NULL OR ${isNfc(t.channel)}`),
    check("activities_dates", sql`${t.endsOn} >= ${t.startsOn}`),
    check("activities_participants", sql`${t.participants} IS NULL OR ${t.participants} >= 0`),
    check("activities_reach", sql`${t.reach} IS NULL OR ${t.reach} >= 0`),
    // The import's and the API's limits (packages/import/src/kinds/activity-columns.ts), migration 0015.
    check("activities_title_length", sql`char_length(${t.title}) <= 500`),
    check("activities_channel_length", sql`char_length(${t.channel}) <= 200`),
    check("activities_audience_length", sql`char_length(${t.audience}) <= 500`),
    check("activities_url_length", sql`char_length(${t.url}) <= 2000`),
    check("activities_notes_length", sql`char_length(${t.notes}) <= 4000`),
    check("activities_url_web", sql`${t.url} ~ '^https?://\S+$'`),
    index("activities_starts_on_idx").on(t.startsOn),
    index("activities_organisation_idx").on(t.organisationCode, t.startsOn),
    index("activities_plan_idx").on(t.planId),
  ],
);

export const activityTopics = pgTable(
  "activity_topics",
  {
    activityId: integer()
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    topicCode: text()
      .notNull()
      .references(() => topics.code),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.topicCode] }), index("activity_topics_topic_idx").on(t.topicCode)],
);
