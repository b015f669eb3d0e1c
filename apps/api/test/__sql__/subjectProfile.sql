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
    SELECT v.index_code, v.component_id, v.year, v.value::float8 AS value, v.published_rank, v.published_out_of,
           v.status::text AS status, v.version_code, vs.rank, vs.percentile, vs.z_score, coalesce(st.n, 0) AS out_of,
           st.mean, st.median, st.best, rg.mean AS region_mean, pg.mean AS peer_mean
    FROM ctx CROSS JOIN index_values v
    LEFT JOIN index_components c ON c.id = v.component_id
    LEFT JOIN provinces p ON p.code = v.subject_code
    LEFT JOIN index_value_stats vs ON vs.value_id = v.id
    LEFT JOIN index_stats st ON st.index_code = v.index_code AND st.component_key = coalesce(v.component_id, '')
      AND st.year = v.year AND st.version_code = v.version_code
    LEFT JOIN index_group_stats rg ON rg.index_code = st.index_code AND rg.component_key = st.component_key
      AND rg.year = st.year AND rg.version_code = st.version_code AND rg.group_kind = 'region' AND rg.group_code = coalesce(p.region_code, '')
    LEFT JOIN index_group_stats pg ON pg.index_code = st.index_code AND pg.component_key = st.component_key
      AND pg.year = st.year AND pg.version_code = st.version_code AND pg.group_kind = 'peer' AND pg.group_code = ctx.peer
    WHERE v.subject_code = $7 AND v.year IN ($8, $9)
      AND (v.component_id IS NULL OR c.parent_id IS NOT DISTINCT FROM $10::text)
      AND ($11::text IS NULL OR v.index_code = (SELECT index_code FROM index_components WHERE id = $12))
  )
  SELECT ctx.subjects_version AS "subjectsVersion", ctx.catalogue_version AS "catalogueVersion",
         ctx.peer AS "peerGroupCode", ctx.merger_break AS "mergerBreak",
         cur.index_code AS "indexCode", cur.component_id AS "componentId", cur.value, cur.rank, cur.out_of AS "outOf",
         cur.published_rank AS "publishedRank", cur.published_out_of AS "publishedOutOf", cur.status, cur.version_code AS "versionCode",
         prev.value AS "previousValue", prev.rank AS "previousRank", prev.published_rank AS "previousPublishedRank",
         prev.version_code AS "previousVersion", prev.percentile AS "previousPercentile",
         cur.mean AS "nationalMean", cur.median AS "nationalMedian", cur.best AS "nationalBest", cur.region_mean AS "regionMean",
         cur.peer_mean AS "peerMean", cur.z_score AS "zScore", cur.percentile
  FROM ctx
  LEFT JOIN (fig cur
    LEFT JOIN fig prev ON prev.index_code = cur.index_code AND prev.component_id IS NOT DISTINCT FROM cur.component_id
      AND prev.year = cur.year - 1)
  ON cur.year = $13


    SELECT (SELECT version::float8 FROM data_versions WHERE name = 'subjects') AS "version", s.code AS "code", s.kind::text AS "kind", coalesce(p.name_vi, o.name_vi) AS "nameVi", coalesce(p.name_en, o.name_en) AS "nameEn", p.region_code AS "regionCode", r.name_vi AS "regionNameVi", r.name_en AS "regionNameEn", r.sort_order AS "regionSortOrder"
    FROM subjects s
    LEFT JOIN provinces p ON p.code = s.province_code
    LEFT JOIN organisations o ON o.code = s.organisation_code
    LEFT JOIN regions r ON r.code = p.region_code

SELECT (SELECT version::float8 FROM data_versions WHERE name = 'catalogue') AS version

select "code", "name_vi", "name_en", "short_name", "publisher", "unit", "higher_is_better", "subject_kind", "first_year", "source_url", "sort_order" from "indices" order by "indices"."sort_order" asc, "indices"."code" asc

select "id", "index_code", "parent_id", "code", "name_vi", "name_en", "sort_order" from "index_components" order by "index_components"."sort_order" asc, "index_components"."id" asc

select "code", "index_code", "name_vi", "first_year", "last_year", "total_min", "total_max", "legal_basis", "source_url", "notes" from "methodology_versions" order by "methodology_versions"."index_code" asc, "methodology_versions"."first_year" asc

select "code", "name_vi", "description" from "peer_groups" where "peer_groups"."code" = $1

select "provinces"."code", "provinces"."gso_code", "provinces"."name_vi", "provinces"."name_en", "provinces"."region_code", "provinces"."valid_from", "provinces"."valid_to", "provinces"."papi_id", "provinces"."pci_id" from "peer_group_members" inner join "provinces" on "provinces"."code" = "peer_group_members"."province_code" where "peer_group_members"."peer_group_code" = $1 AND ("peer_group_members"."first_year" IS NULL OR "peer_group_members"."first_year" <= $2) AND ("peer_group_members"."last_year" IS NULL OR "peer_group_members"."last_year" >= $3)
          AND "provinces"."valid_from" <= $4 AND ("provinces"."valid_to" IS NULL OR "provinces"."valid_to" >= $5) order by "peer_group_members"."sort_order" asc, "provinces"."code" asc