-- A data version for the catalogue of indices: the indices, their components,
-- methodology versions and component versions. The API keeps the catalogue in
-- memory (apps/api/src/modules/indices/catalogue.ts) and reads this version in
-- the same statement as a profile, so an edited component name shows on the
-- next request in every process, and a profile costs one statement (tracker
-- #19). ALWAYS: the bulk importer writes with session_replication_role =
-- replica (0006).
INSERT INTO data_versions (name) VALUES ('catalogue') ON CONFLICT (name) DO NOTHING;--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_catalogue_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_versions SET version = version + 1 WHERE name = 'catalogue';
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER indices_catalogue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indices
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();--> statement-breakpoint
CREATE TRIGGER index_components_catalogue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON index_components
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();--> statement-breakpoint
CREATE TRIGGER methodology_versions_catalogue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON methodology_versions
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();--> statement-breakpoint
CREATE TRIGGER component_versions_catalogue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON component_versions
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();--> statement-breakpoint
ALTER TABLE indices ENABLE ALWAYS TRIGGER indices_catalogue_version;--> statement-breakpoint
ALTER TABLE index_components ENABLE ALWAYS TRIGGER index_components_catalogue_version;--> statement-breakpoint
ALTER TABLE methodology_versions ENABLE ALWAYS TRIGGER methodology_versions_catalogue_version;--> statement-breakpoint
ALTER TABLE component_versions ENABLE ALWAYS TRIGGER component_versions_catalogue_version;
