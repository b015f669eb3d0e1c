import { and, type Db, eq, inArray, tables as t } from "@cchc/db";
import { type IndexValueRecord, valueKey } from "./index-values";
import { derivedAgainstPublished } from "./derived-precedence";
import type { Change, KeptFigure } from "./report";

type Existing = typeof t.indexValues.$inferSelect;
type Merged = Pick<
  Existing,
  "value" | "publishedRank" | "publishedOutOf" | "status" | "versionCode" | "sourceUrl" | "note" | "valueDerived"
>;

export interface IndexValuePlan {
  inserts: IndexValueRecord[];
  updates: { record: IndexValueRecord; existing: Existing; merged: Merged }[];
  unchanged: number;
  changes: Change[];
  kept: KeptFigure[];
}

const same = (a: unknown, b: unknown) =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-9 : a === b;
const FIELDS = ["value", "publishedRank", "publishedOutOf", "status", "valueDerived"] as const;

/**
 * How a record merges into the row it meets. A file that gives no rank keeps
 * the published rank already stored (and says where it came from), a panel's
 * "no data" never erases a figure that was published, and a derived value
 * meets a published one as derivedAgainstPublished decides (`kept`: the
 * published figure stays, for the reason given).
 */
function merge(rec: IndexValueRecord, old: Existing): Merged | { kept: string } | null {
  if (rec.status === "no_data" && old.status === "published") return null;
  const published = rec.status === "published";
  const notes = old.note ? [old.note] : [];
  const addNote = (n: string) => {
    if (!notes.includes(n)) notes.push(n);
  };
  const meetsReadFigure = rec.valueDerived && !old.valueDerived && old.status === "published" && old.value != null;
  if (published && meetsReadFigure && rec.value != null && !same(rec.value, old.value)) {
    const decision = derivedAgainstPublished(rec.value, old.value!, old.sourceUrl);
    if (decision.take === "published") return { kept: decision.reason };
    addNote(decision.note);
  }
  // A derived value equal to the published one it meets is the published one.
  const derived =
    rec.value == null
      ? old.valueDerived
      : rec.valueDerived === true && !(meetsReadFigure && same(rec.value, old.value));
  const keepsRank = published && rec.publishedRank == null && old.publishedRank != null;
  if (keepsRank && old.sourceUrl && old.sourceUrl !== rec.sourceUrl) addNote(`Thứ hạng theo ${old.sourceUrl}`);
  return {
    status: rec.status,
    value: published ? (rec.value ?? old.value) : null,
    publishedRank: published ? (rec.publishedRank ?? old.publishedRank) : null,
    publishedOutOf: published ? (rec.publishedOutOf ?? old.publishedOutOf) : null,
    valueDerived: published && derived,
    versionCode: rec.versionCode,
    sourceUrl: rec.sourceUrl,
    note: notes.length ? notes.join("; ") : null,
  };
}

/** Compare records with what is stored: one statement reads every row the file could touch. */
export async function planIndexValues(db: Db, records: IndexValueRecord[]): Promise<IndexValuePlan> {
  const indexCodes = [...new Set(records.map((r) => r.indexCode))];
  const years = [...new Set(records.map((r) => r.year))];
  const existing = records.length
    ? await db
        .select()
        .from(t.indexValues)
        .where(and(inArray(t.indexValues.indexCode, indexCodes), inArray(t.indexValues.year, years)))
    : [];
  const byKey = new Map(existing.map((e) => [valueKey(e), e]));
  const plan: IndexValuePlan = { inserts: [], updates: [], unchanged: 0, changes: [], kept: [] };
  for (const rec of records) {
    const old = byKey.get(valueKey(rec));
    if (!old) {
      plan.inserts.push(rec);
      continue;
    }
    const merged = merge(rec, old);
    const target = `${rec.indexCode} ${rec.componentId ?? "tổng"} ${rec.year} — ${rec.subjectName}`;
    if (merged && "kept" in merged) {
      plan.unchanged++;
      plan.kept.push({
        row: rec.row,
        ...(rec.file ? { file: rec.file } : {}),
        target,
        published: old.value!,
        sourceUrl: old.sourceUrl,
        derived: rec.value!,
        reason: merged.kept,
      });
      continue;
    }
    const changed = merged ? FIELDS.filter((f) => !same(merged[f], old[f])) : [];
    if (!merged || changed.length === 0) {
      plan.unchanged++;
      continue;
    }
    plan.updates.push({ record: rec, existing: old, merged });
    for (const f of changed)
      plan.changes.push({
        row: rec.row,
        ...(rec.file ? { file: rec.file } : {}),
        target,
        field: f,
        from: old[f],
        to: merged[f],
      });
  }
  return plan;
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Write a plan inside the caller's transaction, logging each row for undo. */
export async function writeIndexValues(tx: Tx, plan: IndexValuePlan, batchId: number, by: string) {
  for (let i = 0; i < plan.inserts.length; i += 1000) {
    const chunk = plan.inserts.slice(i, i + 1000);
    const ids = await tx
      .insert(t.indexValues)
      .values(
        chunk.map(({ row: _r, file: _f, subjectName: _s, ...r }) => ({
          ...r,
          importBatchId: batchId,
          createdBy: by,
          updatedBy: by,
        })),
      )
      .returning({ id: t.indexValues.id });
    await tx
      .insert(t.importChanges)
      .values(ids.map(({ id }) => ({ batchId, targetTable: "index_values", rowId: id, action: "insert" })));
  }
  for (const { existing, merged } of plan.updates) {
    const before: Record<string, unknown> = { importBatchId: existing.importBatchId };
    for (const k of Object.keys(merged) as (keyof Merged)[]) before[k] = existing[k];
    await tx
      .insert(t.importChanges)
      .values({ batchId, targetTable: "index_values", rowId: existing.id, action: "update", before });
    await tx
      .update(t.indexValues)
      .set({ ...merged, importBatchId: batchId, updatedBy: by, updatedAt: new Date() })
      .where(eq(t.indexValues.id, existing.id));
  }
}
