select "api_tokens"."id", "api_tokens"."name", "api_tokens"."role", "users"."id", "users"."name", "users"."role" from "api_tokens" inner join "users" on "users"."id" = "api_tokens"."user_id" where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null and ("users"."banned" is null or "users"."banned" = $2 or "users"."ban_expires" < now()))


  WITH ctx AS (
    SELECT (SELECT version::float8 FROM data_versions WHERE name = 'subjects') AS subjects_version, (SELECT version::float8 FROM data_versions WHERE name = 'catalogue') AS catalogue_version,
           coalesce($1::text,
             (SELECT m.peer_group_code FROM peer_group_members m
              WHERE m.province_code = $2
                AND (m.first_year IS NULL OR m.first_year <= $3) AND (m.last_year IS NULL OR m.last_year >= $4)
              ORDER BY m.peer_group_code LIMIT 1)) AS peer,
           EXISTS (SELECT 1 FROM province_crosswalk x
  WHERE x.old_code <> x.new_code AND x.effective_on > $5::date AND x.effective_on <= $6::date) AS merger_break
  ), fig AS (
    SELECT f.index_code, f.component_id, f.year, f.value, f.published_rank, f.published_out_of, f.status, f.version_code,
           f.rank, f.percentile, f.z_score, f.out_of, f.mean, f.median, f.best, f.region_mean, pg.mean AS peer_mean
    FROM ctx CROSS JOIN index_profile_figures f
    LEFT JOIN index_components c ON c.id = f.component_id
    LEFT JOIN index_group_stats pg ON pg.index_code = f.index_code AND pg.component_key = f.component_key
      AND pg.year = f.year AND pg.version_code = f.version_code AND pg.group_kind = 'peer' AND pg.group_code = ctx.peer
    WHERE f.subject_code = $7 AND f.year IN ($8, $9)
      AND (f.component_id IS NULL OR c.parent_id IS NOT DISTINCT FROM $10::text)
      AND ($11::text IS NULL OR f.index_code = (SELECT index_code FROM index_components WHERE id = $12))
  )
  SELECT ctx.subjects_version AS "subjectsVersion", ctx.catalogue_version AS "catalogueVersion",
         ctx.peer AS "peerGroupCode", ctx.merger_break AS "mergerBreak",
         cur.index_code AS "indexCode", cur.component_id AS "componentId", cur.value, cur.rank, cur.out_of AS "outOf",
         cur.published_rank AS "publishedRank", cur.published_out_of AS "publishedOutOf", cur.status, cur.version_code AS "versionCode",
         cur.previous_value AS "previousValue", cur.previous_rank AS "previousRank",
         cur.previous_published_rank AS "previousPublishedRank", cur.previous_version AS "previousVersion",
         cur.previous_percentile AS "previousPercentile",
         cur.mean AS "nationalMean", cur.median AS "nationalMedian", cur.best AS "nationalBest", cur.region_mean AS "regionMean",
         cur.peer_mean AS "peerMean", cur.z_score AS "zScore", cur.percentile
  FROM ctx
  LEFT JOIN (
    -- The previous year beside: fig holds only year − 1 and year, so the row before is year − 1's.
    SELECT fig.*, lag(value) OVER w AS previous_value, lag(rank) OVER w AS previous_rank,
           lag(published_rank) OVER w AS previous_published_rank, lag(version_code) OVER w AS previous_version,
           lag(percentile) OVER w AS previous_percentile
    FROM fig WINDOW w AS (PARTITION BY index_code, component_id ORDER BY year)) cur
  ON cur.year = $13


    SELECT (SELECT version::float8 FROM data_versions WHERE name = 'subjects') AS "version", s.code AS "code", s.kind::text AS "kind", coalesce(p.name_vi, o.name_vi) AS "nameVi", coalesce(p.name_en, o.name_en) AS "nameEn", p.region_code AS "regionCode", r.name_vi AS "regionNameVi", r.name_en AS "regionNameEn", r.sort_order AS "regionSortOrder"
    FROM subjects s
    LEFT JOIN provinces p ON p.code = s.province_code
    LEFT JOIN organisations o ON o.code = s.organisation_code
    LEFT JOIN regions r ON r.code = p.region_code

SELECT (SELECT version::float8 FROM data_versions WHERE name = 'catalogue') AS version

select "code", "name_vi", "name_en", "short_name", "publisher", "measure_unit", "higher_is_better", "subject_kind", "first_year", "source_url", "sort_order" from "indices" order by "indices"."sort_order" asc, "indices"."code" asc

select "id", "index_code", "parent_id", "code", "name_vi", "name_en", "sort_order" from "index_components" order by "index_components"."sort_order" asc, "index_components"."id" asc

select "code", "index_code", "name_vi", "first_year", "last_year", "total_min", "total_max", "legal_basis", "source_url", "notes" from "methodology_versions" order by "methodology_versions"."index_code" asc, "methodology_versions"."first_year" asc

select "code", "name_vi", "description" from "peer_groups" where "peer_groups"."code" = $1

select "provinces"."code", "provinces"."gso_code", "provinces"."name_vi", "provinces"."name_en", "provinces"."region_code", "provinces"."valid_from", "provinces"."valid_to", "provinces"."papi_id", "provinces"."pci_id" from "peer_group_members" inner join "provinces" on "provinces"."code" = "peer_group_members"."province_code" where "peer_group_members"."peer_group_code" = $1 AND ("peer_group_members"."first_year" IS NULL OR "peer_group_members"."first_year" <= $2) AND ("peer_group_members"."last_year" IS NULL OR "peer_group_members"."last_year" >= $3)
          AND "provinces"."valid_from" <= $4 AND ("provinces"."valid_to" IS NULL OR "provinces"."valid_to" >= $5) order by "peer_group_members"."sort_order" asc, "provinces"."code" asc