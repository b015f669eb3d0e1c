select "id", "name", "role" from "api_tokens" where ("api_tokens"."token_hash" = $1 and "api_tokens"."revoked_at" is null)


      WITH cur AS (
    SELECT date_trunc('month', "activities"."starts_on")::date AS period_start,
           ARRAY["activities"."organisation_code", "activities"."form_code"]::text[] AS keys,
           count(*)::int AS n, coalesce(sum("activities"."reach"), 0)::int AS reach, coalesce(sum("activities"."participants"), 0)::int AS participants
    FROM "activities" 
    WHERE true
    GROUP BY date_trunc('month', "activities"."starts_on")::date, "activities"."organisation_code", "activities"."form_code")
      SELECT cur.period_start::text AS "periodStart", to_char(cur.period_start, $1) AS "period", cur.keys AS "keys", cur.n AS "count",
             cur.reach AS "reachSum", cur.participants AS "participantsSum"
      FROM cur ORDER BY cur.period_start, cur.keys