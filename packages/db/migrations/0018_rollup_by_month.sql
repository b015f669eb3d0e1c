-- Activity rollups rebuilt by month, not whole (tracker #19): at a million
-- activities a full rebuild took 18–100 s, and every reader of the rollups
-- waited for it after any write, even of one activity. Statement triggers
-- with transition tables now record the start months each write touches in
-- activity_rollup_dirty, in the writer's transaction; refresh_activity_rollups()
-- takes them and rebuilds the months from the first to the last (and the
-- dose rollup's years around them). A TRUNCATE marks everything. ALWAYS: the
-- bulk importer writes with session_replication_role = replica (0006).
CREATE TABLE "activity_rollup_dirty" (
	"month" date PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "activity_topic_set_rollup_start_idx" ON "activity_topic_set_rollup" USING btree ("start_month");--> statement-breakpoint
CREATE OR REPLACE FUNCTION activities_mark_dirty_months() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- new_rows / old_rows exist only for the events that have them: each branch runs only then.
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO activity_rollup_dirty (month)
      SELECT DISTINCT date_trunc('month', starts_on::timestamp)::date FROM new_rows ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO activity_rollup_dirty (month)
      SELECT DISTINCT date_trunc('month', starts_on::timestamp)::date FROM old_rows ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- An activity's topics changed: its start month (a deleted activity's cascade finds no
-- activity, and the activity's own trigger has marked its month).
CREATE OR REPLACE FUNCTION activity_topics_mark_dirty_months() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO activity_rollup_dirty (month)
      SELECT DISTINCT date_trunc('month', a.starts_on::timestamp)::date
      FROM new_rows n JOIN activities a ON a.id = n.activity_id ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO activity_rollup_dirty (month)
      SELECT DISTINCT date_trunc('month', a.starts_on::timestamp)::date
      FROM old_rows o JOIN activities a ON a.id = o.activity_id ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION activities_mark_all_dirty() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO activity_rollup_dirty (month) VALUES ('-infinity'), ('infinity') ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER activities_dirty_insert AFTER INSERT ON activities
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activities_mark_dirty_months();--> statement-breakpoint
CREATE TRIGGER activities_dirty_update AFTER UPDATE ON activities
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activities_mark_dirty_months();--> statement-breakpoint
CREATE TRIGGER activities_dirty_delete AFTER DELETE ON activities
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activities_mark_dirty_months();--> statement-breakpoint
CREATE TRIGGER activities_dirty_truncate AFTER TRUNCATE ON activities
  FOR EACH STATEMENT EXECUTE FUNCTION activities_mark_all_dirty();--> statement-breakpoint
CREATE TRIGGER activity_topics_dirty_insert AFTER INSERT ON activity_topics
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_topics_mark_dirty_months();--> statement-breakpoint
CREATE TRIGGER activity_topics_dirty_update AFTER UPDATE ON activity_topics
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_topics_mark_dirty_months();--> statement-breakpoint
CREATE TRIGGER activity_topics_dirty_delete AFTER DELETE ON activity_topics
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_topics_mark_dirty_months();--> statement-breakpoint
CREATE TRIGGER activity_topics_dirty_truncate AFTER TRUNCATE ON activity_topics
  FOR EACH STATEMENT EXECUTE FUNCTION activities_mark_all_dirty();--> statement-breakpoint
ALTER TABLE activities ENABLE ALWAYS TRIGGER activities_dirty_insert;--> statement-breakpoint
ALTER TABLE activities ENABLE ALWAYS TRIGGER activities_dirty_update;--> statement-breakpoint
ALTER TABLE activities ENABLE ALWAYS TRIGGER activities_dirty_delete;--> statement-breakpoint
ALTER TABLE activities ENABLE ALWAYS TRIGGER activities_dirty_truncate;--> statement-breakpoint
ALTER TABLE activity_topics ENABLE ALWAYS TRIGGER activity_topics_dirty_insert;--> statement-breakpoint
ALTER TABLE activity_topics ENABLE ALWAYS TRIGGER activity_topics_dirty_update;--> statement-breakpoint
ALTER TABLE activity_topics ENABLE ALWAYS TRIGGER activity_topics_dirty_delete;--> statement-breakpoint
ALTER TABLE activity_topics ENABLE ALWAYS TRIGGER activity_topics_dirty_truncate;--> statement-breakpoint
CREATE OR REPLACE FUNCTION refresh_activity_rollups() RETURNS void
LANGUAGE plpgsql
SET work_mem = '64MB'
AS $$
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
END $$;
--> statement-breakpoint
-- Existing databases: writes before this migration marked no months, so the next read rebuilds everything.
UPDATE rollup_state SET built_version = -1 WHERE name = 'activities';
