-- bump_catalogue_version(): current text, as the database holds it after migration 0016_catalogue_version.sql.
-- To change it: edit this file, then add a migration carrying the same text (test/functions.test.ts keeps them equal).
CREATE OR REPLACE FUNCTION public.bump_catalogue_version()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  UPDATE data_versions SET version = version + 1 WHERE name = 'catalogue';
  RETURN NULL;
END $function$;
