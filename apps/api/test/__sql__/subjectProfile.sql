select "id", "name", "role" from "api_tokens" where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null)

select "code", "kind", "province_code", "organisation_code" from "subjects" where "subjects"."code" = $1

select "peer_group_code" from "peer_group_members" where "peer_group_members"."province_code" = $1 order by "peer_group_members"."peer_group_code" asc limit $2


  WITH v AS (
    SELECT v.subject_code, v.index_code, v.component_id, v.year, v.value::float8 AS value, v.published_rank, v.published_out_of,
           v.status::text AS status, v.version_code, i.higher_is_better, p.region_code, (m.province_code IS NOT NULL) AS in_peer
    FROM index_values v
    JOIN indices i ON i.code = v.index_code
    LEFT JOIN index_components c ON c.id = v.component_id
    LEFT JOIN provinces p ON p.code = v.subject_code
    LEFT JOIN peer_group_members m ON m.province_code = v.subject_code AND m.peer_group_code = $1
    WHERE v.year IN ($2, $3) AND (v.component_id IS NULL OR c.parent_id IS NOT DISTINCT FROM $4::text)
      AND v.index_code IN (SELECT index_code FROM index_values WHERE subject_code = $5 AND year IN ($6, $7))
      AND ($8::text IS NULL OR v.index_code = (SELECT index_code FROM index_components WHERE id = $9))
  ), s AS (
    SELECT v.*,
      CASE WHEN value IS NOT NULL THEN rank() OVER (PARTITION BY index_code, component_id, year, value IS NULL
        ORDER BY CASE WHEN higher_is_better THEN -value ELSE value END) END AS rank,
      CASE WHEN value IS NOT NULL THEN 100 * cume_dist() OVER (PARTITION BY index_code, component_id, year, value IS NULL
        ORDER BY CASE WHEN higher_is_better THEN value ELSE -value END) END AS percentile,
      count(value) OVER w AS out_of, avg(value) OVER w AS mean, stddev_pop(value) OVER w AS sd,
      CASE WHEN bool_and(higher_is_better) OVER w THEN max(value) OVER w ELSE min(value) OVER w END AS best,
      avg(value) OVER (PARTITION BY index_code, component_id, year, region_code) AS region_mean,
      avg(value) FILTER (WHERE in_peer) OVER w AS peer_mean
    FROM v
    WINDOW w AS (PARTITION BY index_code, component_id, year)
  ), med AS (
    SELECT index_code, component_id, year, percentile_cont(0.5) WITHIN GROUP (ORDER BY value) AS median
    FROM v WHERE value IS NOT NULL GROUP BY index_code, component_id, year
  )
  SELECT cur.index_code AS "indexCode", cur.component_id AS "componentId", cur.value, cur.rank::int AS rank, cur.out_of::int AS "outOf",
         cur.published_rank AS "publishedRank", cur.published_out_of AS "publishedOutOf", cur.status, cur.version_code AS "versionCode",
         prev.value AS "previousValue", prev.rank::int AS "previousRank", prev.published_rank AS "previousPublishedRank", prev.version_code AS "previousVersion",
         cur.mean AS "nationalMean", med.median AS "nationalMedian", cur.best AS "nationalBest", cur.region_mean AS "regionMean", cur.peer_mean AS "peerMean",
         CASE WHEN cur.value IS NOT NULL AND cur.out_of > 1 AND cur.sd > 0 THEN (cur.value - cur.mean) / cur.sd END AS "zScore",
         cur.percentile
  FROM s cur
  LEFT JOIN s prev ON prev.subject_code = cur.subject_code AND prev.index_code = cur.index_code
    AND prev.component_id IS NOT DISTINCT FROM cur.component_id AND prev.year = cur.year - 1
  LEFT JOIN med ON med.index_code = cur.index_code AND med.component_id IS NOT DISTINCT FROM cur.component_id AND med.year = cur.year
  WHERE cur.subject_code = $10 AND cur.year = $11

select "code", "name_vi", "name_en", "short_name", "publisher", "unit", "higher_is_better", "subject_kind", "first_year", "source_url", "sort_order" from "indices" where "indices"."subject_kind" = $1 order by "indices"."sort_order" asc

select "id", "index_code", "parent_id", "code", "name_vi", "name_en", "sort_order" from "index_components" where "index_components"."parent_id" IS NOT DISTINCT FROM $1::text order by "index_components"."sort_order" asc

select "code", "name_vi", "description" from "peer_groups" where "peer_groups"."code" = $1

select "provinces"."code", "provinces"."gso_code", "provinces"."name_vi", "provinces"."name_en", "provinces"."region_code", "provinces"."valid_from", "provinces"."valid_to", "provinces"."papi_id", "provinces"."pci_id" from "peer_group_members" inner join "provinces" on "provinces"."code" = "peer_group_members"."province_code" where "peer_group_members"."peer_group_code" = $1 order by "peer_group_members"."sort_order" asc

select "subjects"."code", "subjects"."kind", coalesce("provinces"."name_vi", "organisations"."name_vi"), coalesce("provinces"."name_en", "organisations"."name_en"), "provinces"."region_code" from "subjects" left join "provinces" on "provinces"."code" = "subjects"."province_code" left join "organisations" on "organisations"."code" = "subjects"."organisation_code" where "subjects"."code" in ($1)

select "code", "name_vi", "name_en", "short_name", "publisher", "unit", "higher_is_better", "subject_kind", "first_year", "source_url", "sort_order" from "indices" where "indices"."code" in ($1, $2, $3, $4)

select "code", "index_code", "name_vi", "first_year", "last_year", "total_min", "total_max", "legal_basis", "source_url", "notes" from "methodology_versions" where "methodology_versions"."code" in ($1, $2, $3, $4)

select "id", "index_code", "parent_id", "code", "name_vi", "name_en", "sort_order" from "index_components" where "index_components"."id" in ($1, $2, $3, $4, $5, $6, $7, $8)