import { type Db, eq, sql, tables as t } from "@cchc/db";
import { ACTIVITY_STORED, type ActivityRecord } from "./kinds/activity-columns";
import type { Change } from "./report";

type Existing = typeof t.activities.$inferSelect & { topics: string[] };

export interface ActivityPlan {
  inserts: ActivityRecord[];
  updates: { record: ActivityRecord; existing: Existing }[];
  unchanged: number;
  changes: Change[];
}

/** What an update compares: every stored column but the key (topics are compared apart). */
const FIELDS = ACTIVITY_STORED.map((c) => c.record as keyof ActivityRecord & keyof Existing).filter(
  (f) => f !== "externalRef",
);
const CHUNK = 5000;

export async function planActivities(db: Db, records: ActivityRecord[]): Promise<ActivityPlan> {
  const existing = new Map<string, Existing>();
  for (let i = 0; i < records.length; i += CHUNK) {
    const refs = records.slice(i, i + CHUNK).map((r) => r.externalRef);
    const rows = await db
      .select({
        activity: t.activities,
        topics: sql<
          string[]
        >`coalesce((SELECT array_agg(topic_code ORDER BY topic_code) FROM ${t.activityTopics} WHERE activity_id = ${t.activities.id}), '{}')`,
      })
      .from(t.activities)
      // One array parameter, not 5,000 bound values: binding dominated this lookup.
      .where(sql`${t.activities.externalRef} = ANY(${sql.param(refs)}::text[])`);
    for (const r of rows) existing.set(r.activity.externalRef!, { ...r.activity, topics: r.topics });
  }
  const plan: ActivityPlan = { inserts: [], updates: [], unchanged: 0, changes: [] };
  for (const rec of records) {
    const old = existing.get(rec.externalRef);
    if (!old) {
      plan.inserts.push(rec);
      continue;
    }
    const changed: Change[] = FIELDS.filter((f) => (rec[f] ?? null) !== (old[f] ?? null)).map((f) => ({
      row: rec.row,
      target: rec.externalRef,
      field: f,
      from: old[f],
      to: rec[f],
    }));
    const topics = [...rec.topics].sort();
    if (topics.join(";") !== old.topics.join(";"))
      changed.push({
        row: rec.row,
        target: rec.externalRef,
        field: "topics",
        from: old.topics.join("; "),
        to: topics.join("; "),
      });
    if (changed.length === 0) plan.unchanged++;
    else {
      plan.updates.push({ record: rec, existing: old });
      plan.changes.push(...changed);
    }
  }
  return plan;
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** The record's stored columns, by record name (drizzle's property names). */
const columns = (r: ActivityRecord) =>
  Object.fromEntries(ACTIVITY_STORED.map((c) => [c.record, r[c.record as keyof ActivityRecord]])) as Partial<
    typeof t.activities.$inferInsert
  >;

/**
 * Inserts go in chunks of 10,000 rows, each as ONE jsonb parameter: binding 20
 * parameters per row costs far more than the insert itself (100,000 rows on
 * PGlite: 22 s → about 10 s). Each row is a list in INSERT_COLUMNS' order and
 * the SQL reads element i as that column, both generated from the column table
 * (activity-columns.ts), so no position is written by hand. Lists, not objects
 * keyed by name: 10,000 rows decode in 154 ms rather than 335 ms on PGlite
 * (jsonb_to_recordset of objects, 1 December 2026) and weigh half the bytes.
 * Topic links and the undo log are derived in SQL from the rows just written.
 * With `deferReferenceChecks` (a superuser connection, see bulk-references.ts)
 * the statement runs without its 9 per-row foreign-key triggers per activity;
 * the caller must then run checkBatchReferences before committing.
 */
const INSERT_CHUNK = 10_000;
/** The jsonb rows' columns, typed, and the record each is read from: all from the column table. */
const INSERT_COLUMNS = [
  ...ACTIVITY_STORED.map((c) => ({ sql: c.sql, type: c.sqlType ?? "text", record: c.record })),
  { sql: "topics", type: "jsonb", record: "topics" },
];
const insertRow = (r: ActivityRecord) => INSERT_COLUMNS.map((c) => r[c.record as keyof ActivityRecord]);
/** "e->>0 AS external_ref, (e->>1)::int AS plan_id, …, e->13 AS topics", generated. */
const UNPACK = sql.raw(
  INSERT_COLUMNS.map((c, i) =>
    c.type === "jsonb"
      ? `e->${i} AS ${c.sql}`
      : c.type === "text"
        ? `e->>${i} AS ${c.sql}`
        : `(e->>${i})::${c.type} AS ${c.sql}`,
  ).join(", "),
);
const STORED_LIST = sql.raw(ACTIVITY_STORED.map((c) => c.sql).join(", "));

export async function writeActivities(
  tx: Tx,
  plan: ActivityPlan,
  batchId: number,
  by: string,
  { deferReferenceChecks = false } = {},
) {
  for (let i = 0; i < plan.inserts.length; i += INSERT_CHUNK) {
    const chunk = plan.inserts.slice(i, i + INSERT_CHUNK);
    const json = JSON.stringify(chunk.map(insertRow));
    // For this statement only; the caller runs checkBatchReferences before committing.
    if (deferReferenceChecks) await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    // One statement: the rows, their topic links and their undo-log entries, all from the RETURNING set.
    await tx.execute(sql`
      WITH x AS (
        SELECT ${UNPACK} FROM jsonb_array_elements(${json}::jsonb) AS e
      ), ins AS (
        INSERT INTO activities (${STORED_LIST}, import_batch_id, created_by, updated_by)
        SELECT ${STORED_LIST}, ${batchId}, ${by}, ${by}
        FROM x
        RETURNING id, external_ref
      ), links AS (
        INSERT INTO activity_topics (activity_id, topic_code)
        SELECT ins.id, tc.code FROM ins JOIN x USING (external_ref)
        CROSS JOIN LATERAL jsonb_array_elements_text(x.topics) AS tc(code)
      )
      INSERT INTO import_changes (batch_id, target_table, row_id, action)
      SELECT ${batchId}, 'activities', id, 'insert' FROM ins`);
    if (deferReferenceChecks) await tx.execute(sql`SET LOCAL session_replication_role = origin`);
  }
  for (const { record, existing } of plan.updates) {
    const { topics, id, createdAt: _c, updatedAt: _u, ...before } = existing;
    await tx
      .insert(t.importChanges)
      .values({ batchId, targetTable: "activities", rowId: id, action: "update", before: { ...before, topics } });
    await tx
      .update(t.activities)
      .set({ ...columns(record), importBatchId: batchId, updatedBy: by, updatedAt: new Date() })
      .where(eq(t.activities.id, id));
    await tx.delete(t.activityTopics).where(eq(t.activityTopics.activityId, id));
    if (record.topics.length)
      await tx.insert(t.activityTopics).values(record.topics.map((topicCode) => ({ activityId: id, topicCode })));
  }
}
