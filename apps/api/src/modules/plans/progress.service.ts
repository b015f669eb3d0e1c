import { type Db, queryRows, sql } from "@cchc/db";
import { PROGRESS_RULE, type ProgressCell, summariseProgress } from "@cchc/report";
import { badInput, notFound } from "../../errors";
import type { PlanProgressResultRow } from "../../mappers";
import { findPlan, planUnitPairs } from "./plans.service";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** asOf as given, else today, capped to the plan's year (a past plan is seen at its end). */
export function resolveAsOf(
  year: number,
  asOf: string | null | undefined,
  today = new Date().toISOString().slice(0, 10),
): string {
  if (asOf != null && (!ISO.test(asOf) || Number.isNaN(Date.parse(asOf))))
    throw badInput(`asOf must be a date (YYYY-MM-DD), got "${asOf}"`, "asOf");
  const day = asOf ?? today;
  return day > `${year}-12-31` ? `${year}-12-31` : day;
}

/**
 * Delivered against target per unit and form, in one statement: activities
 * recorded under the plan up to asOf, targets pro-rated by the share of each
 * period elapsed, the plan's topics without activity (sub-topics count for
 * their parent) and the plan's units (planUnitPairs) idle in asOf's quarter. Totals and statuses are
 * computed by @cchc/report, so the rule lives in one place.
 */
export async function planProgress(
  db: Db,
  args: { plan: string; asOf?: string | null },
): Promise<PlanProgressResultRow> {
  const plan = await findPlan(db, { id: args.plan });
  if (!plan) throw notFound(`plan ${args.plan}`);
  const asOf = resolveAsOf(plan.year, args.asOf);
  const [row] = await queryRows<{
    cells: ProgressCell[] | null;
    idleTopics: string[] | null;
    idleUnits: string[] | null;
    formOrder: string[];
    unitOrder: string[];
  }>(
    db,
    sql`
      WITH delivered AS (
        SELECT organisation_code AS unit, form_code AS form, count(*)::int AS delivered
        FROM activities WHERE plan_id = ${plan.id} AND starts_on <= ${asOf}::date GROUP BY 1, 2
      ), targets AS (
        SELECT organisation_code AS unit, form_code AS form, sum(quantity)::int AS target,
          sum(quantity * least(1, greatest(0, (${asOf}::date - period_start + 1)::float8 / (period_end - period_start + 1))))::float8 AS target_to_date
        FROM plan_targets WHERE plan_id = ${plan.id} GROUP BY 1, 2
      ), cells AS (
        SELECT coalesce(d.unit, t.unit) AS unit, coalesce(d.form, t.form) AS form, coalesce(d.delivered, 0) AS delivered, t.target, t.target_to_date AS "targetToDate"
        FROM delivered d FULL JOIN targets t ON t.unit IS NOT DISTINCT FROM d.unit AND t.form = d.form
      ), quarter AS (
        SELECT date_trunc('quarter', ${asOf}::date)::date AS starts
      )
      SELECT
        (SELECT array_agg(code ORDER BY sort_order) FROM forms) AS "formOrder",
        (SELECT array_agg(code ORDER BY sort_order, code) FROM organisations) AS "unitOrder",
        (SELECT json_agg(c ORDER BY o.sort_order NULLS FIRST, o.code NULLS FIRST, f.sort_order)
           FROM cells c LEFT JOIN organisations o ON o.code = c.unit JOIN forms f ON f.code = c.form) AS cells,
        (SELECT array_agg(pt.topic_code ORDER BY pt.sort_order) FROM plan_topics pt
           WHERE pt.plan_id = ${plan.id} AND NOT EXISTS (
             SELECT 1 FROM activity_topics at JOIN activities a ON a.id = at.activity_id JOIN topics tp ON tp.code = at.topic_code
             WHERE a.plan_id = ${plan.id} AND a.starts_on <= ${asOf}::date AND (tp.code = pt.topic_code OR tp.parent_code = pt.topic_code))) AS "idleTopics",
        (SELECT array_agg(o.code ORDER BY o.sort_order, o.code) FROM organisations o
           WHERE o.code IN (SELECT code FROM (${planUnitPairs([plan.id])}) u) AND NOT EXISTS (
             SELECT 1 FROM activities a, quarter q WHERE a.organisation_code = o.code AND a.starts_on BETWEEN q.starts AND ${asOf}::date)) AS "idleUnits"`,
  );
  const summary = summariseProgress(row?.cells ?? []);
  // Totals in the catalogue's order (forms F1…F5, units as the organisation chart lists them).
  const at = (order: string[] = [], code: string | null) => (code === null ? -1 : order.indexOf(code));
  summary.byForm.sort((a, b) => at(row?.formOrder, a.form) - at(row?.formOrder, b.form));
  summary.byUnit.sort((a, b) => at(row?.unitOrder, a.unit) - at(row?.unitOrder, b.unit));
  return {
    plan,
    asOf,
    rule: PROGRESS_RULE,
    ...summary,
    topicCodesWithoutActivity: row?.idleTopics ?? [],
    unitCodesIdleThisQuarter: row?.idleUnits ?? [],
  };
}
