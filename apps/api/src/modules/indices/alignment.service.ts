import { spearman } from "@cchc/analytics";
import { type Db, queryRows, sql } from "@cchc/db";
import { badInput } from "../../errors";
import { readFresh, ROLLUPS_FRESH } from "../activities/activity-rollup";
import type { AlignmentRow } from "../../mappers";
import { MERGER_YEARS } from "../geo/eras.service";
import { MEASURES_JOIN } from "./measures";

/** Plain Vietnamese for the result, on the evidence ladder's first rung: alignment, never cause. */
export function interpret(rho: number | null, n: number, insufficient: boolean): string {
  if (rho === null || insufficient) return `Mới có ${n} cặp năm: chưa đủ để phân biệt với dao động thông thường.`;
  const strength = Math.abs(rho) >= 0.7 ? "khá chặt" : Math.abs(rho) >= 0.4 ? "vừa phải" : "yếu";
  const direction = rho > 0 ? "cùng chiều" : "ngược chiều";
  return `Tương quan ${direction}, mức ${strength} (ρ = ${rho.toFixed(2).replace(".", ",")}, ${n} cặp năm): kết quả phù hợp với việc hai chuỗi cùng biến động, không cho phép kết luận hoạt động tuyên truyền gây ra thay đổi của chỉ số.`;
}

/**
 * Activity dose per year on the topic set and the linked components'
 * within-year z-scores for the subject (stored, measures.ts) — two statements — then Spearman's ρ
 * between dose in Y and the mean z-change in Y + lag.
 */
export async function alignment(
  db: Db,
  args: { subject: string; topic?: string | null; component?: string | null; lagYears?: number | null },
): Promise<AlignmentRow> {
  const lag = args.lagYears ?? 0;
  if (!args.topic && !args.component) throw badInput("give a topic, a component, or both", "topic");
  if (lag < 0 || lag > 3)
    throw badInput(
      `lagYears must be 0–3, got ${lag}: results of year Y are surveyed during Y and published in Y + 1`,
      "lagYears",
    );
  const [sets] = await queryRows<{ topics: string[] | null; components: string[] | null; mergerYears: number[] }>(
    db,
    sql`
      WITH t AS (
        SELECT code FROM topics WHERE ${args.topic ?? null}::text IS NOT NULL AND (code = ${args.topic ?? null} OR parent_code = ${args.topic ?? null})
        UNION SELECT topic_code FROM topic_component_links WHERE ${args.topic ?? null}::text IS NULL AND component_id = ${args.component ?? null}
      ), c AS (
        SELECT id FROM index_components WHERE id = ${args.component ?? null}
        UNION SELECT component_id FROM topic_component_links WHERE ${args.component ?? null}::text IS NULL AND topic_code IN (SELECT code FROM t)
      )
      SELECT (SELECT array_agg(code ORDER BY code) FROM t) AS topics, (SELECT array_agg(id ORDER BY id) FROM c) AS components,
        ${MERGER_YEARS} AS "mergerYears"`,
  );
  const topics = sets?.topics ?? [];
  const components = sets?.components ?? [];
  if (args.topic && topics.length === 0) throw badInput(`unknown topic ${args.topic}`, "topic");
  if (args.component && !components.includes(args.component))
    throw badInput(`unknown component ${args.component}`, "component");
  const [doseRows, zs] = await Promise.all([
    // Every year in which the subject's units logged any activity, with the dose on the topic set (0 is a
    // real zero there): a sum over the yearly topic-set rollup, each activity once however many of its topics match.
    // The rollup's freshness checked by the same statement (readFresh): one statement in the steady state.
    // `fresh` is left joined, so a subject without activities still gets its one row, without a year: dropped.
    readFresh(db, () =>
      queryRows<{ year: number | null; dose: number; fresh: boolean | null }>(
        db,
        sql`
        WITH units AS (
          SELECT o.code FROM organisations o JOIN subjects s ON s.code = ${args.subject}
            AND (s.province_code = o.province_code OR s.organisation_code = o.code OR o.parent_code = s.organisation_code)
        ), fresh AS MATERIALIZED (SELECT ${ROLLUPS_FRESH} AS ok)
        SELECT d.year, d.dose, fresh.ok AS fresh
        FROM fresh LEFT JOIN (
          SELECT r.year::int AS year, coalesce(sum(r.n) FILTER (WHERE r.topics && ${sql.param(topics)}::text[]), 0)::int AS dose
          FROM activity_dose_rollup r
          WHERE r.organisation_code IN (SELECT code FROM units)
          GROUP BY 1) d ON true`,
      ),
    ).then((rows) => rows.flatMap(({ year, dose }) => (year === null ? [] : [{ year, dose }]))),
    queryRows<{ componentId: string; year: number; value: number; zScore: number | null; zChange: number | null }>(
      db,
      sql`
      WITH z AS (
        SELECT v.component_id, v.year, v.value::float8 AS value, vs.z_score AS z
        FROM index_values v
        ${MEASURES_JOIN}
        WHERE v.subject_code = ${args.subject} AND v.component_id = ANY(${sql.param(components)}::text[]) AND v.value IS NOT NULL
      ), changes AS (
        -- The change from the year before, when there is one (lag over the subject's own years, not a
        -- self-join: joining the CTE to itself ran as a nested loop, seconds on a full panel).
        SELECT z.*, CASE WHEN lag(z.year) OVER s = z.year - 1 THEN z.z - lag(z.z) OVER s END AS z_change
        FROM z
        WINDOW s AS (PARTITION BY z.component_id ORDER BY z.year)
      )
      SELECT component_id AS "componentId", year, value, z AS "zScore", z_change AS "zChange"
      FROM changes
      ORDER BY year, component_id`,
    ),
  ]);
  // A z-score ranks the subject among the units of its year: across a merger (63 → 34 in 2025) the
  // change would compare standings in two different sets of units, so it is not taken.
  const mergerYears = new Set(sets?.mergerYears ?? []);
  const dose = new Map(doseRows.map((r) => [r.year, r.dose]));
  const yearsSeen = [...new Set([...dose.keys(), ...zs.map((z) => z.year)])].sort((a, b) => a - b);
  const years = yearsSeen.map((year) => {
    const comps = zs
      .filter((z) => z.year === year)
      .map(({ componentId, value, zScore, zChange }) => ({
        componentId,
        value,
        zScore,
        zChange: mergerYears.has(year) ? null : zChange,
      }));
    const changes = comps.flatMap((c) => (c.zChange === null ? [] : [c.zChange]));
    return {
      year,
      dose: dose.get(year) ?? 0,
      doseObserved: dose.has(year),
      components: comps,
      meanZChange: changes.length ? changes.reduce((a, b) => a + b, 0) / changes.length : null,
    };
  });
  const byYear = new Map(years.map((y) => [y.year, y]));
  // Only years the log covers are dose observations: in a year with no record at all, zero is unknown, not none.
  const pairs = years.flatMap((y) => {
    const outcome = byYear.get(y.year + lag)?.meanZChange;
    return y.doseObserved && outcome != null ? [[y.dose, outcome] as const] : [];
  });
  const r = spearman(pairs);
  return {
    subjectCode: args.subject,
    topicCodes: topics,
    componentIds: components,
    lagYears: lag,
    years,
    spearman: r.rho,
    n: r.n,
    insufficientData: r.insufficientData,
    interpretation: interpret(r.rho, r.n, r.insufficientData),
  };
}
