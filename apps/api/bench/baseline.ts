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
 * here too. Ranks, means and z-scores come from the same stored statistics
 * (migration 0014) the API reads.
 */
export const BASELINE: Record<string, (db: Db) => Promise<unknown>> = {
  ranking: async (db) => {
    const rows = await queryRows<Record<string, unknown>>(
      db,
      sql`
      SELECT v.subject_code AS code, p.name_vi AS "nameVi", r.name_vi AS region, v.value::float8 AS value, v.published_rank AS "publishedRank",
             v.status::text AS status, vs.rank, st.n AS "outOf", st.mean, st.min, st.max, st.median
      FROM index_values v
      LEFT JOIN index_value_stats vs ON vs.value_id = v.id
      LEFT JOIN index_stats st ON st.index_code = v.index_code AND st.component_key = '' AND st.year = v.year AND st.version_code = v.version_code
      JOIN provinces p ON p.code = v.subject_code JOIN regions r ON r.code = p.region_code
      WHERE v.index_code = 'PAPI' AND v.year = 2023 AND v.component_id IS NULL
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
      SELECT f.index_code AS "indexCode", f.component_id AS "componentId", c.name_vi AS "nameVi", f.value, f.rank, f.out_of AS "outOf",
             f.previous_value AS "previousValue", f.previous_rank AS "previousRank", f.mean AS "nationalMean", f.median AS "nationalMedian",
             f.region_mean AS "regionMean", f.peer_mean AS "peerMean", f.z_score AS "zScore", f.percentile
      FROM index_profile_figures f
      LEFT JOIN index_components c ON c.id = f.component_id
      WHERE f.subject_code = '40' AND f.year = 2024 AND f.parent_key = ''
      ORDER BY f.index_code, f.component_id NULLS FIRST`,
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
      SELECT r.year::int AS year, coalesce(sum(r.n) FILTER (WHERE r.topics && ${sql.param(topics)}::text[]), 0)::int AS dose
      FROM activity_dose_rollup r JOIN organisations o ON o.code = r.organisation_code
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
        SELECT v.component_id, v.year, vs.z_score AS z
        FROM index_values v JOIN index_value_stats vs ON vs.value_id = v.id
        WHERE v.subject_code = '40' AND v.component_id = ANY(${sql.param(sets!.components)}::text[])
      )
      SELECT year, component_id AS "componentId", z AS "zScore",
             CASE WHEN lag(year) OVER s = year - 1 THEN z - lag(z) OVER s END AS "zChange"
      FROM z
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
    const path = new URL(req.url ?? "/", "http://x").pathname.slice(1);
    // The process's CPU time so far (µs): the benchmark reads it around each run (GraphQL's too: same process).
    if (path === "__cpu")
      return res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(process.cpuUsage()));
    const op = BASELINE[path];
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
