import { type Actor, type Db, recordAudit } from "@cchc/db";
import type { ImportReport } from "./report";

/** The actor a plain name stands for (scripts and tests pass a name). */
export const asActor = (by: string | Actor): Actor => (typeof by === "string" ? { name: by } : by);

/**
 * The commit's audit event, written in the import's own transaction: what was
 * imported and how much, never the rows themselves.
 */
export const recordImport = (
  tx: Db,
  by: string | Actor,
  batch: { id: number; fileName: string },
  report: ImportReport,
) =>
  recordAudit(tx, asActor(by), {
    operation: "commitImport",
    entity: "import_batch",
    entityId: batch.id,
    after: {
      kind: report.kind,
      fileName: batch.fileName,
      sha256: report.sha256,
      rows: report.rows,
      insert: report.insert,
      update: report.update,
      unchanged: report.unchanged,
    },
  });
