-- index_stats_rebuild_at_commit(): current text, as the database holds it after migration 0014_index_stats.sql.
-- To change it: edit this file, then add a migration carrying the same text (test/functions.test.ts keeps them equal).
CREATE OR REPLACE FUNCTION public.index_stats_rebuild_at_commit()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  PERFORM refresh_index_stats();
  DELETE FROM index_stats_pending WHERE txid = NEW.txid;
  RETURN NULL;
END $function$;
