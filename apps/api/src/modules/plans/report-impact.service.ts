import {
  type AggregationRule,
  ImpactInputError,
  type PanelRow,
  rankIf,
  refusalVerdict,
  smallestDelta,
  synthVerdict,
  syntheticControl,
  type UnitComponents,
  type Verdict,
} from "@cchc/analytics";
import { type SQL, sql, unitsDay } from "@cchc/db";
import type { ReportImpact, ReportTarget } from "@cchc/report";

/**
 * The report's impact figures (#18): the synthetic-control verdict of every
 * top-level component of IMPACT_INDEX linked (topic_component_links) to the
 * plan's topics or their sub-topics, treated from the plan's year and compared
 * with all provinces; and the smallest rise reaching the top TARGET_RANK in
 * the subject's latest year. The data come in one JSON column of the report's
 * own statement (impactPanelColumn), the methods from @cchc/analytics.
 */
export const IMPACT_INDEX = "PAPI";
/** "nhóm 10 tỉnh dẫn đầu". */
export const TARGET_RANK = 10;

export interface ImpactPanel {
  versions: { code: string; firstYear: number; lastYear: number | null }[];
  /** Linked top-level components, with their scale maximum per methodology version. */
  components: { id: string; name: string; scaleMax: Record<string, number> }[];
  provinces: [code: string, validFrom: string, validTo: string | null][];
  /** Every province's stored values of the index total (component null) and of the linked components. */
  values: [subject: string, component: string | null, year: number, value: number][];
}

/** The panel as one JSON column, for the report's statement that knows the plan and its province (`subject`). */
export function impactPanelColumn(planId: number, subject: SQL): SQL {
  return sql`(WITH linked AS (
      SELECT c.id, c.name_vi, c.sort_order FROM index_components c
      WHERE c.index_code = ${IMPACT_INDEX} AND c.parent_id IS NULL AND EXISTS (
        SELECT 1 FROM topic_component_links l JOIN topics t ON t.code = l.topic_code
        JOIN plan_topics pt ON pt.plan_id = ${planId} AND pt.topic_code IN (t.code, t.parent_code)
        WHERE l.component_id = c.id))
    SELECT json_build_object(
      'versions', (SELECT coalesce(json_agg(json_build_object('code', v.code, 'firstYear', v.first_year,
          'lastYear', v.last_year) ORDER BY v.first_year), '[]') FROM methodology_versions v WHERE v.index_code = ${IMPACT_INDEX}),
      'components', (SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name_vi,
          'scaleMax', (SELECT json_object_agg(cv.version_code, cv.scale_max::float8) FROM component_versions cv
                       WHERE cv.component_id = c.id)) ORDER BY c.sort_order, c.id), '[]') FROM linked c),
      'provinces', (SELECT coalesce(json_agg(json_build_array(p.code, p.valid_from::text, p.valid_to::text)), '[]')
          FROM provinces p),
      'values', (SELECT coalesce(json_agg(json_build_array(v.subject_code, v.component_id, v.year, v.value::float8)), '[]')
          FROM index_values v JOIN subjects s ON s.code = v.subject_code AND s.kind = 'province'
          WHERE v.index_code = ${IMPACT_INDEX} AND v.value IS NOT NULL
            AND (v.component_id IS NULL OR v.component_id IN (SELECT id FROM linked))))
    WHERE ${subject} IS NOT NULL)`;
}

/** Provinces valid on the year's units day (unitsDay: the one definition of which units a survey year ranks). */
const unitsOf = (panel: ImpactPanel, year: number) => {
  const day = unitsDay(year);
  return [...panel.provinces.filter(([, from, to]) => from <= day && (to === null || to >= day)).map(([c]) => c)]
    .sort()
    .join(",");
};

/**
 * The years compared: the methodology version in force in the plan's year
 * (never across a change), up to the last stored year that ranks the same
 * provinces as the plan's year (the 2025 merger ends a window).
 */
function windowOf(panel: ImpactPanel, year: number): { from: number; to: number; units: Set<string> } | null {
  const version = panel.versions.find((v) => v.firstYear <= year && (v.lastYear === null || year <= v.lastYear));
  if (!version) return null;
  const stored = [...new Set(panel.values.map(([, , y]) => y))].sort((a, b) => a - b);
  const units = unitsOf(panel, year);
  let to = year;
  for (const y of stored)
    if (y > year && (version.lastYear === null || y <= version.lastYear) && unitsOf(panel, y) === units) to = y;
    else if (y > year) break;
  return { from: version.firstYear, to, units: new Set(units.split(",")) };
}

/** A refusal's weakest point is the method's English message for analysts: the report keeps its Vietnamese text only. */
const reportVerdict = (component: string, v: Verdict, refused = false) => ({
  component,
  text: v.text,
  weakestPoint: refused ? null : v.weakestPoint,
});

/** Each linked component's verdict; a refusal (too few years, a break, missing data) gives the verdict's own text. */
export function impactOf(panel: ImpactPanel, subject: string, year: number): ReportImpact {
  const window = windowOf(panel, year);
  const breaks = panel.versions.slice(1).map((v) => v.firstYear);
  let assumptions: string[] = [];
  const verdicts = panel.components.map((c) => {
    if (!window)
      return reportVerdict(
        c.name,
        refusalVerdict(new ImpactInputError("too_few_pre", `no ${IMPACT_INDEX} methodology version covers ${year}`)),
        true,
      );
    const rows: PanelRow[] = panel.values.flatMap(([unit, component, time, value]) =>
      component === c.id && window.units.has(unit) && time >= window.from && time <= window.to
        ? [{ unit, time, value }]
        : [],
    );
    try {
      const v = synthVerdict(
        syntheticControl(rows, { treated: subject, treatedFrom: year, from: window.from, to: window.to, breaks }),
      );
      assumptions = v.assumptions;
      return reportVerdict(c.name, v);
    } catch (e) {
      if (e instanceof ImpactInputError) return reportVerdict(c.name, refusalVerdict(e), true);
      throw e;
    }
  });
  return {
    indexName: IMPACT_INDEX,
    treatedFrom: year,
    window: window && { from: window.from, to: window.to },
    verdicts,
    assumptions,
  };
}

/**
 * The subject's latest year with a stored total, ranked against every
 * province's stored total that year (the figures `ranking` ranks), and the
 * smallest rise reaching TARGET_RANK: for the whole total, and for each linked
 * component alone up to its scale maximum. PAPI's total is the unweighted sum
 * of its dimensions, so +Δ on a dimension is +Δ on the total.
 */
export function targetOf(panel: ImpactPanel, subject: string): ReportTarget | null {
  const years = panel.values.filter(([s, c]) => s === subject && c === null).map(([, , y]) => y);
  if (years.length === 0) return null;
  const year = Math.max(...years);
  const table: UnitComponents[] = panel.values
    .filter(([, c, y]) => c === null && y === year)
    .map(([unit, , , total]) => ({ unit, components: { total } }));
  const rule: AggregationRule = { kind: "sum" };
  const now = rankIf(table, rule, subject);
  const version = panel.versions.find((v) => v.firstYear <= year && (v.lastYear === null || year <= v.lastYear));
  const own = new Map(
    panel.values.filter(([s, c, y]) => s === subject && c !== null && y === year).map(([, c, , v]) => [c!, v]),
  );
  return {
    indexName: IMPACT_INDEX,
    year,
    total: now.total,
    rank: now.rank,
    outOf: now.of,
    targetRank: TARGET_RANK,
    totalDelta: smallestDelta(table, rule, subject, "total", TARGET_RANK).delta ?? 0,
    // A component without a stored value or scale that year is left out: a missing value is never zero.
    components: panel.components.flatMap((c) => {
      const value = own.get(c.id);
      const scaleMax = version ? c.scaleMax[version.code] : undefined;
      if (value === undefined || scaleMax === undefined) return [];
      const r = smallestDelta(table, rule, subject, "total", TARGET_RANK, now.total + (scaleMax - value));
      return [{ name: c.name, value, scaleMax, delta: r.delta }];
    }),
  };
}
