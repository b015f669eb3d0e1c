select "api_tokens"."id", "api_tokens"."name", "api_tokens"."role", "users"."id", "users"."name", "users"."role" from "api_tokens" inner join "users" on "users"."id" = "api_tokens"."user_id" where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null and ("users"."banned" is null or "users"."banned" = $2 or "users"."ban_expires" < now()))


    WITH version AS (
      SELECT * FROM methodology_versions v
      WHERE v.index_code = $1 AND v.first_year <= $2
        AND (v.last_year IS NULL OR v.last_year >= $3)
    ), top AS (
      SELECT c.*, cv.scale_max::float8 AS scale_max FROM index_components c
      JOIN component_versions cv ON cv.component_id = c.id AND cv.version_code = (SELECT code FROM version)
      WHERE c.index_code = $4 AND c.parent_id IS NULL
    )
    SELECT (SELECT version::float8 FROM data_versions WHERE name = 'subjects') AS "subjectsVersion",
      (SELECT kind::text FROM subjects WHERE code = $5) AS "subjectKind",
      (SELECT json_build_object('code', v.code, 'indexCode', v.index_code, 'nameVi', v.name_vi,
          'firstYear', v.first_year, 'lastYear', v.last_year, 'totalMin', v.total_min::float8,
          'totalMax', v.total_max::float8, 'legalBasis', v.legal_basis, 'sourceUrl', v.source_url, 'notes', v.notes)
       FROM version v) AS version,
      (SELECT coalesce(json_agg(json_build_object('id', c.id, 'indexCode', c.index_code, 'parentId', c.parent_id,
          'code', c.code, 'nameVi', c.name_vi, 'nameEn', c.name_en, 'sortOrder', c.sort_order, 'scaleMax', c.scale_max)
          ORDER BY c.sort_order, c.id), '[]') FROM top c) AS components,
      (SELECT coalesce(json_agg(json_build_array(v.subject_code, v.value::float8)), '[]')
       FROM index_values v JOIN subjects s ON s.code = v.subject_code AND s.kind = 'province'
       WHERE v.index_code = $6 AND v.year = $7 AND v.component_id IS NULL AND v.value IS NOT NULL
      ) AS totals,
      (SELECT coalesce(json_agg(json_build_array(v.component_id, v.value::float8)), '[]')
       FROM index_values v
       WHERE v.subject_code = $8 AND v.index_code = $9 AND v.year = $10
         AND v.component_id IN (SELECT id FROM top) AND v.value IS NOT NULL
      ) AS own