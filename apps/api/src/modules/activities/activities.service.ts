import { type Db, desc, type SQL, sql, tables as t } from "@cchc/db";
import { badInput } from "../../errors";
import type { ActivityDimension, ActivityFilter, Period } from "../../generated/resolvers-types";
import type { ActivityGroupRow, ActivityRow } from "../../mappers";
import { activityConditions } from "./activity-filter";

export const MAX_PAGE = 500;

const and = (conds: SQL[]) => (conds.length ? sql.join(conds, sql` AND `) : sql`true`);

/** Offset cursors: opaque to clients, stable for a given filter and order. */
const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString("base64url");
function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const m = /^o:(\d+)$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!m) throw badInput("after is not a cursor returned by this API", "after");
  return Number(m[1]) + 1;
}

/**
 * A page of activities, newest first, with the total count from the same
 * statement (count(*) OVER () is computed before LIMIT).
 */
export async function listActivities(db: Db, args: { filter?: ActivityFilter | null; first?: number | null; after?: string | null }) {
  const first = args.first ?? 50;
  if (first < 0 || first > MAX_PAGE) throw badInput(`first must be between 0 and ${MAX_PAGE}, got ${first}`, "first");
  const offset = decodeCursor(args.after);
  const rows = await db
    .select({ activity: t.activities, total: sql<number>`count(*) OVER ()::int` })
    .from(t.activities)
    .where(and(activityConditions(args.filter)))
    .orderBy(desc(t.activities.startsOn), desc(t.activities.id))
    .limit(first)
    .offset(offset);
  let totalCount = rows[0]?.total;
  if (totalCount === undefined) {
    // Empty page (past the end, or first: 0): count separately.
    const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(t.activities).where(and(activityConditions(args.filter)));
    totalCount = c?.n ?? 0;
  }
  const nodes: ActivityRow[] = rows.map((r) => r.activity);
  return {
    nodes,
    edges: nodes.map((node, i) => ({ cursor: encodeCursor(offset + i), node })),
    pageInfo: { hasNextPage: offset + nodes.length < totalCount, endCursor: nodes.length ? encodeCursor(offset + nodes.length - 1) : null },
    totalCount,
  };
}

const PERIOD_SQL: Record<Period, { trunc: string; label: string }> = {
  YEAR: { trunc: "year", label: "YYYY" },
  QUARTER: { trunc: "quarter", label: 'YYYY-"Q"Q' },
  MONTH: { trunc: "month", label: "YYYY-MM" },
};

/**
 * Grouped counts and sums in one statement. An activity is bucketed by its
 * start date. Grouping by TOPIC joins activity_topics, so an activity with two
 * topics counts in both groups (the group's count says so in the schema).
 */
export async function activityStats(db: Db, args: { filter?: ActivityFilter | null; groupBy?: ActivityDimension[] | null; period?: Period | null }) {
  const a = t.activities;
  const groupBy = [...new Set(args.groupBy ?? [])];
  const dims: Record<ActivityDimension, SQL> = {
    UNIT: sql`${a.organisationCode}`,
    FORM: sql`${a.formCode}`,
    CHANNEL: sql`coalesce(${a.channel}, '')`,
    PLAN: sql`coalesce(${a.planId}::text, '')`,
    TOPIC: sql`at.topic_code`,
  };
  const p = args.period ? PERIOD_SQL[args.period] : null;
  const periodStart = p ? sql`date_trunc(${sql.raw(`'${p.trunc}'`)}, ${a.startsOn})::date` : sql`NULL::date`;
  const keyExprs = groupBy.map((d) => dims[d]);
  const groupExprs = [...(p ? [periodStart] : []), ...keyExprs];
  const join = groupBy.includes("TOPIC") ? sql`JOIN ${t.activityTopics} at ON at.activity_id = ${a.id}` : sql``;
  const query = sql`
    SELECT ${periodStart}::text AS "periodStart",
           ${p ? sql`to_char(${periodStart}, ${p.label})` : sql`NULL`} AS "period",
           ARRAY[${keyExprs.length ? sql.join(keyExprs, sql`, `) : sql``}]::text[] AS "keys",
           count(*)::int AS "count",
           coalesce(sum(${a.reach}), 0)::int AS "reachSum",
           coalesce(sum(${a.participants}), 0)::int AS "participantsSum"
    FROM ${a} ${join}
    WHERE ${and(activityConditions(args.filter))}
    ${groupExprs.length ? sql`GROUP BY ${sql.join(groupExprs, sql`, `)} ORDER BY ${sql.join(groupExprs, sql`, `)}` : sql``}`;
  const result = (await db.execute(query)) as unknown as ActivityGroupRow[] | { rows: ActivityGroupRow[] };
  return Array.isArray(result) ? result : result.rows;
}

/** Every activity matching a filter, oldest first, with topic codes and plan number: one statement, for exports. */
export async function activitiesForExport(db: Db, filter: ActivityFilter | null | undefined) {
  const rows = await db
    .select({
      activity: t.activities,
      topics: sql<string | null>`(SELECT string_agg(topic_code, '; ' ORDER BY topic_code) FROM ${t.activityTopics} WHERE activity_id = ${t.activities.id})`,
      planNumber: sql<string | null>`(SELECT number FROM ${t.plans} WHERE id = ${t.activities.planId})`,
    })
    .from(t.activities)
    .where(and(activityConditions(filter)))
    .orderBy(t.activities.startsOn, t.activities.id);
  return rows.map((r) => ({ ...r.activity, topics: r.topics, planNumber: r.planNumber }));
}
