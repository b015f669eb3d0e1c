select "api_tokens"."id", "api_tokens"."name", "api_tokens"."role", "users"."id", "users"."name", "users"."role" from "api_tokens" inner join "users" on "users"."id" = "api_tokens"."user_id" where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null and ("users"."banned" is null or "users"."banned" = $2 or "users"."ban_expires" < now()))


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

select "code", "name_vi", "description" from "peer_groups" where "peer_groups"."code" = $1

select "provinces"."code", "provinces"."gso_code", "provinces"."name_vi", "provinces"."name_en", "provinces"."region_code", "provinces"."valid_from", "provinces"."valid_to", "provinces"."papi_id", "provinces"."pci_id" from "peer_group_members" inner join "provinces" on "provinces"."code" = "peer_group_members"."province_code" where "peer_group_members"."peer_group_code" = $1 AND ("peer_group_members"."first_year" IS NULL OR "peer_group_members"."first_year" <= $2) AND ("peer_group_members"."last_year" IS NULL OR "peer_group_members"."last_year" >= $3)
          AND "provinces"."valid_from" <= $4 AND ("provinces"."valid_to" IS NULL OR "provinces"."valid_to" >= $5) order by "peer_group_members"."sort_order" asc, "provinces"."code" asc