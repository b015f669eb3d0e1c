import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { type Actor, type Db, tables as t } from "@cchc/db";
import { asActor, recordImport } from "./audit";
import { type IndexValuePlan, planIndexValues, writeIndexValues } from "./apply-index-values";
import { IndexRules, type IndexValueRecord, rejectDuplicates } from "./index-values";
import { readLong } from "./kinds/long";
import { readPapiPanel } from "./kinds/papi";
import { readPciTidy } from "./kinds/pci";
import { ProvinceMatcher, type UnitMatch } from "./matchers";
import { FileError, MAX_FILE_BYTES, openTable } from "./read-table";
import { runActivityImport } from "./run-activities";
import { type ImportKind, ImportRejected, type ImportReport, type Rejection } from "./report";
import { fold } from "./values";

const READER_THREAD_BYTES = 1 << 20;

export interface ImportOptions {
  kind?: ImportKind;
  dryRun?: boolean;
  /**
   * Who imports: a name, or the actor of a request. The name is stored on the
   * batch and the rows; the commit's audit event records the actor.
   */
  by: string | Actor;
  /** Source for rows that name none (long template), or instead of the default of papi/pci. */
  source?: string;
  /** File name to record when `path` is a temporary upload. */
  fileName?: string;
  /**
   * Activity logs: parse and validate on a thread of their own, overlapping
   * the writes. Default: for files over 1 MB (about 8,000 rows), where the
   * overlap outweighs the thread's start-up (≈ 0.5 s).
   */
  readerThread?: boolean;
}

/** Guess the kind from the path and the header row. */
export async function detectKind(path: string): Promise<ImportKind> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new FileError(`${path}: no such file or directory`);
  if (info.isDirectory()) return "papi";
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
  let files = [path];
  let plan: IndexValuePlan = { inserts: [], updates: [], unchanged: 0, changes: [], kept: [] };
  let records: IndexValueRecord[] = [];
  let units: UnitMatch[] = [];
  try {
    kind = options.kind ?? (await detectKind(path));
    if (kind === "activities") {
      const info = await stat(path);
      const readerThread = options.readerThread ?? info.size > READER_THREAD_BYTES;
      return await runActivityImport(
        db,
        path,
        { ...options, readerThread },
        info.size <= MAX_FILE_BYTES ? await sha256([path]) : "",
      );
    }
    // Index tables hold at most a few tens of thousands of values: read whole, planned against the database in one query.
    const [provinces, rules] = await Promise.all([ProvinceMatcher.load(db), IndexRules.load(db)]);
    const ctx = { provinces, rules, ...(options.source ? { source: options.source } : {}) };
    const read =
      kind === "papi"
        ? await readPapiPanel(path, ctx, rejected)
        : kind === "pci"
          ? await readPciTidy(path, { ...ctx, allProvinces: await db.select().from(t.provinces) }, rejected)
          : await readLong(path, db, ctx, rejected);
    files = read.files;
    units = [...provinces.unitMatches.values()];
    records = rejectDuplicates(read.records, rejected);
    plan = await planIndexValues(db, records);
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    rejected.push({ row: null, column: null, reason: error.message });
  }
  const report: ImportReport = {
    kind,
    files: options.fileName && files.length === 1 ? [options.fileName] : files.map((f) => basename(f)),
    sha256: rejected.some((r) => r.row === null) ? "" : await sha256(files.filter((f) => !f.endsWith("/"))),
    rows: records.length + new Set(rejected.filter((r) => r.row !== null).map((r) => `${r.file}|${r.row}`)).size,
    insert: plan.inserts.length,
    update: plan.updates.length,
    unchanged: plan.unchanged,
    rejected,
    changes: plan.changes,
    kept: plan.kept,
    units,
    committed: false,
  };
  if (rejected.length) {
    if (options.dryRun) return report;
    throw new ImportRejected(report);
  }
  if (options.dryRun || report.insert + report.update === 0) return report;
  const by = asActor(options.by).name;
  const fileName = options.fileName ?? basename(path);
  await db.transaction(async (tx) => {
    const [batch] = await tx
      .insert(t.importBatches)
      .values({
        kind,
        fileName,
        sha256: report.sha256,
        rowCount: report.rows,
        counts: { insert: report.insert, update: report.update, unchanged: report.unchanged },
        createdBy: by,
      })
      .returning({ id: t.importBatches.id });
    await writeIndexValues(tx, plan, batch!.id, by);
    await recordImport(tx as unknown as Db, options.by, { id: batch!.id, fileName }, report);
    report.batchId = batch!.id;
  });
  report.committed = true;
  return report;
}
