
    SELECT date_trunc('month', "activities"."starts_on")::date::text AS "periodStart",
           to_char(date_trunc('month', "activities"."starts_on")::date, $1) AS "period",
           ARRAY["activities"."organisation_code", "activities"."form_code"]::text[] AS "keys",
           count(*)::int AS "count",
           coalesce(sum("activities"."reach"), 0)::int AS "reachSum",
           coalesce(sum("activities"."participants"), 0)::int AS "participantsSum"
    FROM "activities" 
    WHERE true
    GROUP BY date_trunc('month', "activities"."starts_on")::date, "activities"."organisation_code", "activities"."form_code" ORDER BY date_trunc('month', "activities"."starts_on")::date, "activities"."organisation_code", "activities"."form_code"