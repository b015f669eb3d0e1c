import { type Actor, asc, type Db, eq, inArray, PLAN_DUTIES, type PlanDuty, recordAudit, tables as t } from "@cchc/db";
import { badInput, notFound } from "../../errors";
import type { PlanInput } from "../../generated/resolvers-types";
import { findPlan, planUnitCodes } from "./plans.service";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const isDuty = (x: string | null | undefined): x is PlanDuty => (PLAN_DUTIES as readonly unknown[]).includes(x);
const nfc = (s: string) => s.normalize("NFC").trim();

/** A plan's editable content as the audit trail keeps it: wording, topics, forms and duties, in their order. */
async function content(tx: Tx, planId: number) {
  const [plan] = await tx.select().from(t.plans).where(eq(t.plans.id, planId)).for("update");
  const [topics, forms, duties] = await Promise.all([
    tx.select().from(t.planTopics).where(eq(t.planTopics.planId, planId)).orderBy(asc(t.planTopics.sortOrder)),
    tx.select().from(t.planForms).where(eq(t.planForms.planId, planId)).orderBy(asc(t.planForms.sortOrder)),
    tx
      .select()
      .from(t.planResponsibilities)
      .where(eq(t.planResponsibilities.planId, planId))
      .orderBy(asc(t.planResponsibilities.sortOrder), asc(t.planResponsibilities.id)),
  ]);
  return {
    titleVi: plan!.titleVi,
    implementsText: plan!.implementsText,
    purposes: plan!.purposes,
    requirements: plan!.requirements,
    audience: plan!.audience,
    recipients: plan!.recipients,
    topics: topics.map((x) => ({ topic: x.topicCode, textVi: x.textVi })),
    forms: forms.map((x) => ({ form: x.formCode, descriptionVi: x.descriptionVi })),
    responsibilities: duties.map((x) => ({ unit: x.organisationCode, duty: x.duty, dutyVi: x.dutyVi })),
  };
}

/** The parts of two snapshots that differ, each side keeping only those keys. */
export function changedParts<T extends Record<string, unknown>>(before: T, after: T) {
  const keys = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k]])),
    after: Object.fromEntries(keys.map((k) => [k, after[k]])),
  };
}

/**
 * Replaces a plan's wording, topics, forms and responsibilities in one
 * transaction. Every list entry is checked first; an error names the list,
 * the entry (1-based) and why, and nothing is written. The audit event keeps
 * the parts that changed, before and after.
 */
export async function updatePlan(db: Db, id: string, input: PlanInput, actor: Actor) {
  const plan = await findPlan(db, { id });
  if (!plan) throw notFound(`plan ${id}`);
  const title = nfc(input.titleVi);
  if (!title) throw badInput("titleVi must not be empty", "input.titleVi");
  const [topics, forms, units] = await Promise.all([
    db
      .select({ code: t.topics.code })
      .from(t.topics)
      .where(inArray(t.topics.code, input.topics.length ? input.topics.map((x) => x.topic) : [""])),
    db.select({ code: t.forms.code }).from(t.forms),
    planUnitCodes(db, plan.id),
  ]);
  const known = {
    topic: new Set(topics.map((x) => x.code)),
    form: new Set(forms.map((x) => x.code)),
    unit: new Set(units),
  };
  const text = (value: string, field: string, n: number) => {
    const v = nfc(value);
    // field is input.<list>[i].<name>; the message names the list and the entry's number: "forms 1: …".
    if (!v) throw badInput(`${field.split(".")[1]!.replace(/\[\d+\]$/, "")} ${n}: text must not be empty`, field);
    return v;
  };
  /** A plan's catalogue lines (its topics, its forms): each a known code with its own text, none listed twice. */
  const lines = <K extends "topic" | "form", F extends string>(
    kind: K,
    items: readonly (Record<K, string> & Record<F, string>)[],
    textField: F,
  ) => {
    const rows = items.map((x, i) => {
      if (!known[kind].has(x[kind]))
        throw badInput(`${kind}s ${i + 1}: unknown ${kind} "${x[kind]}"`, `input.${kind}s[${i}].${kind}`);
      return { code: x[kind], text: text(x[textField], `input.${kind}s[${i}].${textField}`, i + 1), sortOrder: i };
    });
    if (new Set(rows.map((x) => x.code)).size !== rows.length)
      throw badInput(`${kind}s: a ${kind} is listed twice`, `input.${kind}s`);
    return rows;
  };
  const planTopics = lines("topic", input.topics, "textVi").map((x) => ({
    planId: plan.id,
    topicCode: x.code,
    textVi: x.text,
    sortOrder: x.sortOrder,
  }));
  const planForms = lines("form", input.forms, "descriptionVi").map((x) => ({
    planId: plan.id,
    formCode: x.code,
    descriptionVi: x.text,
    sortOrder: x.sortOrder,
  }));
  const duties = input.responsibilities.map((x, i) => {
    if (x.unit != null && !known.unit.has(x.unit))
      throw badInput(
        `responsibilities ${i + 1}: "${x.unit}" is not a unit of ${plan.issuerCode}`,
        `input.responsibilities[${i}].unit`,
      );
    // `role` is duty's deprecated old name, still accepted from existing clients.
    if (x.duty != null && x.role != null && x.duty !== x.role)
      throw badInput(
        `responsibilities ${i + 1}: duty "${x.duty}" and its old name role "${x.role}" disagree; give duty only`,
        `input.responsibilities[${i}].duty`,
      );
    const duty = x.duty ?? x.role;
    if (!isDuty(duty))
      throw badInput(
        `responsibilities ${i + 1}: duty must be lead, monitor or implement, got ${duty == null ? "none" : `"${duty}"`}`,
        `input.responsibilities[${i}].duty`,
      );
    return {
      planId: plan.id,
      organisationCode: x.unit ?? null,
      appliesToAllUnits: x.unit == null,
      duty,
      dutyVi: text(x.dutyVi, `input.responsibilities[${i}].dutyVi`, i + 1),
      sortOrder: i,
    };
  });
  const list = (xs: readonly string[]) => xs.map(nfc).filter(Boolean);
  return db.transaction(async (tx) => {
    const before = await content(tx, plan.id);
    const [updated] = await tx
      .update(t.plans)
      .set({
        titleVi: title,
        implementsText: input.implementsText ? nfc(input.implementsText) : null,
        purposes: list(input.purposes),
        requirements: list(input.requirements),
        audience: input.audience ? nfc(input.audience) : null,
        recipients: list(input.recipients),
        updatedBy: actor.name,
        updatedAt: new Date(),
      })
      .where(eq(t.plans.id, plan.id))
      .returning();
    await tx.delete(t.planTopics).where(eq(t.planTopics.planId, plan.id));
    await tx.delete(t.planForms).where(eq(t.planForms.planId, plan.id));
    await tx.delete(t.planResponsibilities).where(eq(t.planResponsibilities.planId, plan.id));
    if (planTopics.length) await tx.insert(t.planTopics).values(planTopics);
    if (planForms.length) await tx.insert(t.planForms).values(planForms);
    if (duties.length) await tx.insert(t.planResponsibilities).values(duties);
    await recordAudit(tx, actor, {
      operation: "updatePlan",
      entity: "plan",
      entityId: plan.id,
      ...changedParts(before, await content(tx, plan.id)),
    });
    return updated!;
  });
}
