select "api_tokens"."id", "api_tokens"."name", "api_tokens"."role", "users"."id", "users"."name", "users"."role" from "api_tokens" inner join "users" on "users"."id" = "api_tokens"."user_id" where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null and ("users"."banned" is null or "users"."banned" = $2 or "users"."ban_expires" < now()))


      WITH t AS (
        SELECT code FROM topics WHERE $1::text IS NOT NULL AND (code = $2 OR parent_code = $3)
        UNION SELECT topic_code FROM topic_component_links WHERE $4::text IS NULL AND component_id = $5
      ), c AS (
        SELECT id FROM index_components WHERE id = $6
        UNION SELECT component_id FROM topic_component_links WHERE $7::text IS NULL AND topic_code IN (SELECT code FROM t)
      )
      SELECT (SELECT array_agg(code ORDER BY code) FROM t) AS topics, (SELECT array_agg(id ORDER BY id) FROM c) AS components,
        (SELECT coalesce(array_agg(DISTINCT extract(year FROM x.effective_on)::int
    + CASE WHEN x.effective_on <= make_date(extract(year FROM x.effective_on)::int, 7, 1) THEN 0 ELSE 1 END), '{}')
  FROM province_crosswalk x WHERE x.old_code <> x.new_code) AS "mergerYears"


        WITH units AS (
          SELECT o.code FROM organisations o JOIN subjects s ON s.code = $1
            AND (s.province_code = o.province_code OR s.organisation_code = o.code OR o.parent_code = s.organisation_code)
        ), fresh AS MATERIALIZED (SELECT ((SELECT built_version FROM rollup_state WHERE name = 'activities')
  = (SELECT version FROM data_versions WHERE name = 'activities')) AS ok)
        SELECT d.year, d.dose, fresh.ok AS fresh
        FROM fresh LEFT JOIN (
          SELECT r.year::int AS year, coalesce(sum(r.n) FILTER (WHERE r.topics && $2::text[]), 0)::int AS dose
          FROM activity_dose_rollup r
          WHERE r.organisation_code IN (SELECT code FROM units)
          GROUP BY 1) d ON true


      WITH z AS (
        SELECT v.component_id, v.year, v.value::float8 AS value, vs.z_score AS z
        FROM index_values v
        LEFT JOIN index_value_stats vs ON vs.value_id = v.id
    LEFT JOIN index_stats st ON st.index_code = v.index_code AND st.component_key = coalesce(v.component_id, '')
      AND st.year = v.year AND st.version_code = v.version_code
        WHERE v.subject_code = $1 AND v.component_id = ANY($2::text[]) AND v.value IS NOT NULL
      ), changes AS (
        -- The change from the year before, when there is one (lag over the subject's own years, not a
        -- self-join: joining the CTE to itself ran as a nested loop, seconds on a full panel).
        SELECT z.*, CASE WHEN lag(z.year) OVER s = z.year - 1 THEN z.z - lag(z.z) OVER s END AS z_change
        FROM z
        WINDOW s AS (PARTITION BY z.component_id ORDER BY z.year)
      )
      SELECT component_id AS "componentId", year, value, z AS "zScore", z_change AS "zChange"
      FROM changes
      ORDER BY year, component_id

select "id", "index_code", "parent_id", "code", "name_vi", "name_en", "sort_order" from "index_components" where "index_components"."id" in ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)

select "code", "parent_code", "title_vi", "short_title_vi", "sort_order" from "topics" where "topics"."code" in ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)