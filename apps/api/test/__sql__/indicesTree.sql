select "api_tokens"."id", "api_tokens"."name", "api_tokens"."role", "users"."id", "users"."name", "users"."role" from "api_tokens" inner join "users" on "users"."id" = "api_tokens"."user_id" where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null and ("users"."banned" is null or "users"."banned" = $2 or "users"."ban_expires" < now()))

select "code", "name_vi", "name_en", "short_name", "publisher", "measure_unit", "higher_is_better", "subject_kind", "first_year", "source_url", "sort_order" from "indices" order by "indices"."sort_order" asc

select "code", "index_code", "name_vi", "first_year", "last_year", "total_min", "total_max", "legal_basis", "source_url", "notes" from "methodology_versions" where "methodology_versions"."index_code" in ($1, $2, $3, $4, $5, $6) order by "methodology_versions"."first_year" asc

select "id", "index_code", "parent_id", "code", "name_vi", "name_en", "sort_order" from "index_components" where "index_components"."index_code" in ($1, $2, $3, $4, $5, $6) order by "index_components"."sort_order" asc

select "id", "index_code", "parent_id", "code", "name_vi", "name_en", "sort_order" from "index_components" where "index_components"."parent_id" in ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32) order by "index_components"."sort_order" asc

select "component_id", "version_code", "scale_min", "scale_max" from "component_versions" where "component_versions"."component_id" in ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31)

select "code", "index_code", "name_vi", "first_year", "last_year", "total_min", "total_max", "legal_basis", "source_url", "notes" from "methodology_versions" where "methodology_versions"."code" in ($1, $2)