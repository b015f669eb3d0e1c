-- activities_mark_all_dirty(): current text, as the database holds it after migration 0018_rollup_by_month.sql.
-- To change it: edit this file, then add a migration carrying the same text (test/functions.test.ts keeps them equal).
CREATE OR REPLACE FUNCTION public.activities_mark_all_dirty()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  INSERT INTO activity_rollup_dirty (month) VALUES ('-infinity'), ('infinity') ON CONFLICT DO NOTHING;
  RETURN NULL;
END $function$
;
