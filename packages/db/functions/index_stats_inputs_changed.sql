-- index_stats_inputs_changed(): current text, as the database holds it after migration 0014_index_stats.sql.
-- To change it: edit this file, then add a migration carrying the same text (test/functions.test.ts keeps them equal).
CREATE OR REPLACE FUNCTION public.index_stats_inputs_changed()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  UPDATE data_versions SET version = version + 1 WHERE name = 'indices';
  INSERT INTO index_stats_pending (txid) VALUES (txid_current()) ON CONFLICT (txid) DO NOTHING;
  RETURN NULL;
END $function$;
