import { type Db, queryRows, sql } from "@cchc/db";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Whether this connection may insert with per-row foreign-key checks switched
 * off (session_replication_role = replica, as pg_restore --disable-triggers
 * does). Only a superuser may: always the embedded database, on PostgreSQL the
 * owner account if it is one. Otherwise the rows are inserted with the usual
 * per-row checks — correct, only slower.
 *
 * Why bother: a 10,000-row chunk fires 90,000 foreign-key triggers (4 per
 * activity, 2 per topic link, 1 per undo-log entry); on PGlite they were 40 %
 * of the import's time. The references are then checked in one statement per
 * import by `checkBatchReferences`.
 */
export async function canDeferReferenceChecks(tx: Tx): Promise<boolean> {
  const [row] = await queryRows<{ su: boolean }>(
    tx as unknown as Db,
    sql`SELECT current_setting('is_superuser') = 'on' AS su`,
  );
  return row?.su === true;
}

export class BrokenReferenceError extends Error {}

/**
 * What the skipped foreign-key triggers would have checked, for every row of
 * the batch at once: each unit, form, plan and topic exists. The referenced
 * rows are locked FOR KEY SHARE, as the per-row checks lock them, so a
 * concurrent delete waits for this import to commit and then sees its rows.
 * The batch id and the topic links' activity ids come from the same statement
 * that inserted them, so they cannot dangle.
 */
export async function checkBatchReferences(tx: Tx, batchId: number): Promise<void> {
  const [missing] = await queryRows<{
    units: string[] | null;
    forms: string[] | null;
    plans: number[] | null;
    topics: string[] | null;
  }>(
    tx as unknown as Db,
    sql`
      WITH mine AS MATERIALIZED (
        SELECT id, organisation_code, form_code, plan_id FROM activities WHERE import_batch_id = ${batchId}
      ), linked AS MATERIALIZED (
        SELECT DISTINCT l.topic_code FROM activity_topics l JOIN mine ON mine.id = l.activity_id
      ), units AS (
        SELECT code FROM organisations WHERE code IN (SELECT organisation_code FROM mine) FOR KEY SHARE
      ), forms AS (
        SELECT code FROM forms WHERE code IN (SELECT form_code FROM mine) FOR KEY SHARE
      ), plans AS (
        SELECT id FROM plans WHERE id IN (SELECT plan_id FROM mine) FOR KEY SHARE
      ), topics AS (
        SELECT code FROM topics WHERE code IN (SELECT topic_code FROM linked) FOR KEY SHARE
      )
      SELECT
        (SELECT array_agg(DISTINCT organisation_code) FROM mine WHERE organisation_code NOT IN (SELECT code FROM units)) AS units,
        (SELECT array_agg(DISTINCT form_code) FROM mine WHERE form_code NOT IN (SELECT code FROM forms)) AS forms,
        (SELECT array_agg(DISTINCT plan_id) FROM mine WHERE plan_id IS NOT NULL AND plan_id NOT IN (SELECT id FROM plans)) AS plans,
        (SELECT array_agg(topic_code) FROM linked WHERE topic_code NOT IN (SELECT code FROM topics)) AS topics`,
  );
  const problems = [
    missing?.units && `unit ${missing.units.join(", ")}`,
    missing?.forms && `form ${missing.forms.join(", ")}`,
    missing?.plans && `plan ${missing.plans.join(", ")}`,
    missing?.topics && `topic ${missing.topics.join(", ")}`,
  ].filter(Boolean);
  if (problems.length)
    throw new BrokenReferenceError(`no longer in the catalogue (deleted while importing?): ${problems.join("; ")}`);
}
