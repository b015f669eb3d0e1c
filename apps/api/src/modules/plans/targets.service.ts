import { asc, type Db, eq, tables as t } from "@cchc/db";
import { badInput, notFound } from "../../errors";
import type { PlanTargetInput } from "../../generated/resolvers-types";
import { findPlan } from "./plans.service";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export const planTargets = (db: Db, planId: number) =>
  db
    .select()
    .from(t.planTargets)
    .where(eq(t.planTargets.planId, planId))
    .orderBy(asc(t.planTargets.formCode), asc(t.planTargets.organisationCode), asc(t.planTargets.periodStart));

/** Checks every target against the plan's year, forms and units; the error names the row (1-based) and field. */
async function validTargets(
  db: Db | Tx,
  plan: { year: number; issuerCode: string },
  targets: readonly PlanTargetInput[],
) {
  const [forms, units] = await Promise.all([
    db.select({ code: t.forms.code }).from(t.forms),
    db
      .select({ code: t.organisations.code })
      .from(t.organisations)
      .where(eq(t.organisations.parentCode, plan.issuerCode)),
  ]);
  const formSet = new Set(forms.map((f) => f.code));
  const unitSet = new Set(units.map((u) => u.code));
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

/** Replaces a plan's targets in one transaction: all rows valid, or nothing changes. */
export async function setPlanTargets(db: Db, planId: string, targets: readonly PlanTargetInput[], by: string) {
  const plan = await findPlan(db, { id: planId });
  if (!plan) throw notFound(`plan ${planId}`);
  const rows = await validTargets(db, plan, targets);
  await db.transaction(async (tx) => {
    await tx.delete(t.planTargets).where(eq(t.planTargets.planId, plan.id));
    if (rows.length)
      await tx.insert(t.planTargets).values(rows.map((r) => ({ ...r, planId: plan.id, createdBy: by, updatedBy: by })));
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
  by: string,
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
  const given = args.targets ? await validTargets(db, { year, issuerCode: source.issuerCode }, args.targets) : null;
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
        createdBy: by,
        updatedBy: by,
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
        .values(newTargets.map((r) => ({ ...r, planId: id, createdBy: by, updatedBy: by })));
    return plan!;
  });
}
