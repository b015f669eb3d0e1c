import { type Db, queryRows, sql } from "@cchc/db";
import type { PlanDocumentInput } from "@cchc/report";
import { notFound } from "../../errors";
import { findPlan } from "./plans.service";

/** Everything the plan's DOCX needs, in one statement. */
export async function planDocumentInput(db: Db, id: string): Promise<PlanDocumentInput> {
  const plan = await findPlan(db, { id });
  if (!plan) throw notFound(`plan ${id}`);
  const [row] = await queryRows<
    Pick<PlanDocumentInput, "issuerName" | "issuerParentName" | "topics" | "forms" | "targets" | "responsibilities">
  >(
    db,
    sql`
      SELECT o.name_vi AS "issuerName", CASE WHEN pr.name_vi IS NULL THEN NULL ELSE 'UBND tỉnh ' || pr.name_vi END AS "issuerParentName",
        (SELECT coalesce(json_agg(json_build_object('code', pt.topic_code, 'parentCode', t.parent_code, 'textVi', pt.text_vi) ORDER BY pt.sort_order), '[]')
           FROM plan_topics pt JOIN topics t ON t.code = pt.topic_code WHERE pt.plan_id = ${plan.id}) AS topics,
        (SELECT coalesce(json_agg(json_build_object('code', pf.form_code, 'name', f.short_name_vi, 'descriptionVi', pf.description_vi) ORDER BY pf.sort_order), '[]')
           FROM plan_forms pf JOIN forms f ON f.code = pf.form_code WHERE pf.plan_id = ${plan.id}) AS forms,
        (SELECT coalesce(json_agg(json_build_object('formName', f.short_name_vi, 'unitName', coalesce(u.short_name_vi, u.name_vi), 'periodStart', pt.period_start, 'periodEnd', pt.period_end, 'quantity', pt.quantity)
             ORDER BY f.sort_order, u.sort_order NULLS FIRST, pt.period_start), '[]')
           FROM plan_targets pt JOIN forms f ON f.code = pt.form_code LEFT JOIN organisations u ON u.code = pt.organisation_code WHERE pt.plan_id = ${plan.id}) AS targets,
        (SELECT coalesce(json_agg(json_build_object('unitName', u.name_vi, 'dutyVi', r.duty_vi) ORDER BY r.sort_order), '[]')
           FROM plan_responsibilities r LEFT JOIN organisations u ON u.code = r.organisation_code WHERE r.plan_id = ${plan.id}) AS responsibilities
      FROM organisations o LEFT JOIN provinces pr ON pr.code = o.province_code WHERE o.code = ${plan.issuerCode}`,
  );
  return {
    number: plan.number,
    titleVi: plan.titleVi,
    year: plan.year,
    issuedPlace: plan.issuedPlace,
    implementsText: plan.implementsText,
    purposes: plan.purposes,
    requirements: plan.requirements,
    audience: plan.audience,
    signedBy: plan.signedBy,
    recipients: plan.recipients,
    ...row!,
  };
}
