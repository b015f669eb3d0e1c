import { basename } from "node:path";
import { type Db, eq, sql, tables as t } from "@cchc/db";
import { type ActivityPlan, planActivities, writeActivities } from "./apply-activities";
import { canDeferReferenceChecks, checkBatchReferences } from "./bulk-references";
import { readActivityChunks } from "./kinds/activities";
import { buildCatalogues } from "./catalogues";
import { loadCatalogueRows } from "./matchers";
import { readActivityChunksInThread } from "./reader";
import { FileError } from "./read-table";
import { ImportRejected, type ImportReport } from "./report";
import { asActor, recordImport } from "./audit";
import type { ImportOptions } from "./run";

/** The report lists this many changes; the rest are counted in changesOmitted. */
const MAX_CHANGES = 1000;
class Refused extends Error {}
class NothingToChange extends Error {}

/**
 * The activity log, streamed: each chunk is validated, compared with the
 * database and (when committing) written inside ONE transaction that is
 * rolled back if any row of the file is rejected or nothing changed. Memory
 * holds a chunk and the row keys seen, not the file.
 */
export async function runActivityImport(
  db: Db,
  path: string,
  options: ImportOptions,
  sha256: string,
): Promise<ImportReport> {
  const report: ImportReport = {
    kind: "activities",
    files: [options.fileName ?? basename(path)],
    sha256,
    rows: 0,
    insert: 0,
    update: 0,
    unchanged: 0,
    rejected: [],
    changes: [],
    kept: [],
    committed: false,
  };
  const catalogueRows = await loadCatalogueRows(db);
  // The reader thread builds its own matchers from the rows.
  const read = () =>
    options.readerThread
      ? readActivityChunksInThread(path, catalogueRows, report.rejected)
      : readActivityChunks(path, buildCatalogues(catalogueRows), report.rejected);
  const absorb = (plan: ActivityPlan) => {
    report.insert += plan.inserts.length;
    report.update += plan.updates.length;
    report.unchanged += plan.unchanged;
    const room = MAX_CHANGES - report.changes.length;
    report.changes.push(...plan.changes.slice(0, Math.max(0, room)));
    if (plan.changes.length > room)
      report.changesOmitted = (report.changesOmitted ?? 0) + plan.changes.length - Math.max(0, room);
  };
  const finish = () => {
    report.rows += new Set(report.rejected.filter((r) => r.row !== null).map((r) => r.row)).size;
    return report;
  };
  const by = asActor(options.by).name;
  try {
    // The preview reads in a transaction too: one snapshot for the whole file.
    await db.transaction(async (tx) => {
      // Within the import the activity table's statistics are stale, and the lookups got
      // sequential-scan plans costed high enough for PostgreSQL to JIT-compile them:
      // 70–130 ms a chunk, nearly all compiling. Nothing an import runs gains from JIT.
      await tx.execute(sql`SET LOCAL jit = off`);
      if (options.dryRun) {
        for await (const chunk of read()) {
          report.rows += chunk.length;
          absorb(await planActivities(tx as unknown as Db, chunk));
        }
        return;
      }
      const [batch] = await tx
        .insert(t.importBatches)
        .values({ kind: "activities", fileName: report.files[0]!, sha256, createdBy: by })
        .returning({ id: t.importBatches.id });
      const deferReferenceChecks = await canDeferReferenceChecks(tx);
      for await (const chunk of read()) {
        report.rows += chunk.length;
        const plan = await planActivities(tx as unknown as Db, chunk);
        absorb(plan);
        // After the first rejection, keep reading (to report every bad row) but stop writing.
        if (report.rejected.length === 0) await writeActivities(tx, plan, batch!.id, by, { deferReferenceChecks });
      }
      if (report.rejected.length) throw new Refused();
      if (report.insert + report.update === 0) throw new NothingToChange();
      if (deferReferenceChecks) await checkBatchReferences(tx, batch!.id);
      await tx
        .update(t.importBatches)
        .set({
          rowCount: report.rows,
          counts: { insert: report.insert, update: report.update, unchanged: report.unchanged },
        })
        .where(eq(t.importBatches.id, batch!.id));
      await recordImport(tx as unknown as Db, options.by, { id: batch!.id, fileName: report.files[0]! }, report);
      report.batchId = batch!.id;
    });
    if (options.dryRun) return finish();
    report.committed = true;
    return finish();
  } catch (error) {
    if (error instanceof NothingToChange) return finish();
    if (error instanceof FileError) report.rejected.push({ row: null, column: null, reason: error.message });
    else if (!(error instanceof Refused)) throw error;
    finish();
    if (options.dryRun) return report;
    throw new ImportRejected(report);
  }
}
