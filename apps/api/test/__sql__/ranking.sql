select "api_tokens"."id", "api_tokens"."name", "api_tokens"."role", "users"."id", "users"."name", "users"."role" from "api_tokens" inner join "users" on "users"."id" = "api_tokens"."user_id" where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null and ("users"."banned" is null or "users"."banned" = $2 or "users"."ban_expires" < now()))


    WITH v AS (
      SELECT v.subject_code, v.value::float8 AS value, v.published_rank, v.status, v.version_code, i.higher_is_better
      FROM index_values v JOIN indices i ON i.code = v.index_code
      WHERE v.index_code = $1 AND v.year = $2
        AND v.component_id IS NULL
    ), ranked AS (
      SELECT v.*,
        CASE WHEN v.value IS NOT NULL THEN
          RANK() OVER (PARTITION BY v.value IS NOT NULL ORDER BY CASE WHEN v.higher_is_better THEN -v.value ELSE v.value END)
        END AS rank,
        count(v.value) OVER () AS out_of,
        avg(v.value) OVER () AS mean, min(v.value) OVER () AS min, max(v.value) OVER () AS max,
        NULL AS tier
      FROM v
    )
    SELECT r.subject_code AS "subjectCode", r.value, r.rank::int AS rank, r.published_rank AS "publishedRank", r.out_of::int AS "outOf",
           r.status::text AS status, r.tier, r.version_code AS "versionCode", r.mean, r.min, r.max,
           (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY value) FROM v) AS median,
           (SELECT version::float8 FROM data_versions WHERE name = 'subjects') AS "subjectsVersion"
    FROM ranked r
    ORDER BY r.rank NULLS LAST, r.subject_code


      SELECT (SELECT version::float8 FROM data_versions WHERE name = 'subjects') AS "version", s.code AS "code", s.kind::text AS "kind", coalesce(p.name_vi, o.name_vi) AS "nameVi", coalesce(p.name_en, o.name_en) AS "nameEn", p.region_code AS "regionCode", r.name_vi AS "regionNameVi", r.name_en AS "regionNameEn", r.sort_order AS "regionSortOrder"
      FROM subjects s
      LEFT JOIN provinces p ON p.code = s.province_code
      LEFT JOIN organisations o ON o.code = s.organisation_code
      LEFT JOIN regions r ON r.code = p.region_code

select "code", "index_code", "name_vi", "first_year", "last_year", "total_min", "total_max", "legal_basis", "source_url", "notes" from "methodology_versions" where "methodology_versions"."code" in ($1)