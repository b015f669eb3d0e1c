import { type Actor, and, type Db, eq, gt, inArray, isNull, recordAudit, sql, tables as t } from "@cchc/db";
import { asActor } from "./audit";

export class UndoError extends Error {}

/**
 * Undo a committed batch in one transaction: rows it inserted are deleted,
 * rows it updated get their previous values back. Refused when a later batch
 * that is still in force touched the same rows (undo that one first). The
 * audit event (who: a name or the request's actor) is written in the same
 * transaction and counts what was undone.
 */
export async function undoImport(
  db: Db,
  batchId: number,
  who: string | Actor,
): Promise<{ deleted: number; restored: number }> {
  const actor = asActor(who);
  const by = actor.name;
  return db.transaction(async (tx) => {
    const [batch] = await tx.select().from(t.importBatches).where(eq(t.importBatches.id, batchId)).for("update");
    if (!batch) throw new UndoError(`import batch ${batchId} does not exist`);
    if (batch.undoneAt)
      throw new UndoError(`import batch ${batchId} was already undone on ${batch.undoneAt.toISOString()}`);
    const changes = await tx.select().from(t.importChanges).where(eq(t.importChanges.batchId, batchId));
    const [later] = await tx
      .select({ id: t.importChanges.batchId })
      .from(t.importChanges)
      .innerJoin(t.importBatches, eq(t.importBatches.id, t.importChanges.batchId))
      .where(
        and(
          gt(t.importChanges.batchId, batchId),
          isNull(t.importBatches.undoneAt),
          sql`(${t.importChanges.targetTable}, ${t.importChanges.rowId}) IN (SELECT target_table, row_id FROM import_changes WHERE batch_id = ${batchId})`,
        ),
      )
      .limit(1);
    if (later) throw new UndoError(`batch ${later.id}, imported later, changed the same rows: undo it first`);

    // The rows the batch inserted, table by table, deleted 5,000 ids per statement.
    let deleted = 0;
    for (const [name, table] of [
      ["activities", t.activities],
      ["index_values", t.indexValues],
    ] as const) {
      const ids = changes.filter((c) => c.action === "insert" && c.targetTable === name).map((c) => c.rowId);
      for (let i = 0; i < ids.length; i += 5000) {
        const gone = await tx
          .delete(table)
          .where(inArray(table.id, ids.slice(i, i + 5000)))
          .returning({ id: table.id });
        deleted += gone.length;
      }
    }
    let restored = 0;
    for (const c of changes.filter((x) => x.action === "update")) {
      const before = c.before as Record<string, unknown>;
      if (c.targetTable === "index_values") {
        await tx
          .update(t.indexValues)
          .set({ ...(before as object), updatedBy: by, updatedAt: new Date() })
          .where(eq(t.indexValues.id, c.rowId));
      } else {
        const { topics, ...cols } = before as { topics: string[] } & Record<string, unknown>;
        await tx
          .update(t.activities)
          .set({ ...(cols as object), updatedBy: by, updatedAt: new Date() })
          .where(eq(t.activities.id, c.rowId));
        await tx.delete(t.activityTopics).where(eq(t.activityTopics.activityId, c.rowId));
        if (topics.length)
          await tx.insert(t.activityTopics).values(topics.map((topicCode) => ({ activityId: c.rowId, topicCode })));
      }
      restored++;
    }
    const undoneAt = new Date();
    await tx.update(t.importBatches).set({ undoneAt, undoneBy: by }).where(eq(t.importBatches.id, batchId));
    await recordAudit(tx, actor, {
      operation: "undoImport",
      entity: "import_batch",
      entityId: batchId,
      before: { kind: batch.kind, fileName: batch.fileName, counts: batch.counts, undoneAt: null },
      after: { kind: batch.kind, fileName: batch.fileName, deleted, restored, undoneAt },
    });
    return { deleted, restored };
  });
}
