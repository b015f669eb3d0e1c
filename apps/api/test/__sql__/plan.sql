select "api_tokens"."id", "api_tokens"."name", "api_tokens"."role", "users"."id", "users"."name", "users"."role" from "api_tokens" inner join "users" on "users"."id" = "api_tokens"."user_id" where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null and ("users"."banned" is null or "users"."banned" = $2 or "users"."ban_expires" < now()))

select "id", "number", "title_vi", "issuer_code", "issued_on", "issued_place", "year", "parent_plan_id", "implements_text", "purposes", "requirements", "audience", "signed_by", "recipients", "source_note", "created_at", "updated_at", "created_by", "updated_by" from "plans" where "plans"."number" = $1

select "code", "parent_code", "kind", "name_vi", "short_name_vi", "name_en", "province_code", "sort_order", "created_at", "updated_at", "created_by", "updated_by" from "organisations" where "organisations"."code" in ($1)

select "plan_id", "topic_code", "text_vi", "sort_order" from "plan_topics" where "plan_topics"."plan_id" in ($1) order by "plan_topics"."sort_order" asc

select "plan_id", "form_code", "description_vi", "sort_order" from "plan_forms" where "plan_forms"."plan_id" in ($1) order by "plan_forms"."sort_order" asc

select u.plan_id, "organisations"."code", "organisations"."parent_code", "organisations"."kind", "organisations"."name_vi", "organisations"."short_name_vi", "organisations"."name_en", "organisations"."province_code", "organisations"."sort_order", "organisations"."created_at", "organisations"."updated_at", "organisations"."created_by", "organisations"."updated_by" from "organisations" inner join (
  WITH RECURSIVE tree(plan_id, code) AS (
    SELECT p.id, o.code FROM plans p JOIN organisations o ON o.parent_code = p.issuer_code WHERE p.id IN ($1)
    UNION
    SELECT tree.plan_id, o.code FROM tree JOIN organisations o ON o.parent_code = tree.code
  )
  SELECT plan_id, code FROM tree
  UNION
  SELECT plan_id, organisation_code FROM activities WHERE plan_id IN ($2)) u on u.code = "organisations"."code" order by "organisations"."sort_order" asc, "organisations"."code" asc

select "id", "plan_id", "organisation_code", "applies_to_all_units", "duty", "duty_vi", "sort_order" from "plan_responsibilities" where "plan_responsibilities"."plan_id" in ($1) order by "plan_responsibilities"."sort_order" asc

select "code", "parent_code", "title_vi", "short_title_vi", "sort_order" from "topics" where "topics"."code" in ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)

select "code", "name_vi", "short_name_vi", "name_en", "sort_order" from "forms" where "forms"."code" in ($1, $2, $3, $4, $5)

select "code", "parent_code", "kind", "name_vi", "short_name_vi", "name_en", "province_code", "sort_order", "created_at", "updated_at", "created_by", "updated_by" from "organisations" where "organisations"."parent_code" in ($1, $2, $3, $4, $5, $6) order by "organisations"."sort_order" asc

select "code", "parent_code", "kind", "name_vi", "short_name_vi", "name_en", "province_code", "sort_order", "created_at", "updated_at", "created_by", "updated_by" from "organisations" where "organisations"."code" in ($1)

select "topic_component_links"."topic_code", "index_components"."id", "index_components"."index_code", "index_components"."parent_id", "index_components"."code", "index_components"."name_vi", "index_components"."name_en", "index_components"."sort_order" from "topic_component_links" inner join "index_components" on "index_components"."id" = "topic_component_links"."component_id" where "topic_component_links"."topic_code" in ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) order by "index_components"."index_code" asc, "index_components"."sort_order" asc