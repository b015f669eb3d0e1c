import { type Db, desc, queryTuples, type SQL, sql, tables as t, tupleColumns } from "@cchc/db";
import { activityExportRows } from "@cchc/import";
import { badInput } from "../../errors";
import type { ActivityDimension, ActivityFilter, Comparison, Period } from "../../generated/resolvers-types";
import type { ActivityGroupRow, ActivityRow } from "../../mappers";
import { activityConditions } from "./activity-filter";
import { readFresh, rollupServes, rollupSource, scanSource } from "./activity-rollup";

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
export async function listActivities(
  db: Db,
  args: { filter?: ActivityFilter | null; first?: number | null; after?: string | null },
) {
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
    const [c] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(t.activities)
      .where(and(activityConditions(args.filter)));
    totalCount = c?.n ?? 0;
  }
  const nodes: ActivityRow[] = rows.map((r) => r.activity);
  return {
    nodes,
    edges: nodes.map((node, i) => ({ cursor: encodeCursor(offset + i), node })),
    pageInfo: {
      hasNextPage: offset + nodes.length < totalCount,
      endCursor: nodes.length ? encodeCursor(offset + nodes.length - 1) : null,
    },
    totalCount,
  };
}

const PERIOD_SQL: Record<Period, { trunc: string; label: string; months: number }> = {
  YEAR: { trunc: "year", label: "YYYY", months: 12 },
  QUARTER: { trunc: "quarter", label: 'YYYY-"Q"Q', months: 3 },
  MONTH: { trunc: "month", label: "YYYY-MM", months: 1 },
};

/** An ISO date moved back by whole months (clamped to the month's end: 31/03 − 1 month = 28/02 or 29/02). */
function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 - months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, last)))
    .toISOString()
    .slice(0, 10);
}

export interface StatsArgs {
  filter?: ActivityFilter | null;
  groupBy?: ActivityDimension[] | null;
  period?: Period | null;
  compareTo?: Comparison | null;
}

/**
 * Grouped counts and sums in one statement. An activity is bucketed by its
 * start date. Grouping by TOPIC joins activity_topics, so an activity with two
 * topics counts in both groups (the group's count says so in the schema).
 * With compareTo, the same grouping over the shifted date range is joined on
 * (period moved forward, keys): still one statement.
 */
/** Grouped counts in one statement (after the rollup's freshness check when it serves); `rollup: false` always counts the rows. */
export async function activityStats(db: Db, args: StatsArgs, options: { rollup?: boolean } = {}) {
  const groupBy = [...new Set(args.groupBy ?? [])];
  if (args.compareTo && !args.period) throw badInput("compareTo needs a period (YEAR, QUARTER or MONTH)", "period");
  const p = args.period ? PERIOD_SQL[args.period] : null;
  const shiftMonths = args.compareTo === "SAME_PERIOD_LAST_YEAR" ? 12 : (p?.months ?? 0);
  const f = args.filter ?? {};
  const shifted = {
    ...f,
    from: f.from ? monthsBefore(f.from, shiftMonths) : f.from,
    to: f.to ? monthsBefore(f.to, shiftMonths) : f.to,
  };
  // The monthly rollup answers exactly when both periods' filters allow it; otherwise count the rows.
  const byTopic = groupBy.includes("TOPIC");
  const src =
    options.rollup !== false && rollupServes(args.filter) && (!args.compareTo || rollupServes(shifted))
      ? rollupSource(byTopic)
      : scanSource(byTopic);
  // A rollup month is already the first of its month. Other truncations go through
  // timestamp, not timestamptz (what a bare date becomes): no time-zone arithmetic
  // per row, which made truncating the rollup's 4,000 months 8× its scan.
  const periodStart = !p
    ? sql`NULL::date`
    : p.trunc === "month" && src.startIsMonth
      ? src.start
      : sql`date_trunc(${sql.raw(`'${p.trunc}'`)}, (${src.start})::timestamp)::date`;
  const keyExprs = groupBy.map((d) => src.dims[d]);
  const groupExprs = [...(p ? [periodStart] : []), ...keyExprs];
  const grouped = (filter: ActivityFilter | null | undefined) => sql`
    SELECT ${periodStart} AS period_start,
           ARRAY[${keyExprs.length ? sql.join(keyExprs, sql`, `) : sql``}]::text[] AS keys,
           ${src.n}::int AS n, coalesce(${src.reach}, 0)::int AS reach, coalesce(${src.participants}, 0)::int AS participants
    FROM ${src.from}
    WHERE ${and(src.where(filter))}
    ${groupExprs.length ? sql`GROUP BY ${sql.join(groupExprs, sql`, `)}` : sql``}`;
  const cols = groupColumns(args.period ?? null, Boolean(args.compareTo));
  const query = args.compareTo
    ? sql`
      WITH fresh AS MATERIALIZED (SELECT ${src.fresh} AS ok), cur AS (${grouped(args.filter)}), prev AS (${grouped(shifted)})
      SELECT ${cols.select}
      FROM fresh LEFT JOIN (cur LEFT JOIN prev
        ON prev.keys = cur.keys AND (prev.period_start + ${sql.raw(`interval '${shiftMonths} months'`)})::date = cur.period_start) ON true
      ORDER BY cur.period_start, cur.keys`
    : sql`
      WITH fresh AS MATERIALIZED (SELECT ${src.fresh} AS ok), cur AS (${grouped(args.filter)})
      SELECT ${cols.select}
      FROM fresh LEFT JOIN cur ON true ORDER BY cur.period_start, cur.keys`;
  // Rows as tuples, read into objects of one shape (a 720-group answer's driver-built objects were a fifth of
  // its CPU); the rollup's freshness is checked by the same statement (readFresh). `fresh` is left joined, so
  // an answer without groups still says it in one row, without keys (a group's keys are never NULL): dropped.
  const rows = await readFresh(db, async () => (await queryTuples(db, query)).map(cols.read));
  return rows.filter((r) => r.keys !== null);
}

/** The compared period's columns (prev), after a group's own (cur). */
const COMPARED_COLUMNS = {
  comparedCount: sql`coalesce(prev.n, 0)`,
  comparedReachSum: sql`coalesce(prev.reach, 0)`,
  countChange: sql`cur.n - coalesce(prev.n, 0)`,
  countChangePercent: sql`CASE WHEN prev.n > 0 THEN 100.0 * (cur.n - prev.n) / prev.n END::float8`,
};
const columnSets = new Map<string, ReturnType<typeof tupleColumns<ActivityGroupRowColumns>>>();
/** A group, and whether the source was current when it was read (the `fresh` CTE: StatsSource.fresh). */
type ActivityGroupRowColumns = { [K in keyof ActivityGroupRow]: ActivityGroupRow[K] } & { fresh: boolean | null };

/**
 * The grouped statement's columns, named once (cur: this period, prev: the
 * compared one), for a period (its label) and with or without a comparison:
 * one list per kind, kept (its reader is compiled once).
 */
function groupColumns(period: Period | null, compared: boolean) {
  const key = `${period ?? ""}|${compared}`;
  let cols = columnSets.get(key);
  if (!cols) {
    const label = period ? sql`to_char(cur.period_start::timestamp, ${PERIOD_SQL[period].label})` : sql`NULL`;
    cols = tupleColumns<ActivityGroupRowColumns>({
      fresh: sql`fresh.ok`,
      periodStart: sql`cur.period_start::text`,
      period: label,
      keys: sql`cur.keys`,
      count: sql`cur.n`,
      reachSum: sql`cur.reach`,
      participantsSum: sql`cur.participants`,
      ...(compared ? COMPARED_COLUMNS : {}),
    } as { [K in keyof ActivityGroupRowColumns]: SQL });
    columnSets.set(key, cols);
  }
  return cols;
}

/** Every activity matching a filter, in the import template's shape (the importer's own export query). */
export const activitiesForExport = (db: Db, filter: ActivityFilter | null | undefined) =>
  activityExportRows(db, and(activityConditions(filter)));
