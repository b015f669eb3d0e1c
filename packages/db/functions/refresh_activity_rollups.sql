-- refresh_activity_rollups(): current text, as the database holds it after migration 0014_index_stats.sql.
-- To change it: edit this file, then add a migration carrying the same text (test/functions.test.ts keeps them equal).
CREATE OR REPLACE FUNCTION public.refresh_activity_rollups()
 RETURNS void
 LANGUAGE plpgsql
 SET work_mem TO '64MB'
AS $function$
DECLARE
  current_version bigint;
  built bigint;
BEGIN
  SELECT version INTO current_version FROM data_versions WHERE name = 'activities';
  SELECT built_version INTO built FROM rollup_state WHERE name = 'activities';
  IF built = current_version THEN RETURN; END IF;
  SELECT built_version INTO built FROM rollup_state WHERE name = 'activities' FOR UPDATE;
  IF built = current_version THEN RETURN; END IF;
  DELETE FROM activity_rollup;
  DELETE FROM activity_topic_rollup;
  DELETE FROM activity_topic_set_rollup;
  DELETE FROM activity_dose_rollup;
  INSERT INTO activity_rollup (start_month, end_month, organisation_code, form_code, channel, plan_key, is_demo, n, reach, participants)
    SELECT date_trunc('month', starts_on::timestamp)::date, date_trunc('month', ends_on::timestamp)::date, organisation_code, form_code,
           coalesce(channel, ''), coalesce(plan_id::text, ''), is_demo, count(*), coalesce(sum(reach), 0), coalesce(sum(participants), 0)
    FROM activities GROUP BY 1, 2, 3, 4, 5, 6, 7;
  INSERT INTO activity_topic_rollup (topic_code, start_month, end_month, organisation_code, form_code, channel, plan_key, is_demo, n, reach, participants)
    SELECT at.topic_code, date_trunc('month', a.starts_on::timestamp)::date, date_trunc('month', a.ends_on::timestamp)::date, a.organisation_code, a.form_code,
           coalesce(a.channel, ''), coalesce(a.plan_id::text, ''), a.is_demo, count(*), coalesce(sum(a.reach), 0), coalesce(sum(a.participants), 0)
    FROM activities a JOIN activity_topics at ON at.activity_id = a.id GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
  INSERT INTO activity_topic_set_rollup (start_month, organisation_code, topics, n)
    SELECT date_trunc('month', a.starts_on::timestamp)::date, a.organisation_code, coalesce(s.topics, '{}'), count(*)
    FROM activities a
    LEFT JOIN (SELECT activity_id, array_agg(topic_code ORDER BY topic_code) AS topics FROM activity_topics GROUP BY activity_id) s ON s.activity_id = a.id
    GROUP BY 1, 2, 3;
  INSERT INTO activity_dose_rollup (year, organisation_code, topics, n)
    SELECT extract(year FROM start_month)::smallint, organisation_code, topics, sum(n)
    FROM activity_topic_set_rollup GROUP BY 1, 2, 3;
  UPDATE rollup_state SET built_version = current_version WHERE name = 'activities';
END $function$;
