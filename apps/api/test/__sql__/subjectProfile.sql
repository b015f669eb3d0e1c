select "api_tokens"."id", "api_tokens"."name", "api_tokens"."role", "users"."id", "users"."name", "users"."role" from "api_tokens" inner join "users" on "users"."id" = "api_tokens"."user_id" where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null and ("users"."banned" is null or "users"."banned" = $2 or "users"."ban_expires" < now()))


    SELECT (SELECT m.peer_group_code FROM peer_group_members m
            WHERE $1 AND m.province_code = $2
              AND (m.first_year IS NULL OR m.first_year <= $3) AND (m.last_year IS NULL OR m.last_year >= $4)
            ORDER BY m.peer_group_code LIMIT 1) AS "defaultPeer",
           EXISTS (SELECT 1 FROM province_crosswalk x
  WHERE x.old_code <> x.new_code AND x.effective_on > $5::date AND x.effective_on <= $6::date) AS "mergerBreak"

select "subjects"."code", "subjects"."kind", coalesce("provinces"."name_vi", "organisations"."name_vi"), coalesce("provinces"."name_en", "organisations"."name_en"), "provinces"."region_code" from "subjects" left join "provinces" on "provinces"."code" = "subjects"."province_code" left join "organisations" on "organisations"."code" = "subjects"."organisation_code" where "subjects"."code" in ($1)


  WITH v AS (
    SELECT v.subject_code, v.index_code, v.component_id, coalesce(v.component_id, '') AS component_key, v.year, v.value::float8 AS value,
           v.published_rank, v.published_out_of, v.status::text AS status, v.version_code, i.higher_is_better, p.region_code,
           (m.province_code IS NOT NULL) AS in_peer
    FROM index_values v
    JOIN indices i ON i.code = v.index_code
    LEFT JOIN index_components c ON c.id = v.component_id
    LEFT JOIN provinces p ON p.code = v.subject_code
    LEFT JOIN peer_group_members m ON m.province_code = v.subject_code AND m.peer_group_code = $1
    WHERE v.year IN ($2, $3) AND (v.component_id IS NULL OR c.parent_id IS NOT DISTINCT FROM $4::text)
      AND v.index_code = ANY(ARRAY(SELECT DISTINCT index_code FROM index_values WHERE subject_code = $5 AND year IN ($6, $7)))
      AND ($8::text IS NULL OR v.index_code = (SELECT index_code FROM index_components WHERE id = $9))
  ), fig AS (
    SELECT m.index_code, m.component_id, m.year, m.value, m.published_rank, m.published_out_of, m.status, m.version_code,
      CASE WHEN m.value IS NOT NULL THEN 1 + count(*) FILTER (WHERE CASE WHEN m.higher_is_better THEN o.value > m.value ELSE o.value < m.value END) END AS rank,
      CASE WHEN m.value IS NOT NULL THEN 100 * (count(*) FILTER (WHERE CASE WHEN m.higher_is_better THEN o.value <= m.value ELSE o.value >= m.value END))::float8 / count(o.value) END AS percentile,
      count(o.value) AS out_of, avg(o.value) AS mean, stddev_pop(o.value) AS sd,
      CASE WHEN m.higher_is_better THEN max(o.value) ELSE min(o.value) END AS best,
      avg(o.value) FILTER (WHERE o.region_code IS NOT DISTINCT FROM m.region_code) AS region_mean,
      avg(o.value) FILTER (WHERE o.in_peer) AS peer_mean,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY o.value) AS median
    FROM v m JOIN v o ON o.index_code = m.index_code AND o.component_key = m.component_key AND o.year = m.year
    WHERE m.subject_code = $10
    GROUP BY m.index_code, m.component_id, m.year, m.value, m.published_rank, m.published_out_of, m.status, m.version_code, m.higher_is_better, m.region_code
  )
  SELECT cur.index_code AS "indexCode", cur.component_id AS "componentId", cur.value, cur.rank::int AS rank, cur.out_of::int AS "outOf",
         cur.published_rank AS "publishedRank", cur.published_out_of AS "publishedOutOf", cur.status, cur.version_code AS "versionCode",
         prev.value AS "previousValue", prev.rank::int AS "previousRank", prev.published_rank AS "previousPublishedRank", prev.version_code AS "previousVersion",
         cur.mean AS "nationalMean", cur.median AS "nationalMedian", cur.best AS "nationalBest", cur.region_mean AS "regionMean", cur.peer_mean AS "peerMean",
         CASE WHEN cur.value IS NOT NULL AND cur.out_of > 1 AND cur.sd > 0 THEN (cur.value - cur.mean) / cur.sd END AS "zScore",
         cur.percentile
  FROM fig cur
  LEFT JOIN fig prev ON prev.index_code = cur.index_code AND prev.component_id IS NOT DISTINCT FROM cur.component_id AND prev.year = cur.year - 1
  WHERE cur.year = $11

select "code", "name_vi", "name_en", "short_name", "publisher", "unit", "higher_is_better", "subject_kind", "first_year", "source_url", "sort_order" from "indices" where "indices"."subject_kind" = $1 order by "indices"."sort_order" asc

select "id", "index_code", "parent_id", "code", "name_vi", "name_en", "sort_order" from "index_components" where "index_components"."parent_id" IS NOT DISTINCT FROM $1::text order by "index_components"."sort_order" asc

select "code", "name_vi", "description" from "peer_groups" where "peer_groups"."code" = $1

select "provinces"."code", "provinces"."gso_code", "provinces"."name_vi", "provinces"."name_en", "provinces"."region_code", "provinces"."valid_from", "provinces"."valid_to", "provinces"."papi_id", "provinces"."pci_id" from "peer_group_members" inner join "provinces" on "provinces"."code" = "peer_group_members"."province_code" where "peer_group_members"."peer_group_code" = $1 AND ("peer_group_members"."first_year" IS NULL OR "peer_group_members"."first_year" <= $2) AND ("peer_group_members"."last_year" IS NULL OR "peer_group_members"."last_year" >= $3)
          AND "provinces"."valid_from" <= $4 AND ("provinces"."valid_to" IS NULL OR "provinces"."valid_to" >= $5) order by "peer_group_members"."sort_order" asc, "provinces"."code" asc

select "code", "index_code", "name_vi", "first_year", "last_year", "total_min", "total_max", "legal_basis", "source_url", "notes" from "methodology_versions" where "methodology_versions"."code" in ($1, $2, $3, $4)