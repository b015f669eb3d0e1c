select "api_tokens"."id", "api_tokens"."name", "api_tokens"."role", "users"."id", "users"."name", "users"."role" from "api_tokens" inner join "users" on "users"."id" = "api_tokens"."user_id" where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null and ("users"."banned" is null or "users"."banned" = $2 or "users"."ban_expires" < now()))


    SELECT v.subject_code AS "subjectCode", v.value::float8 AS "value", vs.rank AS "rank", v.published_rank AS "publishedRank", coalesce(st.n, 0) AS "outOf", v.status::text AS "status", NULL AS "tier", CASE WHEN row_number() OVER ranked = 1 THEN v.version_code END AS "versionCode", CASE WHEN row_number() OVER ranked = 1 THEN st.mean END AS "mean", CASE WHEN row_number() OVER ranked = 1 THEN st.min END AS "min", CASE WHEN row_number() OVER ranked = 1 THEN st.max END AS "max", CASE WHEN row_number() OVER ranked = 1 THEN st.median END AS "median", CASE WHEN row_number() OVER ranked = 1 THEN (SELECT version::float8 FROM data_versions WHERE name = 'subjects') END AS "subjectsVersion"
    FROM index_values v
    LEFT JOIN index_value_stats vs ON vs.value_id = v.id
    LEFT JOIN index_stats st ON st.index_code = v.index_code AND st.component_key = coalesce(v.component_id, '')
      AND st.year = v.year AND st.version_code = v.version_code
    WHERE v.index_code = $1 AND v.year = $2
      AND v.component_id IS NULL
    WINDOW ranked AS (ORDER BY vs.rank NULLS LAST, v.subject_code)
    ORDER BY vs.rank NULLS LAST, v.subject_code

select "code", "index_code", "name_vi", "first_year", "last_year", "total_min", "total_max", "legal_basis", "source_url", "notes" from "methodology_versions" where "methodology_versions"."code" in ($1)