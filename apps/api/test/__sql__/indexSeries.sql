select "api_tokens"."id", "api_tokens"."name", "api_tokens"."role", "users"."id", "users"."name", "users"."role" from "api_tokens" inner join "users" on "users"."id" = "api_tokens"."user_id" where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null and ("users"."banned" is null or "users"."banned" = $2 or "users"."ban_expires" < now()))


    WITH w AS (
      SELECT v.subject_code, v.year, v.value::float8 AS value, v.published_rank, v.published_out_of, v.status, v.version_code, v.source_url, v.note, v.value_derived,
        i.publisher, v.import_batch_id, v.updated_at,
        CASE WHEN v.value IS NOT NULL THEN rank() OVER (PARTITION BY v.year, v.value IS NULL
          ORDER BY CASE WHEN i.higher_is_better THEN -v.value ELSE v.value END) END AS rank,
        count(v.value) OVER (PARTITION BY v.year) AS out_of,
        avg(v.value) OVER (PARTITION BY v.year) AS mean,
        stddev_pop(v.value) OVER (PARTITION BY v.year) AS sd
      FROM index_values v JOIN indices i ON i.code = v.index_code
      WHERE v.index_code = $1 AND v.component_id IS NULL
        AND v.year BETWEEN $2 AND $3
    )
    SELECT subject_code AS "subjectCode", year, value, rank::int AS rank, out_of::int AS "outOf", published_rank AS "publishedRank", published_out_of AS "publishedOutOf",
           status::text AS status, version_code AS "versionCode", source_url AS "sourceUrl", note, value_derived AS "valueDerived",
           CASE WHEN value IS NOT NULL AND out_of > 1 AND sd > 0 THEN (value - mean) / sd END AS "zScore",
           publisher, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt",
           b.id AS "batchId", b.kind AS "batchKind", b.file_name AS "batchFileName", b.sha256 AS "batchSha256", b.row_count AS "batchRowCount",
           to_char(b.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "batchCreatedAt", b.created_by AS "batchCreatedBy"
    FROM w LEFT JOIN import_batches b ON b.id = w.import_batch_id
    WHERE subject_code = ANY($4::text[]) ORDER BY subject_code, year

select "code", "index_code", "name_vi", "first_year", "last_year", "total_min", "total_max", "legal_basis", "source_url", "notes" from "methodology_versions" where "methodology_versions"."code" in ($1, $2)