select "api_tokens"."id", "api_tokens"."name", "api_tokens"."role", "users"."id", "users"."name", "users"."role" from "api_tokens" inner join "users" on "users"."id" = "api_tokens"."user_id" where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null and ("users"."banned" is null or "users"."banned" = $2 or "users"."ban_expires" < now()))

select "id", "number", "title_vi", "issuer_code", "issued_on", "issued_place", "year", "parent_plan_id", "implements_text", "purposes", "requirements", "audience", "signed_by", "recipients", "source_note", "created_at", "updated_at", "created_by", "updated_by" from "plans" where "plans"."id" = $1


      WITH delivered AS (
        SELECT organisation_code AS unit, form_code AS form, count(*)::int AS delivered
        FROM activities WHERE plan_id = $1 AND starts_on <= $2::date GROUP BY 1, 2
      ), targets AS (
        SELECT organisation_code AS unit, form_code AS form, sum(quantity)::int AS target,
          sum(quantity * least(1, greatest(0, ($3::date - period_start + 1)::float8 / (period_end - period_start + 1))))::float8 AS target_to_date
        FROM plan_targets WHERE plan_id = $4 GROUP BY 1, 2
      ), cells AS (
        SELECT coalesce(d.unit, t.unit) AS unit, coalesce(d.form, t.form) AS form, coalesce(d.delivered, 0) AS delivered, t.target, t.target_to_date AS "targetToDate"
        FROM delivered d FULL JOIN targets t ON t.unit IS NOT DISTINCT FROM d.unit AND t.form = d.form
      ), quarter AS (
        SELECT date_trunc('quarter', $5::date)::date AS starts
      )
      SELECT
        (SELECT array_agg(code ORDER BY sort_order) FROM forms) AS "formOrder",
        (SELECT array_agg(code ORDER BY sort_order, code) FROM organisations) AS "unitOrder",
        (SELECT json_agg(c ORDER BY o.sort_order NULLS FIRST, o.code NULLS FIRST, f.sort_order)
           FROM cells c LEFT JOIN organisations o ON o.code = c.unit JOIN forms f ON f.code = c.form) AS cells,
        (SELECT array_agg(pt.topic_code ORDER BY pt.sort_order) FROM plan_topics pt
           WHERE pt.plan_id = $6 AND NOT EXISTS (
             SELECT 1 FROM activity_topics at JOIN activities a ON a.id = at.activity_id JOIN topics tp ON tp.code = at.topic_code
             WHERE a.plan_id = $7 AND a.starts_on <= $8::date AND (tp.code = pt.topic_code OR tp.parent_code = pt.topic_code))) AS "idleTopics",
        (SELECT array_agg(o.code ORDER BY o.sort_order, o.code) FROM organisations o
           WHERE o.code IN (SELECT code FROM (
  WITH RECURSIVE tree(plan_id, code) AS (
    SELECT p.id, o.code FROM plans p JOIN organisations o ON o.parent_code = p.issuer_code WHERE p.id IN ($9)
    UNION
    SELECT tree.plan_id, o.code FROM tree JOIN organisations o ON o.parent_code = tree.code
  )
  SELECT plan_id, code FROM tree
  UNION
  SELECT plan_id, organisation_code FROM activities WHERE plan_id IN ($10)) u) AND NOT EXISTS (
             SELECT 1 FROM activities a, quarter q WHERE a.organisation_code = o.code AND a.starts_on BETWEEN q.starts AND $11::date)) AS "idleUnits"

select "code", "parent_code", "kind", "name_vi", "short_name_vi", "name_en", "province_code", "sort_order", "created_at", "updated_at", "created_by", "updated_by" from "organisations" where "organisations"."code" in ($1, $2, $3, $4, $5, $6)

select "code", "name_vi", "short_name_vi", "name_en", "sort_order" from "forms" where "forms"."code" in ($1, $2, $3, $4, $5)

select "code", "parent_code", "title_vi", "short_title_vi", "sort_order" from "topics" where "topics"."code" in ($1, $2, $3, $4, $5, $6, $7, $8)