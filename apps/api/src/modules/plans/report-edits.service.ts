import { type Actor, and, type Db, eq, inArray, recordAudit, sql, tables as t } from "@cchc/db";
import { badInput, notFound } from "../../errors";
import { findPlan } from "./plans.service";

/** A saved paragraph edit as the API returns it. */
export interface ReportEditRow {
  key: string;
  text: string;
  updatedBy: string;
  updatedAt: string;
}

/** Paragraph ids of the report: a section numeral and a number (I.1 … IV.3). */
const KEY = /^(I|II|III|IV)\.\d{1,2}$/;
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const MAX_EDITS = 100;
const MAX_TEXT = 20_000;

/** Paragraph order: by section, then by number (III.2 before III.10). */
const keyOrder = (a: string, b: string) => {
  const [sa = "", na = "0"] = a.split(".");
  const [sb = "", nb = "0"] = b.split(".");
  return (ROMAN[sa] ?? 9) - (ROMAN[sb] ?? 9) || Number(na) - Number(nb);
};

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput(`year must be between 2000 and 2100, got ${year}`, "year");
}

/** The saved edits of a plan's report for a year, in paragraph order. */
export async function listReportEdits(db: Db, planId: number, year: number): Promise<ReportEditRow[]> {
  const rows = await db
    .select()
    .from(t.reportEdits)
    .where(and(eq(t.reportEdits.planId, planId), eq(t.reportEdits.year, year)));
  return rows
    .map((r) => ({ key: r.paragraphKey, text: r.text, updatedBy: r.updatedBy, updatedAt: r.updatedAt.toISOString() }))
    .sort((a, b) => keyOrder(a.key, b.key));
}

/** The saved edits as paragraph id → text, for applyEdits (the DOCX). */
export async function savedEditTexts(db: Db, planId: number, year: number): Promise<Record<string, string>> {
  return Object.fromEntries((await listReportEdits(db, planId, year)).map((e) => [e.key, e.text]));
}

/**
 * Saves paragraph edits of a plan's year-end report in one transaction: a
 * text replaces the paragraph's saved edit (or adds one), an empty text
 * removes it (the generated paragraph is back). Keys not given stay as they
 * are. One audit event lists the paragraphs that changed, old → new (null:
 * the generated text); nothing changed, nothing is written.
 */
export async function saveReportEdits(
  db: Db,
  args: { plan: string; year: number; edits: readonly { key: string; text: string }[] },
  actor: Actor,
): Promise<ReportEditRow[]> {
  const plan = await findPlan(db, { id: args.plan });
  if (!plan) throw notFound(`plan ${args.plan}`);
  checkYear(args.year);
  if (args.edits.length > MAX_EDITS) throw badInput(`at most ${MAX_EDITS} edits at once`, "edits");
  const seen = new Set<string>();
  const wanted = args.edits.map((e, i) => {
    if (!KEY.test(e.key))
      throw badInput(`edits[${i}]: "${e.key}" is not a paragraph id (I.1 … IV.3)`, `edits[${i}].key`);
    if (seen.has(e.key)) throw badInput(`edits[${i}]: paragraph ${e.key} given twice`, `edits[${i}].key`);
    seen.add(e.key);
    const text = e.text.normalize("NFC").trim();
    if (text.length > MAX_TEXT)
      throw badInput(`edits[${i}]: at most ${MAX_TEXT} characters, got ${text.length}`, `edits[${i}].text`);
    return { key: e.key, text: text || null };
  });
  if (wanted.length > 0)
    await db.transaction(async (tx) => {
      const old = await tx
        .select()
        .from(t.reportEdits)
        .where(
          and(
            eq(t.reportEdits.planId, plan.id),
            eq(t.reportEdits.year, args.year),
            inArray(
              t.reportEdits.paragraphKey,
              wanted.map((w) => w.key),
            ),
          ),
        )
        .for("update");
      const before = new Map(old.map((r) => [r.paragraphKey, r.text]));
      const changed = wanted
        .filter((w) => (before.get(w.key) ?? null) !== w.text)
        .sort((a, b) => keyOrder(a.key, b.key));
      if (changed.length === 0) return;
      const removed = changed.filter((w) => w.text === null).map((w) => w.key);
      if (removed.length)
        await tx
          .delete(t.reportEdits)
          .where(
            and(
              eq(t.reportEdits.planId, plan.id),
              eq(t.reportEdits.year, args.year),
              inArray(t.reportEdits.paragraphKey, removed),
            ),
          );
      const upserts = changed.flatMap((w) =>
        w.text === null
          ? []
          : [{ planId: plan.id, year: args.year, paragraphKey: w.key, text: w.text, updatedBy: actor.name }],
      );
      if (upserts.length)
        await tx
          .insert(t.reportEdits)
          .values(upserts)
          .onConflictDoUpdate({
            target: [t.reportEdits.planId, t.reportEdits.year, t.reportEdits.paragraphKey],
            set: { text: sql`excluded.text`, updatedBy: sql`excluded.updated_by`, updatedAt: sql`now()` },
          });
      await recordAudit(tx, actor, {
        operation: "saveReportEdits",
        entity: "report",
        entityId: `${plan.id}/${args.year}`,
        before: {
          plan: plan.number,
          year: args.year,
          paragraphs: Object.fromEntries(changed.map((w) => [w.key, before.get(w.key) ?? null])),
        },
        after: {
          plan: plan.number,
          year: args.year,
          paragraphs: Object.fromEntries(changed.map((w) => [w.key, w.text])),
        },
      });
    });
  return listReportEdits(db, plan.id, args.year);
}
