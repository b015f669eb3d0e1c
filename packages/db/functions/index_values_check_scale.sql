-- index_values_check_scale(): current text, as the database holds it after migration 0001_scale_trigger_and_search.sql.
-- To change it: edit this file, then add a migration carrying the same text (test/functions.test.ts keeps them equal).
CREATE OR REPLACE FUNCTION public.index_values_check_scale()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
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
END $function$;
