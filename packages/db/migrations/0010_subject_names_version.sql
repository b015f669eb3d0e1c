-- A data version for the names of index subjects: every statement that
-- writes subjects, provinces, organisations or regions bumps it once (as
-- 'activities' is bumped in 0004). The API keeps every subject's names and
-- region in memory and reads this version in the same statement as a ranking,
-- so a renamed province or region shows on the next request, in every
-- process. ALWAYS: the bulk importer writes with session_replication_role =
-- replica (0006).
INSERT INTO data_versions (name) VALUES ('subjects') ON CONFLICT (name) DO NOTHING;--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_subjects_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_versions SET version = version + 1 WHERE name = 'subjects';
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER subjects_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON subjects
  FOR EACH STATEMENT EXECUTE FUNCTION bump_subjects_version();--> statement-breakpoint
CREATE TRIGGER provinces_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON provinces
  FOR EACH STATEMENT EXECUTE FUNCTION bump_subjects_version();--> statement-breakpoint
CREATE TRIGGER organisations_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organisations
  FOR EACH STATEMENT EXECUTE FUNCTION bump_subjects_version();--> statement-breakpoint
CREATE TRIGGER regions_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON regions
  FOR EACH STATEMENT EXECUTE FUNCTION bump_subjects_version();--> statement-breakpoint
ALTER TABLE subjects ENABLE ALWAYS TRIGGER subjects_data_version;--> statement-breakpoint
ALTER TABLE provinces ENABLE ALWAYS TRIGGER provinces_data_version;--> statement-breakpoint
ALTER TABLE organisations ENABLE ALWAYS TRIGGER organisations_data_version;--> statement-breakpoint
ALTER TABLE regions ENABLE ALWAYS TRIGGER regions_data_version;
