select "api_tokens"."id", "api_tokens"."name", "api_tokens"."role", "users"."id", "users"."name", "users"."role" from "api_tokens" inner join "users" on "users"."id" = "api_tokens"."user_id" where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null and ("users"."banned" is null or "users"."banned" = $2 or "users"."ban_expires" < now()))

select "id", "external_ref", "plan_id", "organisation_code", "form_code", "channel", "title", "starts_on", "ends_on", "audience", "participants", "reach", "url", "notes", "is_demo", "import_batch_id", "created_at", "updated_at", "created_by", "updated_by", count(*) OVER ()::int from "activities" where true order by "activities"."starts_on" desc, "activities"."id" desc limit $1

select "code", "parent_code", "kind", "name_vi", "short_name_vi", "name_en", "province_code", "sort_order", "created_at", "updated_at", "created_by", "updated_by" from "organisations" where "organisations"."code" in ($1, $2, $3, $4, $5, $6)

select "code", "name_vi", "short_name_vi", "name_en", "sort_order" from "forms" where "forms"."code" in ($1, $2, $3, $4, $5)

select "activity_id", "topic_code" from "activity_topics" where "activity_topics"."activity_id" in ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63, $64, $65, $66, $67, $68, $69, $70, $71, $72, $73, $74, $75, $76, $77, $78, $79, $80) order by "activity_topics"."topic_code" asc

select "id", "number", "title_vi", "issuer_code", "issued_on", "issued_place", "year", "parent_plan_id", "implements_text", "purposes", "requirements", "audience", "signed_by", "recipients", "source_note", "created_at", "updated_at", "created_by", "updated_by" from "plans" where "plans"."id" in ($1)

select "code", "parent_code", "title_vi", "short_title_vi", "sort_order" from "topics" where "topics"."code" in ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)