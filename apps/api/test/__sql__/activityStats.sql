select "api_tokens"."id", "api_tokens"."name", "api_tokens"."role", "users"."id", "users"."name", "users"."role" from "api_tokens" inner join "users" on "users"."id" = "api_tokens"."user_id" where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null and ("users"."banned" is null or "users"."banned" = $2 or "users"."ban_expires" < now()))


      WITH fresh AS MATERIALIZED (SELECT ((SELECT built_version FROM rollup_state WHERE name = 'activities')
  = (SELECT version FROM data_versions WHERE name = 'activities')) AS ok), cur AS (
    SELECT "activity_rollup"."start_month" AS period_start,
           ARRAY["activity_rollup"."organisation_code", "activity_rollup"."form_code"]::text[] AS keys,
           sum("activity_rollup"."n")::int AS n, coalesce(sum("activity_rollup"."reach"), 0)::int AS reach, coalesce(sum("activity_rollup"."participants"), 0)::int AS participants
    FROM "activity_rollup"
    WHERE true
    GROUP BY "activity_rollup"."start_month", "activity_rollup"."organisation_code", "activity_rollup"."form_code")
      SELECT fresh.ok AS "fresh", cur.period_start::text AS "periodStart", to_char(cur.period_start::timestamp, $1) AS "period", cur.keys AS "keys", cur.n AS "count", cur.reach AS "reachSum", cur.participants AS "participantsSum"
      FROM fresh LEFT JOIN cur ON true ORDER BY cur.period_start, cur.keys

SELECT refresh_activity_rollups()


      WITH fresh AS MATERIALIZED (SELECT ((SELECT built_version FROM rollup_state WHERE name = 'activities')
  = (SELECT version FROM data_versions WHERE name = 'activities')) AS ok), cur AS (
    SELECT "activity_rollup"."start_month" AS period_start,
           ARRAY["activity_rollup"."organisation_code", "activity_rollup"."form_code"]::text[] AS keys,
           sum("activity_rollup"."n")::int AS n, coalesce(sum("activity_rollup"."reach"), 0)::int AS reach, coalesce(sum("activity_rollup"."participants"), 0)::int AS participants
    FROM "activity_rollup"
    WHERE true
    GROUP BY "activity_rollup"."start_month", "activity_rollup"."organisation_code", "activity_rollup"."form_code")
      SELECT fresh.ok AS "fresh", cur.period_start::text AS "periodStart", to_char(cur.period_start::timestamp, $1) AS "period", cur.keys AS "keys", cur.n AS "count", cur.reach AS "reachSum", cur.participants AS "participantsSum"
      FROM fresh LEFT JOIN cur ON true ORDER BY cur.period_start, cur.keys