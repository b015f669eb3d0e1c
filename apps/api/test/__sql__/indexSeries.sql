select "api_tokens"."id", "api_tokens"."name", "api_tokens"."role", "users"."id", "users"."name", "users"."role" from "api_tokens" inner join "users" on "users"."id" = "api_tokens"."user_id" where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null and ("users"."banned" is null or "users"."banned" = $2 or "users"."ban_expires" < now()))


    SELECT v.subject_code AS "subjectCode", v.year, v.value::float8 AS value, vs.rank, coalesce(st.n, 0) AS "outOf",
           v.published_rank AS "publishedRank", v.published_out_of AS "publishedOutOf", v.status::text AS status,
           v.version_code AS "versionCode", v.source_url AS "sourceUrl", v.note, v.value_derived AS "valueDerived",
           vs.z_score AS "zScore", i.publisher, to_char(v.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt",
           b.id AS "batchId", b.kind AS "batchKind", b.file_name AS "batchFileName", b.sha256 AS "batchSha256", b.row_count AS "batchRowCount",
           to_char(b.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "batchCreatedAt", b.created_by AS "batchCreatedBy"
    FROM index_values v JOIN indices i ON i.code = v.index_code
    LEFT JOIN index_value_stats vs ON vs.value_id = v.id
    LEFT JOIN index_stats st ON st.index_code = v.index_code AND st.component_key = coalesce(v.component_id, '')
      AND st.year = v.year AND st.version_code = v.version_code
    LEFT JOIN import_batches b ON b.id = v.import_batch_id
    WHERE v.index_code = $1 AND v.component_id IS NULL
      AND v.year BETWEEN $2 AND $3
      AND v.subject_code = ANY($4::text[]) ORDER BY v.subject_code, v.year

select "code", "index_code", "name_vi", "first_year", "last_year", "total_min", "total_max", "legal_basis", "source_url", "notes" from "methodology_versions" where "methodology_versions"."code" in ($1, $2)