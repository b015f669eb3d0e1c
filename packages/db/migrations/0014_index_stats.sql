-- Index statistics computed once per change of the index values, not on every
-- read (tracker #19): per (index, component, year, methodology version) the
-- count ranked, mean, population standard deviation, median, quartiles,
-- min/max, best/worst in the index's direction; per value its rank (standard
-- competition: 1, 2, 2, 4), out of (the number ranked), z-score and
-- percentile (share at or below it); and the region and peer-group means.
-- This file is the one definition of those measures: the API reads them.
-- component_key is '' for the index total.
CREATE TABLE "index_stats" (
	"index_code" text NOT NULL,
	"component_key" text NOT NULL,
	"year" smallint NOT NULL,
	"version_code" text NOT NULL,
	"n" integer NOT NULL,
	"mean" double precision,
	"sd" double precision,
	"median" double precision,
	"q1" double precision,
	"q3" double precision,
	"min" double precision,
	"max" double precision,
	"best" double precision,
	"worst" double precision,
	CONSTRAINT "index_stats_pk" PRIMARY KEY ("index_code", "component_key", "year", "version_code")
);
--> statement-breakpoint
CREATE TABLE "index_value_stats" (
	"value_id" bigint PRIMARY KEY NOT NULL,
	"rank" integer NOT NULL,
	"out_of" integer NOT NULL,
	"z_score" double precision,
	"percentile" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "index_group_stats" (
	"index_code" text NOT NULL,
	"component_key" text NOT NULL,
	"year" smallint NOT NULL,
	"version_code" text NOT NULL,
	"group_kind" text NOT NULL,
	"group_code" text NOT NULL,
	"n" integer NOT NULL,
	"mean" double precision,
	CONSTRAINT "index_group_stats_pk" PRIMARY KEY ("index_code", "component_key", "year", "version_code", "group_kind", "group_code"),
	CONSTRAINT "index_group_stats_kind" CHECK ("group_kind" IN ('region', 'peer'))
);
--> statement-breakpoint
-- Who counts in a peer group's mean: the one place membership eras (0013's
-- first_year / last_year, NULL = open) enter the statistics.
CREATE VIEW "index_peer_membership" AS
	SELECT peer_group_code, province_code, first_year, last_year FROM peer_group_members;
--> statement-breakpoint
-- Transactions that changed what the statistics are computed from; a row
-- here fires the rebuild once, at the transaction's commit.
CREATE TABLE "index_stats_pending" (
	"txid" bigint PRIMARY KEY NOT NULL
);
--> statement-breakpoint
INSERT INTO data_versions (name) VALUES ('indices') ON CONFLICT (name) DO NOTHING;--> statement-breakpoint
-- Rebuilds every statistic from index_values. Writers serialise on an
-- advisory lock; each statement below then sees every transaction committed
-- before it (READ COMMITTED), so the last committer's rebuild is complete.
CREATE OR REPLACE FUNCTION refresh_index_stats() RETURNS void
LANGUAGE plpgsql
SET work_mem = '64MB'
AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('refresh_index_stats'));
  DELETE FROM index_value_stats;
  DELETE FROM index_group_stats;
  DELETE FROM index_stats;
  INSERT INTO index_stats (index_code, component_key, year, version_code, n, mean, sd, median, q1, q3, min, max, best, worst)
    SELECT v.index_code, coalesce(v.component_id, ''), v.year, v.version_code, count(v.value),
           avg(v.value::float8), stddev_pop(v.value::float8),
           percentile_cont(0.5) WITHIN GROUP (ORDER BY v.value::float8),
           percentile_cont(0.25) WITHIN GROUP (ORDER BY v.value::float8),
           percentile_cont(0.75) WITHIN GROUP (ORDER BY v.value::float8),
           min(v.value::float8), max(v.value::float8),
           CASE WHEN bool_and(i.higher_is_better) THEN max(v.value::float8) ELSE min(v.value::float8) END,
           CASE WHEN bool_and(i.higher_is_better) THEN min(v.value::float8) ELSE max(v.value::float8) END
    FROM index_values v JOIN indices i ON i.code = v.index_code
    GROUP BY 1, 2, 3, 4;
  INSERT INTO index_value_stats (value_id, rank, out_of, z_score, percentile)
    SELECT r.id, r.rank, r.n,
           CASE WHEN r.n > 1 AND s.sd > 0 THEN (r.value - s.mean) / s.sd END,
           100 * (r.n - r.rank + 1)::float8 / r.n
    FROM (
      SELECT v.id, v.index_code, coalesce(v.component_id, '') AS component_key, v.year, v.version_code, v.value::float8 AS value,
             rank() OVER (PARTITION BY v.index_code, v.component_id, v.year, v.version_code
                          ORDER BY CASE WHEN i.higher_is_better THEN -v.value ELSE v.value END) AS rank,
             count(*) OVER (PARTITION BY v.index_code, v.component_id, v.year, v.version_code) AS n
      FROM index_values v JOIN indices i ON i.code = v.index_code
      WHERE v.value IS NOT NULL
    ) r
    JOIN index_stats s ON s.index_code = r.index_code AND s.component_key = r.component_key AND s.year = r.year AND s.version_code = r.version_code;
  INSERT INTO index_group_stats (index_code, component_key, year, version_code, group_kind, group_code, n, mean)
    SELECT v.index_code, coalesce(v.component_id, ''), v.year, v.version_code, 'region', coalesce(p.region_code, ''),
           count(v.value), avg(v.value::float8)
    FROM index_values v LEFT JOIN provinces p ON p.code = v.subject_code
    GROUP BY 1, 2, 3, 4, 6
    UNION ALL
    SELECT v.index_code, coalesce(v.component_id, ''), v.year, v.version_code, 'peer', m.peer_group_code,
           count(v.value), avg(v.value::float8)
    FROM index_values v
    JOIN index_peer_membership m ON m.province_code = v.subject_code
      AND (m.first_year IS NULL OR v.year >= m.first_year) AND (m.last_year IS NULL OR v.year <= m.last_year)
    GROUP BY 1, 2, 3, 4, 6;
END $$;
--> statement-breakpoint
-- A statement changed an input: bump the data version (response caches key on
-- it) and queue one rebuild for this transaction's commit.
CREATE OR REPLACE FUNCTION index_stats_inputs_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_versions SET version = version + 1 WHERE name = 'indices';
  INSERT INTO index_stats_pending (txid) VALUES (txid_current()) ON CONFLICT (txid) DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION index_stats_rebuild_at_commit() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_index_stats();
  DELETE FROM index_stats_pending WHERE txid = NEW.txid;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER index_stats_rebuild AFTER INSERT ON index_stats_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION index_stats_rebuild_at_commit();--> statement-breakpoint
CREATE TRIGGER index_values_stats AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON index_values
  FOR EACH STATEMENT EXECUTE FUNCTION index_stats_inputs_changed();--> statement-breakpoint
CREATE TRIGGER indices_stats AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indices
  FOR EACH STATEMENT EXECUTE FUNCTION index_stats_inputs_changed();--> statement-breakpoint
CREATE TRIGGER provinces_stats AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON provinces
  FOR EACH STATEMENT EXECUTE FUNCTION index_stats_inputs_changed();--> statement-breakpoint
CREATE TRIGGER peer_group_members_stats AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON peer_group_members
  FOR EACH STATEMENT EXECUTE FUNCTION index_stats_inputs_changed();--> statement-breakpoint
-- ALWAYS: the bulk importer writes with session_replication_role = replica (0006).
ALTER TABLE index_values ENABLE ALWAYS TRIGGER index_values_stats;--> statement-breakpoint
ALTER TABLE indices ENABLE ALWAYS TRIGGER indices_stats;--> statement-breakpoint
ALTER TABLE provinces ENABLE ALWAYS TRIGGER provinces_stats;--> statement-breakpoint
ALTER TABLE peer_group_members ENABLE ALWAYS TRIGGER peer_group_members_stats;--> statement-breakpoint
ALTER TABLE index_stats_pending ENABLE ALWAYS TRIGGER index_stats_rebuild;--> statement-breakpoint
SELECT refresh_index_stats();
--> statement-breakpoint
-- Alignment's dose per year (tracker #19): activities per start year, unit and
-- sorted topic set, summed from the monthly set rollup at the end of each
-- rebuild — 1 140 rows instead of 13 680 at a million activities. The dose of
-- a topic set is the sum over the rows whose set overlaps it (each activity
-- once).
CREATE TABLE "activity_dose_rollup" (
	"year" smallint NOT NULL,
	"organisation_code" text NOT NULL,
	"topics" text[] NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "activity_dose_rollup_unit_idx" ON "activity_dose_rollup" USING btree ("organisation_code");--> statement-breakpoint
-- 0009's rebuild, plus the yearly dose rollup.
CREATE OR REPLACE FUNCTION refresh_activity_rollups() RETURNS void
LANGUAGE plpgsql
SET work_mem = '64MB'
AS $$
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
END $$;
--> statement-breakpoint
-- Existing databases: the next read rebuilds, filling the new table.
UPDATE rollup_state SET built_version = -1 WHERE name = 'activities';
