select "api_tokens"."id", "api_tokens"."name", "api_tokens"."role", "users"."id", "users"."name", "users"."role" from "api_tokens" inner join "users" on "users"."id" = "api_tokens"."user_id" where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null and ("users"."banned" is null or "users"."banned" = $2 or "users"."ban_expires" < now()))


    WITH outcome AS (
      SELECT c.* FROM index_components c WHERE c.id = $1::text AND c.index_code = $2
    ), campaign AS (
      SELECT t.code FROM topics t
      WHERE $3::jsonb IS NULL
         OR EXISTS (SELECT 1 FROM jsonb_array_elements_text($4::jsonb) a(code)
                    WHERE t.code = a.code OR t.code LIKE a.code || '.%')
    ), placebo AS (
      SELECT c.* FROM index_components c
      WHERE c.index_code = $5 AND $6::text IS NOT NULL
        AND c.parent_id IS NOT DISTINCT FROM (SELECT parent_id FROM outcome)
        AND c.id IS DISTINCT FROM $7::text
        AND NOT EXISTS (SELECT 1 FROM topic_component_links l JOIN campaign k ON k.code = l.topic_code
                        WHERE l.component_id = c.id)
    ), peer AS (
      SELECT g.* FROM peer_groups g
      WHERE g.code = coalesce($8::text,
        (SELECT min(m.peer_group_code) FROM peer_group_members m WHERE m.province_code = $9))
    )
    SELECT (SELECT version::float8 FROM data_versions WHERE name = 'subjects') AS "subjectsVersion",
      (SELECT kind::text FROM subjects WHERE code = $10) AS "subjectKind",
      (SELECT json_agg(json_build_object('code', v.code, 'indexCode', v.index_code, 'nameVi', v.name_vi,
          'firstYear', v.first_year, 'lastYear', v.last_year, 'totalMin', v.total_min::float8,
          'totalMax', v.total_max::float8, 'legalBasis', v.legal_basis, 'sourceUrl', v.source_url, 'notes', v.notes)
          ORDER BY v.first_year)
       FROM methodology_versions v WHERE v.index_code = $11) AS versions,
      (SELECT json_build_object('id', c.id, 'indexCode', c.index_code, 'parentId', c.parent_id,
  'code', c.code, 'nameVi', c.name_vi, 'nameEn', c.name_en, 'sortOrder', c.sort_order) FROM outcome c) AS component,
      (SELECT json_build_object('code', g.code, 'nameVi', g.name_vi, 'description', g.description,
          'members', (SELECT coalesce(json_agg(json_build_array(m.province_code, m.first_year, m.last_year)
                        ORDER BY m.sort_order, m.province_code), '[]')
                      FROM peer_group_members m WHERE m.peer_group_code = g.code))
       FROM peer g) AS "peerGroup",
      (SELECT coalesce(json_agg(t.code), '[]') FROM topics t
       WHERE t.code IN (SELECT jsonb_array_elements_text(coalesce($12::jsonb, '[]')))) AS "knownTopics",
      (SELECT coalesce(json_agg(json_build_object('id', c.id, 'indexCode', c.index_code, 'parentId', c.parent_id,
  'code', c.code, 'nameVi', c.name_vi, 'nameEn', c.name_en, 'sortOrder', c.sort_order) ORDER BY c.sort_order, c.id), '[]') FROM placebo c) AS "placeboComponents",
      (SELECT json_agg(json_build_object('code', p.code, 'validFrom', p.valid_from::text, 'validTo', p.valid_to::text))
       FROM provinces p) AS provinces,
      (SELECT coalesce(json_agg(json_build_array(v.subject_code, v.component_id, v.year, v.value::float8)), '[]')
       FROM index_values v JOIN subjects s ON s.code = v.subject_code AND s.kind = 'province'
       WHERE v.index_code = $13 AND v.value IS NOT NULL
         AND (v.component_id IS NOT DISTINCT FROM $14::text OR v.component_id IN (SELECT id FROM placebo))
      ) AS values