import { asc, type Db, desc, eq, queryRows, sql, tables as t } from "@cchc/db";
import { badInput, isSerialId } from "../../errors";

export function listPlans(db: Db) {
  return db.select().from(t.plans).orderBy(desc(t.plans.year), desc(t.plans.issuedOn));
}

export async function findPlan(db: Db, by: { id?: string | null; number?: string | null }) {
  if (!by.id === !by.number) throw badInput("give exactly one of id or number", "id");
  const id = by.id ? Number(by.id) : null;
  if (id !== null && !isSerialId(id)) throw badInput(`plan id must be an integer, got "${by.id}"`, "id");
  const [row] = await db
    .select()
    .from(t.plans)
    .where(id !== null ? eq(t.plans.id, id) : eq(t.plans.number, by.number!));
  return row ?? null;
}

export const listForms = (db: Db) => db.select().from(t.forms).orderBy(asc(t.forms.sortOrder));
export const listTopics = (db: Db) => db.select().from(t.topics).orderBy(asc(t.topics.sortOrder));

/**
 * A plan's units as (plan_id, code) rows: every unit under the issuing
 * Department at any depth (Bộ phận một cửa sits under Văn phòng Sở), and any
 * other unit that has recorded activities under the plan. Monitoring, the
 * targets grid, the report and target validation all read this one relation,
 * so a unit with activities is never left out and per-unit lines add up to
 * the plan's total.
 */
export const planUnitPairs = (planIds: readonly number[]) => sql`
  WITH RECURSIVE tree(plan_id, code) AS (
    SELECT p.id, o.code FROM plans p JOIN organisations o ON o.parent_code = p.issuer_code WHERE p.id IN ${[...planIds]}
    UNION
    SELECT tree.plan_id, o.code FROM tree JOIN organisations o ON o.parent_code = tree.code
  )
  SELECT plan_id, code FROM tree
  UNION
  SELECT plan_id, organisation_code FROM activities WHERE plan_id IN ${[...planIds]}`;

/** Codes of one plan's units (see planUnitPairs), in the organisation chart's order. */
export async function planUnitCodes(db: Db, planId: number): Promise<string[]> {
  const rows = await queryRows<{ code: string }>(
    db,
    sql`SELECT u.code FROM (${planUnitPairs([planId])}) u JOIN organisations o ON o.code = u.code ORDER BY o.sort_order, o.code`,
  );
  return rows.map((r) => r.code);
}
