-- refresh_activity_rollups() below is superseded: its current text is in packages/db/functions/refresh_activity_rollups.sql
-- (last redefined by 0014_index_stats.sql; see docs/architecture.md). Only this comment was added; the statements are as they ran.
CREATE TABLE "activity_rollup" (
	"start_month" date NOT NULL,
	"end_month" date NOT NULL,
	"organisation_code" text NOT NULL,
	"form_code" text NOT NULL,
	"channel" text NOT NULL,
	"plan_key" text NOT NULL,
	"is_demo" boolean NOT NULL,
	"n" integer NOT NULL,
	"reach" bigint NOT NULL,
	"participants" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_topic_rollup" (
	"topic_code" text NOT NULL,
	"start_month" date NOT NULL,
	"end_month" date NOT NULL,
	"organisation_code" text NOT NULL,
	"form_code" text NOT NULL,
	"channel" text NOT NULL,
	"plan_key" text NOT NULL,
	"is_demo" boolean NOT NULL,
	"n" integer NOT NULL,
	"reach" bigint NOT NULL,
	"participants" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "data_versions" (
	"name" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rollup_state" (
	"name" text PRIMARY KEY NOT NULL,
	"built_version" bigint DEFAULT -1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "activity_rollup_start_idx" ON "activity_rollup" USING btree ("start_month");--> statement-breakpoint
CREATE INDEX "activity_topic_rollup_start_idx" ON "activity_topic_rollup" USING btree ("start_month");--> statement-breakpoint
-- Every write to the activity log bumps one counter, once per statement (a
-- 100,000-row import bumps it once): readers compare it with what the rollups
-- were built from. The writer's row lock on the counter is held to its commit,
-- so rollup readers never take it; they lock rollup_state instead.
INSERT INTO data_versions (name) VALUES ('activities');--> statement-breakpoint
INSERT INTO rollup_state (name) VALUES ('activities');--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_activities_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_versions SET version = version + 1 WHERE name = 'activities';
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER activities_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON activities
  FOR EACH STATEMENT EXECUTE FUNCTION bump_activities_version();--> statement-breakpoint
CREATE TRIGGER activity_topics_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON activity_topics
  FOR EACH STATEMENT EXECUTE FUNCTION bump_activities_version();--> statement-breakpoint
-- Rebuilds both rollups when the activities changed since they were built; a
-- no-op otherwise. Concurrent callers queue on rollup_state's row and the
-- second finds the work done. Each statement below sees every write committed
-- up to the version read first, so marking that version built is safe.
CREATE OR REPLACE FUNCTION refresh_activity_rollups() RETURNS void
LANGUAGE plpgsql AS $$
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
  INSERT INTO activity_rollup (start_month, end_month, organisation_code, form_code, channel, plan_key, is_demo, n, reach, participants)
    SELECT date_trunc('month', starts_on)::date, date_trunc('month', ends_on)::date, organisation_code, form_code,
           coalesce(channel, ''), coalesce(plan_id::text, ''), is_demo, count(*), coalesce(sum(reach), 0), coalesce(sum(participants), 0)
    FROM activities GROUP BY 1, 2, 3, 4, 5, 6, 7;
  INSERT INTO activity_topic_rollup (topic_code, start_month, end_month, organisation_code, form_code, channel, plan_key, is_demo, n, reach, participants)
    SELECT at.topic_code, date_trunc('month', a.starts_on)::date, date_trunc('month', a.ends_on)::date, a.organisation_code, a.form_code,
           coalesce(a.channel, ''), coalesce(a.plan_id::text, ''), a.is_demo, count(*), coalesce(sum(a.reach), 0), coalesce(sum(a.participants), 0)
    FROM activities a JOIN activity_topics at ON at.activity_id = a.id GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
  UPDATE rollup_state SET built_version = current_version WHERE name = 'activities';
END $$;
