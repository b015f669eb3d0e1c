-- audit_events_append_only(): current text, as the database holds it after migration 0011_people_sessions_audit.sql.
-- To change it: edit this file, then add a migration carrying the same text (test/functions.test.ts keeps them equal).
CREATE OR REPLACE FUNCTION public.audit_events_append_only()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$function$;
