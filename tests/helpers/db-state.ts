import { type DbHandle, sql } from "@cchc/db";

/**
 * Row counts of every table a write could touch, and the targets' content:
 * taken before and after a request, they show it changed nothing.
 */
export async function writeState(db: DbHandle): Promise<Record<string, unknown>> {
  const result = await db.db.execute(sql`
    SELECT
      (SELECT count(*) FROM activities)::int AS activities,
      (SELECT count(*) FROM plans)::int AS plans,
      (SELECT count(*) FROM import_batches)::int AS import_batches,
      (SELECT count(*) FROM users)::int AS users,
      (SELECT count(*) FROM api_tokens)::int AS api_tokens,
      (SELECT count(*) FROM api_tokens WHERE revoked_at IS NOT NULL)::int AS revoked_tokens,
      (SELECT count(*) FROM audit_events WHERE operation NOT IN ('signIn', 'signOut'))::int AS audit_writes,
      (SELECT coalesce(string_agg(plan_id || ':' || coalesce(organisation_code, '*') || ':' || form_code || '=' || quantity, ',' ORDER BY id), '')
         FROM plan_targets) AS targets,
      (SELECT coalesce(string_agg(id || ':' || role || ':' || coalesce(banned, false), ',' ORDER BY id), '') FROM users) AS roles`);
  const rows =
    (result as unknown as { rows?: Record<string, unknown>[] }).rows ??
    (result as unknown as Record<string, unknown>[]);
  return rows[0]!;
}
