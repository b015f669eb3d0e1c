-- Extensions used for diacritic-insensitive search ("cai cach" finds "cải cách").
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
-- unaccent() is STABLE (it reads a dictionary), so it cannot back an index.
-- This wrapper pins the dictionary and is declared IMMUTABLE, the documented
-- way to index unaccented text. đ/Đ are folded explicitly: unaccent maps them
-- on PostgreSQL 15 and 18 alike, but being explicit keeps search independent of
-- the rules file.
CREATE OR REPLACE FUNCTION fold_vi(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(translate(public.unaccent('public.unaccent'::regdictionary, input), 'đĐ', 'dD')) $$;--> statement-breakpoint
CREATE INDEX activities_title_fold_trgm ON activities USING gin (fold_vi(title) gin_trgm_ops);--> statement-breakpoint
-- A value must lie within the scale of what it measures under its methodology
-- version: the total's range from methodology_versions, a component's from
-- component_versions (which also proves the component exists in that version).
-- A CHECK cannot read other tables, hence the trigger.
CREATE OR REPLACE FUNCTION index_values_check_scale() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  lo numeric;
  hi numeric;
BEGIN
  IF NEW.component_id IS NULL THEN
    SELECT total_min, total_max INTO lo, hi FROM methodology_versions WHERE code = NEW.version_code;
  ELSE
    SELECT scale_min, scale_max INTO lo, hi FROM component_versions
      WHERE component_id = NEW.component_id AND version_code = NEW.version_code;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'component % is not part of methodology version %', NEW.component_id, NEW.version_code
        USING ERRCODE = 'check_violation', CONSTRAINT = 'index_values_component_in_version';
    END IF;
  END IF;
  IF NEW.value IS NOT NULL AND (NEW.value < lo OR NEW.value > hi) THEN
    RAISE EXCEPTION 'value % of % % (year %, subject %) is outside the scale [%, %] of methodology version %',
      NEW.value, NEW.index_code, coalesce(NEW.component_id, 'total'), NEW.year, NEW.subject_code, lo, hi, NEW.version_code
      USING ERRCODE = 'check_violation', CONSTRAINT = 'index_values_within_scale';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER index_values_check_scale BEFORE INSERT OR UPDATE ON index_values
  FOR EACH ROW EXECUTE FUNCTION index_values_check_scale();--> statement-breakpoint
CREATE INDEX index_values_ranking_idx ON index_values (index_code, year, component_id);
