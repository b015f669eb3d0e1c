select "api_tokens"."id", "api_tokens"."name", "api_tokens"."role", "users"."id", "users"."name", "users"."role" from "api_tokens" inner join "users" on "users"."id" = "api_tokens"."user_id" where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null and ("users"."banned" is null or "users"."banned" = $2 or "users"."ban_expires" < now()))

select "code", "gso_code", "name_vi", "name_en", "region_code", "valid_from", "valid_to", "papi_id", "pci_id" from "provinces" where "provinces"."valid_from" <= $1 AND ("provinces"."valid_to" IS NULL OR "provinces"."valid_to" >= $2) order by "provinces"."code" asc

select "code", "name_vi", "name_en", "sort_order" from "regions" where "regions"."code" in ($1, $2, $3, $4, $5, $6)

select "old_code", "new_code", "effective_on", "legal_basis" from "province_crosswalk" where "province_crosswalk"."old_code" in ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63) order by "province_crosswalk"."effective_on" asc

select "code", "gso_code", "name_vi", "name_en", "region_code", "valid_from", "valid_to", "papi_id", "pci_id" from "provinces" where "provinces"."code" in ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34)