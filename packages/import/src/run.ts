import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { type Db, tables as t } from "@cchc/db";
import { planActivities, writeActivities } from "./apply-activities";
import { planIndexValues, writeIndexValues } from "./apply-index-values";
import { IndexRules, rejectDuplicates } from "./index-values";
import { readActivities } from "./kinds/activities";
import { readLong } from "./kinds/long";
import { readPapiPanel } from "./kinds/papi";
import { readPciTidy } from "./kinds/pci";
import { loadCatalogues, ProvinceMatcher } from "./matchers";
import { FileError, openTable } from "./read-table";
import { type ImportKind, ImportRejected, type ImportReport, type Rejection } from "./report";
import { fold } from "./values";

export interface ImportOptions {
  kind?: ImportKind;
  dryRun?: boolean;
  /** Who imports (stored on the batch and the rows). */
  by: string;
  /** Source for rows that name none (long template), or instead of the default of papi/pci. */
  source?: string;
  /** File name to record when `path` is a temporary upload. */
  fileName?: string;
}

/** Guess the kind from the path and the header row. */
export async function detectKind(path: string): Promise<ImportKind> {
  if ((await stat(path)).isDirectory()) return "papi";
  const headers = new Set((await openTable(path)).headers.map(fold));
  if (headers.has("pci weighted")) return "pci";
  if (headers.has("tieu de") || headers.has("ngay bat dau")) return "activities";
  return "long";
}

async function sha256(files: string[]): Promise<string> {
  const all = createHash("sha256");
  for (const f of files) {
    const h = createHash("sha256");
    for await (const chunk of createReadStream(f)) h.update(chunk as Buffer);
    all.update(h.digest("hex"));
  }
  return all.digest("hex");
}

/**
 * parse → validate → plan (insert / update / unchanged / rejected) → commit in
 * one transaction, or nothing. Any rejected row stops the commit (ImportRejected
 * carries the report); a dry run returns the report without writing.
 */
export async function runImport(db: Db, path: string, options: ImportOptions): Promise<ImportReport> {
  let kind: ImportKind = options.kind ?? "long";
  const rejected: Rejection[] = [];
  let parsed: { records: unknown[]; files: string[] };
  let plan: { inserts: unknown[]; updates: unknown[]; unchanged: number; changes: ImportReport["changes"] };
  let write: (tx: Parameters<Parameters<Db["transaction"]>[0]>[0], batchId: number) => Promise<void>;
  try {
    kind = options.kind ?? (await detectKind(path));
    if (kind === "activities") {
      const read = await readActivities(path, await loadCatalogues(db), rejected);
      const p = await planActivities(db, read.records);
      [parsed, plan, write] = [read, p, (tx, id) => writeActivities(tx, p, id, options.by)];
    } else {
      const [provinces, rules] = await Promise.all([ProvinceMatcher.load(db), IndexRules.load(db)]);
      const ctx = { provinces, rules, ...(options.source ? { source: options.source } : {}) };
      const read =
        kind === "papi"
          ? await readPapiPanel(path, ctx, rejected)
          : kind === "pci"
            ? await readPciTidy(path, { ...ctx, allProvinces: await db.select().from(t.provinces) }, rejected)
            : await readLong(path, db, ctx, rejected);
      const records = rejectDuplicates(read.records, rejected);
      const p = await planIndexValues(db, records);
      [parsed, plan, write] = [{ ...read, records }, p, (tx, id) => writeIndexValues(tx, p, id, options.by)];
    }
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    rejected.push({ row: null, column: null, reason: error.message });
    parsed = { records: [], files: [path] };
    plan = { inserts: [], updates: [], unchanged: 0, changes: [] };
    write = async () => {};
  }
  const files = parsed.files;
  const report: ImportReport = {
    kind,
    files: options.fileName && files.length === 1 ? [options.fileName] : files.map((f) => basename(f)),
    sha256: rejected.some((r) => r.row === null) ? "" : await sha256(files.filter((f) => !f.endsWith("/"))),
    rows: parsed.records.length + rejected.filter((r) => r.row !== null).length,
    insert: plan.inserts.length,
    update: plan.updates.length,
    unchanged: plan.unchanged,
    rejected,
    changes: plan.changes,
    committed: false,
  };
  if (rejected.length) {
    if (options.dryRun) return report;
    throw new ImportRejected(report);
  }
  if (options.dryRun || report.insert + report.update === 0) return report;
  await db.transaction(async (tx) => {
    const [batch] = await tx
      .insert(t.importBatches)
      .values({
        kind,
        fileName: options.fileName ?? basename(path),
        sha256: report.sha256,
        rowCount: report.rows,
        counts: { insert: report.insert, update: report.update, unchanged: report.unchanged },
        createdBy: options.by,
      })
      .returning({ id: t.importBatches.id });
    await write(tx, batch!.id);
    report.batchId = batch!.id;
  });
  report.committed = true;
  return report;
}
