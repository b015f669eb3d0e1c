select "api_tokens"."id", "api_tokens"."name", "api_tokens"."role", "users"."id", "users"."name", "users"."role" from "api_tokens" inner join "users" on "users"."id" = "api_tokens"."user_id" where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null and ("users"."banned" is null or "users"."banned" = $2 or "users"."ban_expires" < now()))

select "id", "number", "title_vi", "issuer_code", "issued_on", "issued_place", "year", "parent_plan_id", "implements_text", "purposes", "requirements", "audience", "signed_by", "recipients", "source_note", "created_at", "updated_at", "created_by", "updated_by" from "plans" where "plans"."id" = $1


      WITH p AS (SELECT * FROM plans WHERE id = $1),
      a AS (SELECT * FROM activities WHERE plan_id = $2 AND extract(year FROM starts_on) = $3)
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
          FROM organisations u WHERE u.code IN (SELECT code FROM (
  WITH RECURSIVE tree(plan_id, code) AS (
    SELECT p.id, o.code FROM plans p JOIN organisations o ON o.parent_code = p.issuer_code WHERE p.id IN ($4)
    UNION
    SELECT tree.plan_id, o.code FROM tree JOIN organisations o ON o.parent_code = tree.code
  )
  SELECT plan_id, code FROM tree
  UNION
  SELECT plan_id, organisation_code FROM activities WHERE plan_id IN ($5)) pu)) AS units,
        (SELECT coalesce(json_agg(n), '[]') FROM (
            SELECT a.title, a.starts_on::text AS "startsOn", coalesce(u.short_name_vi, u.name_vi) AS "unitName", coalesce(a.reach, a.participants) AS reach
            FROM a JOIN organisations u ON u.code = a.organisation_code
            ORDER BY coalesce(a.reach, a.participants) DESC NULLS LAST, a.starts_on, a.id LIMIT 5) n) AS notable,
        (WITH linked AS (
      SELECT c.id, c.name_vi, c.sort_order FROM index_components c
      WHERE c.index_code = $6 AND c.parent_id IS NULL AND EXISTS (
        SELECT 1 FROM topic_component_links l JOIN topics t ON t.code = l.topic_code
        JOIN plan_topics pt ON pt.plan_id = $7 AND pt.topic_code IN (t.code, t.parent_code)
        WHERE l.component_id = c.id))
    SELECT json_build_object(
      'versions', (SELECT coalesce(json_agg(json_build_object('code', v.code, 'firstYear', v.first_year,
          'lastYear', v.last_year) ORDER BY v.first_year), '[]') FROM methodology_versions v WHERE v.index_code = $8),
      'components', (SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name_vi,
          'scaleMax', (SELECT json_object_agg(cv.version_code, cv.scale_max::float8) FROM component_versions cv
                       WHERE cv.component_id = c.id)) ORDER BY c.sort_order, c.id), '[]') FROM linked c),
      'provinces', (SELECT coalesce(json_agg(json_build_array(p.code, p.valid_from::text, p.valid_to::text)), '[]')
          FROM provinces p),
      'values', (SELECT coalesce(json_agg(json_build_array(v.subject_code, v.component_id, v.year, v.value::float8)), '[]')
          FROM index_values v JOIN subjects s ON s.code = v.subject_code AND s.kind = 'province'
          WHERE v.index_code = $9 AND v.value IS NOT NULL
            AND (v.component_id IS NULL OR v.component_id IN (SELECT id FROM linked))))
    WHERE o.province_code IS NOT NULL) AS impact
      FROM p JOIN organisations o ON o.code = p.issuer_code LEFT JOIN provinces pr ON pr.code = o.province_code


  WITH ctx AS MATERIALIZED (
    SELECT (SELECT version::float8 FROM data_versions WHERE name = 'subjects') AS subjects_version, (SELECT version::float8 FROM data_versions WHERE name = 'catalogue') AS catalogue_version,
           nullif(coalesce($1::text,
             (SELECT f.peer_group_code FROM index_profile_figures f WHERE f.subject_code = $2 AND f.year = $3 LIMIT 1),
             peer_group_of($4::text, $5::int)), '') AS peer,
           EXISTS (SELECT 1 FROM province_crosswalk x
  WHERE x.old_code <> x.new_code AND x.effective_on > $6::date AND x.effective_on <= $7::date) AS merger_break
  )
  SELECT CASE WHEN row_number() OVER () = 1 THEN ctx.subjects_version END AS "subjectsVersion", CASE WHEN row_number() OVER () = 1 THEN ctx.catalogue_version END AS "catalogueVersion", CASE WHEN row_number() OVER () = 1 THEN ctx.peer END AS "peerGroupCode", CASE WHEN row_number() OVER () = 1 THEN ctx.merger_break END AS "mergerBreak", f.index_code AS "indexCode", f.component_id AS "componentId", f.value AS "value", f.rank AS "rank", f.out_of AS "outOf", f.published_rank AS "publishedRank", f.published_out_of AS "publishedOutOf", f.status AS "status", f.version_code AS "versionCode", f.previous_value AS "previousValue", f.previous_rank AS "previousRank", f.previous_published_rank AS "previousPublishedRank", f.previous_version AS "previousVersion", f.previous_percentile AS "previousPercentile", f.mean AS "nationalMean", f.median AS "nationalMedian", f.best AS "nationalBest", f.region_mean AS "regionMean", CASE WHEN f.peer_group_code = coalesce(ctx.peer, '') THEN f.peer_mean
                     ELSE (SELECT g.mean FROM index_group_stats g
      WHERE g.index_code = f.index_code AND g.component_key = f.component_key AND g.year = f.year
        AND g.version_code = f.version_code AND g.group_kind = 'peer' AND g.group_code = ctx.peer) END AS "peerMean", f.z_score AS "zScore", f.percentile AS "percentile"
  FROM ctx
  LEFT JOIN index_profile_figures f
    ON f.subject_code = $8 AND f.year = $9
   AND f.parent_key IN ('', coalesce($10::text, ''))
   AND (f.component_id IS NULL OR f.parent_key = coalesce($11::text, ''))
   AND ($12::text IS NULL OR f.index_code = (SELECT index_code FROM index_components WHERE id = $13))


      WITH per_unit AS (
        SELECT at.topic_code, a.organisation_code, count(*)::int AS n
        FROM activities a JOIN activity_topics at ON at.activity_id = a.id
        WHERE a.plan_id = $1 AND extract(year FROM a.starts_on) = $2 GROUP BY 1, 2
      )
      SELECT l.component_id AS "componentId", l.topic_code AS code, coalesce(sum(pu.n), 0)::int AS count,
        (SELECT coalesce(o.short_name_vi, o.name_vi) FROM per_unit x JOIN organisations o ON o.code = x.organisation_code
          WHERE x.topic_code = l.topic_code ORDER BY x.n DESC, o.sort_order LIMIT 1) AS "leadUnit"
      FROM topic_component_links l LEFT JOIN per_unit pu ON pu.topic_code = l.topic_code
      GROUP BY l.component_id, l.topic_code ORDER BY 1, 2

select "id", "name_vi" from "index_components"

select "code", "name_vi", "description" from "peer_groups" where "peer_groups"."code" = $1

select "code", "name_vi", "short_name_vi", "name_en", "sort_order" from "forms" where "forms"."code" in ($1, $2, $3, $4, $5)