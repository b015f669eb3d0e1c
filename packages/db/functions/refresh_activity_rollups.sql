-- refresh_activity_rollups(): current text, as the database holds it after migration 0018_rollup_by_month.sql.
-- To change it: edit this file, then add a migration carrying the same text (test/functions.test.ts keeps them equal).
CREATE OR REPLACE FUNCTION public.refresh_activity_rollups()
 RETURNS void
 LANGUAGE plpgsql
 SET work_mem TO '64MB'
AS $function$
DECLARE
  current_version bigint;
  built bigint;
  lo date;
  hi date;
BEGIN
  SELECT version INTO current_version FROM data_versions WHERE name = 'activities';
  SELECT built_version INTO built FROM rollup_state WHERE name = 'activities';
  IF built = current_version THEN RETURN; END IF;
  SELECT built_version INTO built FROM rollup_state WHERE name = 'activities' FOR UPDATE;
  IF built = current_version THEN RETURN; END IF;
  -- The start months written since the last build (their writers committed before this
  -- statement); a writer committing later leaves its months for the next build.
  WITH taken AS (DELETE FROM activity_rollup_dirty RETURNING month)
  SELECT min(month), max(month) INTO lo, hi FROM taken;
  IF built IS NULL OR built < 0 THEN
    lo := '-infinity';
    hi := 'infinity';
  END IF;
  IF lo IS NOT NULL THEN
    -- Rebuild the months [lo, hi]: every month from the first to the last one written (one
    -- month for a single activity, the whole log after a TRUNCATE or a migration).
    hi := (hi + interval '1 month')::date;
    DELETE FROM activity_rollup WHERE start_month >= lo AND start_month < hi;
    DELETE FROM activity_topic_rollup WHERE start_month >= lo AND start_month < hi;
    DELETE FROM activity_topic_set_rollup WHERE start_month >= lo AND start_month < hi;
    DELETE FROM activity_dose_rollup WHERE year >= extract(year FROM lo) AND year <= extract(year FROM hi - 1);
    INSERT INTO activity_rollup (start_month, end_month, organisation_code, form_code, channel, plan_key, is_demo, n, reach, participants)
      SELECT date_trunc('month', starts_on::timestamp)::date, date_trunc('month', ends_on::timestamp)::date, organisation_code, form_code,
             coalesce(channel, ''), coalesce(plan_id::text, ''), is_demo, count(*), coalesce(sum(reach), 0), coalesce(sum(participants), 0)
      FROM activities WHERE starts_on >= lo AND starts_on < hi GROUP BY 1, 2, 3, 4, 5, 6, 7;
    INSERT INTO activity_topic_rollup (topic_code, start_month, end_month, organisation_code, form_code, channel, plan_key, is_demo, n, reach, participants)
      SELECT at.topic_code, date_trunc('month', a.starts_on::timestamp)::date, date_trunc('month', a.ends_on::timestamp)::date, a.organisation_code, a.form_code,
             coalesce(a.channel, ''), coalesce(a.plan_id::text, ''), a.is_demo, count(*), coalesce(sum(a.reach), 0), coalesce(sum(a.participants), 0)
      FROM activities a JOIN activity_topics at ON at.activity_id = a.id
      WHERE a.starts_on >= lo AND a.starts_on < hi GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
    -- Each activity's sorted topic set, for the activities in range only.
    INSERT INTO activity_topic_set_rollup (start_month, organisation_code, topics, n)
      SELECT start_month, organisation_code, topics, count(*)
      FROM (
        SELECT date_trunc('month', a.starts_on::timestamp)::date AS start_month, a.organisation_code,
               coalesce(array_agg(at.topic_code ORDER BY at.topic_code) FILTER (WHERE at.topic_code IS NOT NULL), '{}') AS topics
        FROM activities a LEFT JOIN activity_topics at ON at.activity_id = a.id
        WHERE a.starts_on >= lo AND a.starts_on < hi
        GROUP BY a.id) per_activity
      GROUP BY 1, 2, 3;
    INSERT INTO activity_dose_rollup (year, organisation_code, topics, n)
      SELECT extract(year FROM start_month)::smallint, organisation_code, topics, sum(n)
      FROM activity_topic_set_rollup
      WHERE extract(year FROM start_month) >= extract(year FROM lo) AND extract(year FROM start_month) <= extract(year FROM hi - 1)
      GROUP BY 1, 2, 3;
  END IF;
  UPDATE rollup_state SET built_version = current_version WHERE name = 'activities';
END $function$
;
