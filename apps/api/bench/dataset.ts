import { type Db, queryRows } from "@cchc/db";
import { sql } from "drizzle-orm";

/**
 * The benchmark's generated dataset, written in SQL (a few statements, no row
 * loop): every one of the 63 provinces × 2011–2025 × every component of the
 * methodology version in force that year (and the total), values drawn inside
 * the version's scale; then `activities` rows over 2016–2025 with one or two
 * topics each. Generated figures carry source "bench:generated" — a throw-away
 * benchmark database only, never the product's.
 */
export async function generateDataset(
  db: Db,
  activities: number,
): Promise<{ indexValues: number; activities: number }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT setseed(0.42)`);
    const [values] = await queryRows<{ n: number }>(
      tx as unknown as Db,
      sql`
      WITH provinces63 AS (
        SELECT s.code FROM subjects s JOIN provinces p ON p.code = s.province_code
        WHERE p.valid_from <= '2010-01-01' AND (p.valid_to IS NULL OR p.valid_to >= '2024-12-31')
      ), years AS (SELECT y::smallint AS year FROM generate_series(2011, 2025) y),
      versions AS (
        SELECT i.code AS index_code, y.year,
          coalesce((SELECT m.code FROM methodology_versions m WHERE m.index_code = i.code AND m.first_year <= y.year ORDER BY m.first_year DESC LIMIT 1),
                   (SELECT m.code FROM methodology_versions m WHERE m.index_code = i.code ORDER BY m.first_year LIMIT 1)) AS version_code
        FROM indices i CROSS JOIN years y WHERE i.subject_kind = 'province'
      ), figures AS (
        SELECT v.index_code, v.year, v.version_code, cv.component_id, cv.scale_min::float8 AS lo, cv.scale_max::float8 AS hi
        FROM versions v JOIN component_versions cv ON cv.version_code = v.version_code
        UNION ALL
        SELECT v.index_code, v.year, v.version_code, NULL, m.total_min::float8, m.total_max::float8
        FROM versions v JOIN methodology_versions m ON m.code = v.version_code
      ), ins AS (
        INSERT INTO index_values (subject_code, index_code, component_id, year, version_code, value, status, source_url)
        SELECT p.code, f.index_code, f.component_id, f.year, f.version_code,
               round((f.lo + (f.hi - f.lo) * (0.3 + 0.6 * random()))::numeric, 4), 'published', 'bench:generated'
        FROM figures f CROSS JOIN provinces63 p
        ON CONFLICT ON CONSTRAINT index_values_one_per_year DO NOTHING
        RETURNING 1
      )
      SELECT count(*)::int AS n FROM ins`,
    );
    const [acts] = await queryRows<{ n: number }>(
      tx as unknown as Db,
      sql`
      WITH units AS (SELECT array_agg(code ORDER BY code) AS codes FROM organisations WHERE parent_code IS NOT NULL),
      ins AS (
        INSERT INTO activities (organisation_code, form_code, channel, title, starts_on, ends_on, reach, participants)
        SELECT u.codes[1 + g % array_length(u.codes, 1)], 'F' || (1 + g % 5), 'ngheandost.gov.vn',
               'Tin bài cải cách hành chính số ' || g, d, d + (g % 3), (g * 37) % 5000, CASE WHEN g % 5 = 1 THEN (g * 13) % 300 END
        FROM generate_series(1, ${activities}) g CROSS JOIN units u
        CROSS JOIN LATERAL (SELECT ('2016-01-01'::date + (g % 3650)) AS d) dd
        RETURNING id
      )
      SELECT count(*)::int AS n FROM ins`,
    );
    await tx.execute(sql`
      INSERT INTO activity_topics (activity_id, topic_code)
      SELECT a.id, t.codes[1 + a.id % array_length(t.codes, 1)] FROM activities a, (SELECT array_agg(code ORDER BY code) AS codes FROM topics) t
      WHERE a.title LIKE 'Tin bài cải cách hành chính số %'
      UNION
      SELECT a.id, t.codes[1 + (a.id * 7) % array_length(t.codes, 1)] FROM activities a, (SELECT array_agg(code ORDER BY code) AS codes FROM topics) t
      WHERE a.title LIKE 'Tin bài cải cách hành chính số %' AND a.id % 2 = 0
      ON CONFLICT DO NOTHING`);
    return { indexValues: values!.n, activities: acts!.n };
  });
}
