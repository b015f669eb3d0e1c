import { type Db, type SQL, sql, tables as t } from "@cchc/db";
import type { ActivityDimension, ActivityFilter } from "../../generated/resolvers-types";
import { activityConditions } from "./activity-filter";

/** Where activityStats counts from: the activities themselves, or a monthly rollup of them. */
export interface StatsSource {
  /** FROM clause (with the topic join when grouping by topic). */
  from: SQL;
  /** The date a period is truncated from. */
  start: SQL;
  /** Whether `start` is always the first of its month (a MONTH period then needs no truncation). */
  startIsMonth: boolean;
  dims: Record<ActivityDimension, SQL>;
  n: SQL;
  reach: SQL;
  participants: SQL;
  where(filter: ActivityFilter | null | undefined): SQL[];
  /** Whether what it counts from is current (ROLLUPS_FRESH for a rollup), a boolean column of the same statement. */
  fresh: SQL;
}

/** Rebuilds the activity rollups if the log changed since they were built (migrations 0004, 0005); a no-op otherwise. */
export const REFRESH_ROLLUPS = sql`SELECT refresh_activity_rollups()`;

/**
 * True when the rollups are as fresh as the activity log — the test
 * refresh_activity_rollups() starts with: built from the log's current data
 * version — as a column of the statement that reads them. Read in the same
 * snapshot as the rollups, a true means every write that snapshot shows is in
 * them (writers bump the version in their own transaction; a rebuild records
 * the version it read before it took the dirty months). Two InitPlans: once per
 * statement, not per row.
 */
export const ROLLUPS_FRESH = sql`((SELECT built_version FROM rollup_state WHERE name = 'activities')
  = (SELECT version FROM data_versions WHERE name = 'activities'))`;

/**
 * The rows of a statement that reads the rollups and carries ROLLUPS_FRESH as
 * its `fresh` column: in the steady state that one statement, where a separate
 * check before it cost a round trip per request. When it says the rollups are
 * behind the log (or returned no row to say anything), they are refreshed
 * (refreshRollups) and the statement runs again; that answer is taken as it
 * is, as any read following the refresh would be.
 */
export async function readFresh<T extends { fresh: boolean | null }>(db: Db, run: () => Promise<T[]>): Promise<T[]> {
  const rows = await run();
  if (rows[0]?.fresh === true) return rows;
  await refreshRollups(db);
  return run();
}

/** Per database: the check running now, and the one queued behind it. */
const flights = new WeakMap<Db, { running: Promise<void> | null; next: Promise<void> | null }>();

/**
 * REFRESH_ROLLUPS, single-flight per process: requests arriving while a check
 * (or a rebuild) runs share ONE check queued behind it — it starts after they
 * arrived, so it sees every write committed before them — instead of each
 * holding a pooled connection blocked on rollup_state's lock. A burst of any
 * size costs at most two statements; across processes the database's lock
 * still lets only one rebuild run, and the others find it done.
 */
export function refreshRollups(db: Db): Promise<void> {
  let flight = flights.get(db);
  if (!flight) {
    flight = { running: null, next: null };
    flights.set(db, flight);
  }
  if (!flight.running) {
    flight.running = db
      .execute(REFRESH_ROLLUPS)
      .then(() => {})
      .finally(() => {
        flight.running = null;
      });
    return flight.running;
  }
  if (!flight.next) {
    flight.next = flight.running
      .catch(() => {})
      .then(() => {
        flight.next = null;
        return refreshRollups(db);
      });
  }
  return flight.next;
}

export function scanSource(groupByTopic: boolean): StatsSource {
  const a = t.activities;
  return {
    from: groupByTopic ? sql`${a} JOIN ${t.activityTopics} at ON at.activity_id = ${a.id}` : sql`${a}`,
    start: sql`${a.startsOn}`,
    startIsMonth: false,
    dims: {
      UNIT: sql`${a.organisationCode}`,
      FORM: sql`${a.formCode}`,
      CHANNEL: sql`coalesce(${a.channel}, '')`,
      PLAN: sql`coalesce(${a.planId}::text, '')`,
      TOPIC: sql`at.topic_code`,
    },
    n: sql`count(*)`,
    reach: sql`sum(${a.reach})`,
    participants: sql`sum(${a.participants})`,
    where: activityConditions,
    fresh: sql`true`,
  };
}

const isMonthStart = (iso: string) => iso.endsWith("-01");
function isMonthEnd(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
}

/**
 * Whether a filter can be answered from the monthly rollup exactly: no text
 * search, topic filter or duration (they need the rows), and dates on month
 * boundaries (an activity overlaps [from, to] exactly when its start month is
 * not after to's month and its end month not before from's).
 */
export function rollupServes(filter: ActivityFilter | null | undefined): boolean {
  const f = filter ?? {};
  if (f.search?.trim() || f.topics?.length || f.minDays != null) return false;
  return (!f.from || isMonthStart(f.from)) && (!f.to || isMonthEnd(f.to));
}

export function rollupSource(groupByTopic: boolean): StatsSource {
  const r = groupByTopic ? t.activityTopicRollup : t.activityRollup;
  return {
    from: sql`${r}`,
    start: sql`${r.startMonth}`,
    startIsMonth: true,
    dims: {
      UNIT: sql`${r.organisationCode}`,
      FORM: sql`${r.formCode}`,
      CHANNEL: sql`${r.channel}`,
      PLAN: sql`${r.planKey}`,
      TOPIC: sql`${t.activityTopicRollup.topicCode}`,
    },
    n: sql`sum(${r.n})`,
    reach: sql`sum(${r.reach})`,
    participants: sql`sum(${r.participants})`,
    where: (filter) => {
      activityConditions(filter); // the same validation and errors as the scan
      const f = filter ?? {};
      const where: SQL[] = [];
      if (f.plan != null) where.push(sql`${r.planKey} = ${String(Number(f.plan))}`);
      if (f.units?.length) where.push(sql`${r.organisationCode} IN ${f.units}`);
      if (f.forms?.length) where.push(sql`${r.formCode} IN ${f.forms}`);
      if (f.channel) where.push(sql`${r.channel} = ${f.channel.normalize("NFC")}`);
      if (f.from) where.push(sql`${r.endMonth} >= ${f.from}::date`);
      if (f.to) where.push(sql`${r.startMonth} <= date_trunc('month', ${f.to}::date)::date`);
      if (f.includeDemo === false) where.push(sql`NOT ${r.isDemo}`);
      return where;
    },
    fresh: ROLLUPS_FRESH,
  };
}
