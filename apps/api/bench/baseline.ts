import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { spearman } from "@cchc/analytics";
import { type Db, queryRows, sql } from "@cchc/db";

/**
 * The yardstick for `npm run bench:api`: the same data as the benchmarked
 * GraphQL operations, served by hand-written SQL over bare node:http — no
 * GraphQL parsing or validation, no resolvers, no DataLoader, no token check.
 * Names are joined in SQL rather than loaded. What GraphQL costs on top is
 * the ratio the benchmark reports. Statements the API prepares are prepared
 * here too.
 */
export const BASELINE: Record<string, (db: Db) => Promise<unknown>> = {
  ranking: async (db) => {
    const rows = await queryRows<Record<string, unknown>>(
      db,
      sql`
      WITH v AS (
        SELECT v.subject_code, v.value::float8 AS value, v.published_rank, v.status, i.higher_is_better
        FROM index_values v JOIN indices i ON i.code = v.index_code
        WHERE v.index_code = 'PAPI' AND v.year = 2023 AND v.component_id IS NULL
      )
      SELECT v.subject_code AS code, p.name_vi AS "nameVi", r.name_vi AS region, v.value, v.published_rank AS "publishedRank", v.status::text AS status,
        CASE WHEN v.value IS NOT NULL THEN rank() OVER (PARTITION BY v.value IS NOT NULL ORDER BY CASE WHEN v.higher_is_better THEN -v.value ELSE v.value END) END::int AS rank,
        count(v.value) OVER ()::int AS "outOf", avg(v.value) OVER () AS mean, min(v.value) OVER () AS min, max(v.value) OVER () AS max,
        (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY value) FROM v) AS median
      FROM v JOIN provinces p ON p.code = v.subject_code JOIN regions r ON r.code = p.region_code
      ORDER BY rank NULLS LAST, code`,
      { prepare: true },
    );
    const first = rows[0] ?? {};
    return {
      rows: rows.map(({ mean, min, max, median, ...r }) => r),
      stats: { count: first.outOf, mean: first.mean, median: first.median, min: first.min, max: first.max },
    };
  },

  activityStats: (db) =>
    queryRows(
      db,
      sql`
      SELECT to_char(date_trunc('month', starts_on), 'YYYY-MM') AS period, ARRAY[organisation_code] AS keys, count(*)::int AS count, coalesce(sum(reach), 0)::int AS "reachSum"
      FROM activities GROUP BY date_trunc('month', starts_on), organisation_code ORDER BY 1, 2`,
    ),

  subjectProfile: async (db) => {
    const rows = await queryRows<{
      indexCode: string;
      componentId: string | null;
      nameVi: string | null;
      value: number | null;
      previousValue: number | null;
      rank: number | null;
      previousRank: number | null;
    }>(
      db,
      sql`
      WITH v AS (
        SELECT v.subject_code, v.index_code, v.component_id, coalesce(v.component_id, '') AS component_key, v.year, v.value::float8 AS value,
               v.version_code, i.higher_is_better, p.region_code, (m.province_code IS NOT NULL) AS in_peer
        FROM index_values v JOIN indices i ON i.code = v.index_code
        LEFT JOIN index_components c ON c.id = v.component_id
        LEFT JOIN provinces p ON p.code = v.subject_code
        LEFT JOIN peer_group_members m ON m.province_code = v.subject_code AND m.peer_group_code = 'BAC_TRUNG_BO'
        WHERE v.year IN (2023, 2024) AND c.parent_id IS NULL
      ), fig AS (
        SELECT m.index_code, m.component_id, m.year, m.value, m.version_code,
          CASE WHEN m.value IS NOT NULL THEN 1 + count(*) FILTER (WHERE CASE WHEN m.higher_is_better THEN o.value > m.value ELSE o.value < m.value END) END AS rank,
          CASE WHEN m.value IS NOT NULL THEN 100 * (count(*) FILTER (WHERE CASE WHEN m.higher_is_better THEN o.value <= m.value ELSE o.value >= m.value END))::float8 / count(o.value) END AS percentile,
          count(o.value) AS out_of, avg(o.value) AS mean, stddev_pop(o.value) AS sd,
          avg(o.value) FILTER (WHERE o.region_code IS NOT DISTINCT FROM m.region_code) AS region_mean, avg(o.value) FILTER (WHERE o.in_peer) AS peer_mean,
          percentile_cont(0.5) WITHIN GROUP (ORDER BY o.value) AS median
        FROM v m JOIN v o ON o.index_code = m.index_code AND o.component_key = m.component_key AND o.year = m.year
        WHERE m.subject_code = '40'
        GROUP BY m.index_code, m.component_id, m.year, m.value, m.version_code, m.higher_is_better, m.region_code
      )
      SELECT cur.index_code AS "indexCode", cur.component_id AS "componentId", c.name_vi AS "nameVi", cur.value, cur.rank::int AS rank, cur.out_of::int AS "outOf",
             prev.value AS "previousValue", prev.rank::int AS "previousRank", cur.mean AS "nationalMean", cur.median AS "nationalMedian",
             cur.region_mean AS "regionMean", cur.peer_mean AS "peerMean",
             CASE WHEN cur.out_of > 1 AND cur.sd > 0 THEN (cur.value - cur.mean) / cur.sd END AS "zScore", cur.percentile
      FROM fig cur
      LEFT JOIN fig prev ON prev.index_code = cur.index_code AND prev.component_id IS NOT DISTINCT FROM cur.component_id
        AND prev.year = cur.year - 1 AND prev.version_code = cur.version_code
      LEFT JOIN index_components c ON c.id = cur.component_id
      WHERE cur.year = 2024
      ORDER BY cur.index_code, cur.component_id NULLS FIRST`,
      { prepare: true },
    );
    const byIndex = new Map<string, typeof rows>();
    for (const r of rows) byIndex.set(r.indexCode, [...(byIndex.get(r.indexCode) ?? []), r]);
    return [...byIndex].map(([index, figures]) => {
      const components = figures
        .filter((f) => f.componentId)
        .map((f) => ({
          ...f,
          valueChange: f.value !== null && f.previousValue !== null ? f.value - f.previousValue : null,
        }));
      return {
        index,
        total: figures.find((f) => !f.componentId),
        components,
        drivers: components
          .filter((c) => c.valueChange !== null)
          .sort((a, b) => Math.abs(b.valueChange!) - Math.abs(a.valueChange!)),
      };
    });
  },

  alignment: (db) =>
    alignment(
      db,
      (topics) => sql`
    SELECT extract(year FROM a.starts_on)::int AS year, count(h.activity_id)::int AS dose
    FROM activities a JOIN organisations o ON o.code = a.organisation_code
    LEFT JOIN (SELECT DISTINCT activity_id FROM activity_topics WHERE topic_code = ANY(${sql.param(topics)}::text[])) h ON h.activity_id = a.id
    WHERE o.province_code = '40' GROUP BY 1`,
    ),

  // The same answers from the rollups the API reads (refreshed first, as the API does): what GraphQL itself costs.
  "activityStats.rollup": async (db) => {
    await db.execute(sql`SELECT refresh_activity_rollups()`);
    return queryRows(
      db,
      sql`
      SELECT to_char(start_month, 'YYYY-MM') AS period, ARRAY[organisation_code] AS keys, sum(n)::int AS count, sum(reach)::int AS "reachSum"
      FROM activity_rollup GROUP BY start_month, organisation_code ORDER BY 1, 2`,
    );
  },
  "alignment.rollup": async (db) => {
    await db.execute(sql`SELECT refresh_activity_rollups()`);
    return alignment(
      db,
      (topics) => sql`
      SELECT extract(year FROM r.start_month)::int AS year, coalesce(sum(r.n) FILTER (WHERE r.topics && ${sql.param(topics)}::text[]), 0)::int AS dose
      FROM activity_topic_set_rollup r JOIN organisations o ON o.code = r.organisation_code
      WHERE o.province_code = '40' GROUP BY 1`,
    );
  },
};

async function alignment(db: Db, doseSql: (topics: string[]) => ReturnType<typeof sql>) {
  const [sets] = await queryRows<{ topics: string[]; components: string[] }>(
    db,
    sql`
    SELECT (SELECT array_agg(code ORDER BY code) FROM topics WHERE code = 'N04' OR parent_code = 'N04') AS topics,
           (SELECT array_agg(DISTINCT component_id ORDER BY component_id) FROM topic_component_links WHERE topic_code IN (SELECT code FROM topics WHERE code = 'N04' OR parent_code = 'N04')) AS components`,
  );
  const [dose, zs] = await Promise.all([
    queryRows<{ year: number; dose: number }>(db, doseSql(sets!.topics)),
    queryRows<{ year: number; componentId: string; zScore: number | null; zChange: number | null }>(
      db,
      sql`
      WITH z AS (
        SELECT v.subject_code, v.component_id, v.year, v.value::float8 AS value,
          (v.value::float8 - avg(v.value::float8) OVER w) / nullif(stddev_pop(v.value::float8) OVER w, 0) AS z
        FROM index_values v WHERE v.component_id = ANY(${sql.param(sets!.components)}::text[]) AND v.value IS NOT NULL
        WINDOW w AS (PARTITION BY v.component_id, v.year)
      )
      SELECT year, component_id AS "componentId", z AS "zScore",
             CASE WHEN lag(year) OVER s = year - 1 THEN z - lag(z) OVER s END AS "zChange"
      FROM z WHERE subject_code = '40'
      WINDOW s AS (PARTITION BY component_id ORDER BY year) ORDER BY 1, 2`,
    ),
  ]);
  const years = dose.map((d) => {
    const changes = zs.filter((z) => z.year === d.year && z.zChange !== null).map((z) => z.zChange!);
    return { ...d, meanZChange: changes.length ? changes.reduce((a, b) => a + b, 0) / changes.length : null };
  });
  const meanZ = new Map(years.map((y) => [y.year, y.meanZChange]));
  const pairs = years.flatMap((y) =>
    meanZ.get(y.year + 1) != null ? [[y.dose, meanZ.get(y.year + 1)!] as const] : [],
  );
  return { years, ...spearman(pairs) };
}

/** Serve BASELINE at /<operation> on a free port. */
export async function startBaseline(db: Db): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const op = BASELINE[new URL(req.url ?? "/", "http://x").pathname.slice(1)];
    if (!op) return res.writeHead(404).end();
    try {
      const body = JSON.stringify({ data: await op(db) });
      res.writeHead(200, { "content-type": "application/json" }).end(body);
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
