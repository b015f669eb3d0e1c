import { type Db, eq, queryRows, sql, tables as t } from "@cchc/db";
import {
  buildOrientationReport,
  missingIndex,
  type OrientationReport,
  type ReportIndex,
  type ReportInput,
} from "@cchc/report";
import { badInput, notFound } from "../../errors";
import { type ProfileSources, subjectProfile } from "../indices/profile.service";
import { findPlan, planUnitPairs } from "./plans.service";
import { type ImpactPanel, impactOf, impactPanelColumn, targetOf } from "./report-impact.service";

type ActivityFacts = Pick<ReportInput, "forms" | "topics" | "units" | "notable"> & {
  issuerName: string;
  provinceCode: string | null;
  provinceName: string | null;
  /** The province's indices (PAR INDEX, SIPAS, PAPI, PCI) as the catalogue names and orders them. */
  indices: { code: string; shortName: string; measureUnit: string }[];
  /** The panel for the impact verdicts and the target (null without a province). */
  impact: ImpactPanel | null;
};

/**
 * The plan's year in one statement: activities under the plan by form (with
 * the sum of targets), by plan topic (a parent counts its sub-topics), by
 * each of the plan's units (planUnitPairs, so the lines add up to the total), the five with the widest reach, the indices a province is scored on,
 * and the panel of the components linked to the plan's topics (impactPanelColumn).
 */
async function activityFacts(db: Db, planId: number, year: number): Promise<ActivityFacts> {
  const [row] = await queryRows<ActivityFacts>(
    db,
    sql`
      WITH p AS (SELECT * FROM plans WHERE id = ${planId}),
      a AS (SELECT * FROM activities WHERE plan_id = ${planId} AND extract(year FROM starts_on) = ${year})
      SELECT o.name_vi AS "issuerName", o.province_code AS "provinceCode", pr.name_vi AS "provinceName",
        (SELECT coalesce(json_agg(json_build_object('code', i.code, 'shortName', i.short_name, 'measureUnit', i.measure_unit) ORDER BY i.sort_order), '[]')
          FROM indices i WHERE i.subject_kind = 'province') AS indices,
        (SELECT coalesce(json_agg(json_build_object('code', f.code, 'name', f.short_name_vi,
            'delivered', (SELECT count(*) FROM a WHERE a.form_code = f.code),
            'target', (SELECT sum(quantity) FROM plan_targets pt WHERE pt.plan_id = p.id AND pt.form_code = f.code)) ORDER BY f.sort_order), '[]')
          FROM plan_forms pf JOIN forms f ON f.code = pf.form_code WHERE pf.plan_id = p.id) AS forms,
        (SELECT coalesce(json_agg(json_build_object('code', pt.topic_code, 'title', tp.short_title_vi,
            'count', (SELECT count(DISTINCT a.id) FROM a JOIN activity_topics at ON at.activity_id = a.id JOIN topics x ON x.code = at.topic_code
                      WHERE x.code = pt.topic_code OR x.parent_code = pt.topic_code)) ORDER BY pt.sort_order), '[]')
          FROM plan_topics pt JOIN topics tp ON tp.code = pt.topic_code WHERE pt.plan_id = p.id) AS topics,
        (SELECT coalesce(json_agg(json_build_object('code', u.code, 'name', coalesce(u.short_name_vi, u.name_vi),
            'count', (SELECT count(*) FROM a WHERE a.organisation_code = u.code)) ORDER BY u.sort_order, u.code), '[]')
          FROM organisations u WHERE u.code IN (SELECT code FROM (${planUnitPairs([planId])}) pu)) AS units,
        (SELECT coalesce(json_agg(n), '[]') FROM (
            SELECT a.title, a.starts_on::text AS "startsOn", coalesce(u.short_name_vi, u.name_vi) AS "unitName", coalesce(a.reach, a.participants) AS reach
            FROM a JOIN organisations u ON u.code = a.organisation_code
            ORDER BY coalesce(a.reach, a.participants) DESC NULLS LAST, a.starts_on, a.id LIMIT 5) n) AS notable,
        ${impactPanelColumn(planId, sql`o.province_code`)} AS impact
      FROM p JOIN organisations o ON o.code = p.issuer_code LEFT JOIN provinces pr ON pr.code = o.province_code`,
  );
  return row!;
}

/** Each linked component's topics with the year's activity count and the unit that did most on it. */
async function linkedTopics(db: Db, planId: number, year: number) {
  return queryRows<{ componentId: string; code: string; count: number; leadUnit: string | null }>(
    db,
    sql`
      WITH per_unit AS (
        SELECT at.topic_code, a.organisation_code, count(*)::int AS n
        FROM activities a JOIN activity_topics at ON at.activity_id = a.id
        WHERE a.plan_id = ${planId} AND extract(year FROM a.starts_on) = ${year} GROUP BY 1, 2
      )
      SELECT l.component_id AS "componentId", l.topic_code AS code, coalesce(sum(pu.n), 0)::int AS count,
        (SELECT coalesce(o.short_name_vi, o.name_vi) FROM per_unit x JOIN organisations o ON o.code = x.organisation_code
          WHERE x.topic_code = l.topic_code ORDER BY x.n DESC, o.sort_order LIMIT 1) AS "leadUnit"
      FROM topic_component_links l LEFT JOIN per_unit pu ON pu.topic_code = l.topic_code
      GROUP BY l.component_id, l.topic_code ORDER BY 1, 2`,
  );
}

export type OrientationReportResult = OrientationReport & {
  signatureAuthority: string;
  signatureTitle: string;
  proposedTargets: { formCode: string; quantity: number }[];
  /** Which plan and year, for the saved edits (OrientationReport.edits, read only when asked for). */
  planId: number;
  year: number;
};

/**
 * The report's input from the same services as the dashboard (the subject
 * profile for the indices), then the content from @cchc/report.
 */
export async function orientationReportInput(
  db: Db,
  args: { plan: string; year?: number | null },
  sources: ProfileSources = {},
): Promise<ReportInput> {
  const plan = await findPlan(db, { id: args.plan });
  if (!plan) throw notFound(`plan ${args.plan}`);
  const year = args.year ?? plan.year;
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput(`year must be between 2000 and 2100, got ${year}`, "year");
  const facts = await activityFacts(db, plan.id, year);
  const subject = facts.provinceCode;
  const [profile, links, components] = await Promise.all([
    subject ? subjectProfile(db, { subject, year }, sources) : Promise.resolve(null),
    linkedTopics(db, plan.id, year),
    db.select({ id: t.indexComponents.id, nameVi: t.indexComponents.nameVi }).from(t.indexComponents),
  ]);
  const reported = facts.indices;
  const [peer] = profile?.peerGroupCode
    ? await db.select().from(t.peerGroups).where(eq(t.peerGroups.code, profile.peerGroupCode))
    : [];
  const name = new Map(components.map((c) => [c.id, c.nameVi]));
  const indices: ReportIndex[] = reported.map(({ code, shortName, measureUnit }) => {
    const p = profile?.indices.find((i) => i.indexCode === code);
    const f = p?.total;
    if (!f || (f.value === null && f.publishedRank === null && f.rank === null && f.status === "published"))
      return missingIndex(shortName, measureUnit);
    const rank = f.publishedRank ?? f.rank;
    return {
      shortName,
      measureUnit,
      status: f.status,
      value: f.value,
      rank,
      outOf: f.publishedRank !== null ? f.publishedOutOf : f.outOf,
      rankChange: f.publishedRankChange ?? f.rankChange,
      valueChange: f.valueChange,
      peerMean: f.peerMean,
      movers: p.drivers.flatMap((d) =>
        d.componentId && d.valueChange !== null
          ? [{ name: name.get(d.componentId) ?? d.componentId, valueChange: d.valueChange }]
          : [],
      ),
    };
  });
  const shortOf = new Map(reported.map((i) => [i.code, i.shortName]));
  const topicsOf = new Map<string, typeof links>();
  for (const l of links) topicsOf.set(l.componentId, [...(topicsOf.get(l.componentId) ?? []), l]);
  return {
    plan: {
      number: plan.number,
      titleVi: plan.titleVi,
      year: plan.year,
      issuerName: facts.issuerName,
      issuerParentName: facts.provinceName ? `UBND tỉnh ${facts.provinceName}` : null,
      issuedPlace: plan.issuedPlace,
      signedBy: plan.signedBy,
      recipients: plan.recipients,
    },
    subjectName: facts.provinceName ?? facts.issuerName,
    year,
    forms: facts.forms.map((f) => ({
      ...f,
      delivered: Number(f.delivered),
      target: f.target === null ? null : Number(f.target),
    })),
    topics: facts.topics,
    units: facts.units,
    notable: facts.notable,
    indices,
    components: (profile?.indices ?? []).flatMap((i) =>
      i.components.flatMap((c) =>
        c.componentId
          ? [
              {
                indexName: shortOf.get(i.indexCode) ?? i.indexCode,
                name: name.get(c.componentId) ?? c.componentId,
                value: c.value,
                valueChange: c.valueChange,
                peerMean: c.peerMean,
                topics: (topicsOf.get(c.componentId) ?? []).map(({ code, count, leadUnit }) => ({
                  code,
                  count,
                  leadUnit,
                })),
              },
            ]
          : [],
      ),
    ),
    peerGroupName: peer?.nameVi ?? null,
    ...(subject && facts.impact
      ? { impact: impactOf(facts.impact, subject, year), target: targetOf(facts.impact, subject) }
      : {}),
  };
}

export async function orientationReport(
  db: Db,
  args: { plan: string; year?: number | null },
  sources: ProfileSources = {},
): Promise<OrientationReportResult> {
  const input = await orientationReportInput(db, args, sources);
  const report = buildOrientationReport(input);
  return {
    planId: Number(args.plan),
    year: input.year,
    ...report,
    signatureAuthority: report.signature.authority,
    signatureTitle: report.signature.title,
    proposedTargets: report.proposals.map((p) => ({ formCode: p.form, quantity: p.quantity })),
  };
}
