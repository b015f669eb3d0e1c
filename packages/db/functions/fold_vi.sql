-- fold_vi(): current text, as the database holds it after migration 0001_scale_trigger_and_search.sql.
-- To change it: edit this file, then add a migration carrying the same text (test/functions.test.ts keeps them equal).
CREATE OR REPLACE FUNCTION public.fold_vi(input text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
AS $function$ SELECT lower(translate(public.unaccent('public.unaccent'::regdictionary, input), 'đĐ', 'dD')) $function$;
