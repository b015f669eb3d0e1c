import { type Actor, asc, type Db, eq, inArray, recordAudit, tables as t } from "@cchc/db";
import { badInput, notFound } from "../../errors";
import type { PlanTargetInput } from "../../generated/resolvers-types";
import { findPlan, planUnitCodes } from "./plans.service";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export const planTargets = (db: Db, planId: number) =>
  db
    .select()
    .from(t.planTargets)
    .where(eq(t.planTargets.planId, planId))
    .orderBy(asc(t.planTargets.formCode), asc(t.planTargets.organisationCode), asc(t.planTargets.periodStart));

/**
 * Checks every target against the plan's year, forms and units (planUnitCodes
 * of the plan `unitsOf`); the error names the row (1-based) and field.
 */
async function validTargets(
  db: Db | Tx,
  plan: { year: number; issuerCode: string; unitsOf: number },
  targets: readonly PlanTargetInput[],
) {
  const [forms, units] = await Promise.all([
    db.select({ code: t.forms.code }).from(t.forms),
    planUnitCodes(db as Db, plan.unitsOf),
  ]);
  const formSet = new Set(forms.map((f) => f.code));
  const unitSet = new Set(units);
  const seen = new Set<string>();
  return targets.map((x, i) => {
    const at = (field: string) => `targets[${i}].${field}`;
    if (!formSet.has(x.form)) throw badInput(`row ${i + 1}: unknown form "${x.form}"`, at("form"));
    if (x.unit != null && !unitSet.has(x.unit))
      throw badInput(`row ${i + 1}: "${x.unit}" is not a unit of ${plan.issuerCode}`, at("unit"));
    if (!Number.isInteger(x.quantity) || x.quantity < 0)
      throw badInput(`row ${i + 1}: quantity must be a whole number ≥ 0, got ${x.quantity}`, at("quantity"));
    if (!(x.periodStart <= x.periodEnd))
      throw badInput(`row ${i + 1}: period ends (${x.periodEnd}) before it starts (${x.periodStart})`, at("periodEnd"));
    if (!x.periodStart.startsWith(String(plan.year)) || !x.periodEnd.startsWith(String(plan.year)))
      throw badInput(
        `row ${i + 1}: period ${x.periodStart}–${x.periodEnd} is outside the plan's year ${plan.year}`,
        at("periodStart"),
      );
    const key = `${x.form}|${x.unit ?? ""}|${x.periodStart}`;
    if (seen.has(key))
      throw badInput(
        `row ${i + 1}: a second target for ${x.form}, ${x.unit ?? "the Department"}, from ${x.periodStart}`,
        at("periodStart"),
      );
    seen.add(key);
    return {
      formCode: x.form,
      organisationCode: x.unit ?? null,
      periodStart: x.periodStart,
      periodEnd: x.periodEnd,
      quantity: x.quantity,
    };
  });
}

type TargetCell = {
  formCode: string;
  organisationCode: string | null;
  periodStart: string;
  periodEnd: string;
  quantity: number;
};
/** A target's cell: one per form, unit (or the Department) and period start. */
const cellKey = (x: TargetCell) => `${x.formCode}|${x.organisationCode ?? ""}|${x.periodStart}`;
/** A target as the audit trail keeps it. */
const shown = (x: TargetCell) => ({
  form: x.formCode,
  unit: x.organisationCode,
  periodStart: x.periodStart,
  periodEnd: x.periodEnd,
  quantity: x.quantity,
});
const byCell = (a: TargetCell, b: TargetCell) => cellKey(a).localeCompare(cellKey(b));

/**
 * Replaces a plan's targets in one transaction: all rows valid, or nothing
 * changes. Cells are matched by form, unit and period start: a kept cell is
 * updated in place (its creator and creation time stay), a dropped one
 * deleted, a new one inserted. The audit event lists the cells that changed,
 * old values before and new values after.
 */
export async function setPlanTargets(db: Db, planId: string, targets: readonly PlanTargetInput[], actor: Actor) {
  const plan = await findPlan(db, { id: planId });
  if (!plan) throw notFound(`plan ${planId}`);
  const rows = await validTargets(db, { ...plan, unitsOf: plan.id }, targets);
  await db.transaction(async (tx) => {
    const old = await tx.select().from(t.planTargets).where(eq(t.planTargets.planId, plan.id)).for("update");
    const oldByKey = new Map(old.map((r) => [cellKey(r), r]));
    const newKeys = new Set(rows.map(cellKey));
    const dropped = old.filter((r) => !newKeys.has(cellKey(r)));
    const changed = rows.filter((r) => {
      const o = oldByKey.get(cellKey(r));
      return o && (o.periodEnd !== r.periodEnd || o.quantity !== r.quantity);
    });
    const added = rows.filter((r) => !oldByKey.has(cellKey(r)));
    if (dropped.length)
      await tx.delete(t.planTargets).where(
        inArray(
          t.planTargets.id,
          dropped.map((r) => r.id),
        ),
      );
    for (const r of changed)
      await tx
        .update(t.planTargets)
        .set({ periodEnd: r.periodEnd, quantity: r.quantity, updatedBy: actor.name, updatedAt: new Date() })
        .where(eq(t.planTargets.id, oldByKey.get(cellKey(r))!.id));
    if (added.length)
      await tx
        .insert(t.planTargets)
        .values(added.map((r) => ({ ...r, planId: plan.id, createdBy: actor.name, updatedBy: actor.name })));
    await recordAudit(tx, actor, {
      operation: "setPlanTargets",
      entity: "plan",
      entityId: plan.id,
      before: { targets: [...dropped, ...changed.map((r) => oldByKey.get(cellKey(r))!)].sort(byCell).map(shown) },
      after: { targets: [...changed, ...added].sort(byCell).map(shown) },
    });
  });
  return plan;
}

const shiftYear = (iso: string, years: number) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;

/**
 * Next year's plan from an existing one, in one transaction: the plan's
 * wording, topics, forms and responsibilities copied; targets either given
 * (e.g. the report's proposals) or copied with their periods moved on a year.
 */
export async function copyPlan(
  db: Db,
  args: { from: string; number: string; issuedOn: string; targets?: readonly PlanTargetInput[] | null },
  actor: Actor,
) {
  const source = await findPlan(db, { id: args.from });
  if (!source) throw notFound(`plan ${args.from}`);
  const number = args.number.normalize("NFC").trim();
  if (!number) throw badInput("number must not be empty", "number");
  const year = Number(args.issuedOn.slice(0, 4));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(args.issuedOn) || year <= source.year)
    throw badInput(
      `issuedOn must be a date after plan ${source.number}'s year ${source.year}, got "${args.issuedOn}"`,
      "issuedOn",
    );
  const [existing] = await db.select({ id: t.plans.id }).from(t.plans).where(eq(t.plans.number, number));
  if (existing) throw badInput(`a plan numbered "${number}" already exists`, "number");
  const shift = year - source.year;
  const given = args.targets
    ? await validTargets(db, { year, issuerCode: source.issuerCode, unitsOf: source.id }, args.targets)
    : null;
  return db.transaction(async (tx) => {
    const { id: _id, createdAt: _c, updatedAt: _u, createdBy: _cb, updatedBy: _ub, ...fields } = source;
    const [plan] = await tx
      .insert(t.plans)
      .values({
        ...fields,
        number,
        year,
        issuedOn: args.issuedOn,
        parentPlanId: source.id,
        titleVi: source.titleVi.replaceAll(String(source.year), String(year)),
        sourceNote: `Dự thảo từ kế hoạch ${source.number}`,
        createdBy: actor.name,
        updatedBy: actor.name,
      })
      .returning();
    const id = plan!.id;
    const [topics, forms, duties, targets] = await Promise.all([
      tx.select().from(t.planTopics).where(eq(t.planTopics.planId, source.id)),
      tx.select().from(t.planForms).where(eq(t.planForms.planId, source.id)),
      tx.select().from(t.planResponsibilities).where(eq(t.planResponsibilities.planId, source.id)),
      given ? Promise.resolve([]) : tx.select().from(t.planTargets).where(eq(t.planTargets.planId, source.id)),
    ]);
    if (topics.length) await tx.insert(t.planTopics).values(topics.map((r) => ({ ...r, planId: id })));
    if (forms.length) await tx.insert(t.planForms).values(forms.map((r) => ({ ...r, planId: id })));
    if (duties.length)
      await tx.insert(t.planResponsibilities).values(duties.map(({ id: _d, ...r }) => ({ ...r, planId: id })));
    const newTargets =
      given ??
      targets.map((r) => ({
        formCode: r.formCode,
        organisationCode: r.organisationCode,
        periodStart: shiftYear(r.periodStart, shift),
        periodEnd: shiftYear(r.periodEnd, shift),
        quantity: r.quantity,
      }));
    if (newTargets.length)
      await tx
        .insert(t.planTargets)
        .values(newTargets.map((r) => ({ ...r, planId: id, createdBy: actor.name, updatedBy: actor.name })));
    await recordAudit(tx, actor, {
      operation: "copyPlan",
      entity: "plan",
      entityId: id,
      after: {
        copiedFrom: { id: source.id, number: source.number },
        number,
        year,
        issuedOn: args.issuedOn,
        titleVi: plan!.titleVi,
        topics: topics.map((r) => r.topicCode),
        forms: forms.map((r) => r.formCode),
        responsibilities: duties.length,
        targets: [...newTargets].sort(byCell).map(shown),
      },
    });
    return plan!;
  });
}
