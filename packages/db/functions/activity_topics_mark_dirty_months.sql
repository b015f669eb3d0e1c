-- activity_topics_mark_dirty_months(): current text, as the database holds it after migration 0018_rollup_by_month.sql.
-- To change it: edit this file, then add a migration carrying the same text (test/functions.test.ts keeps them equal).
CREATE OR REPLACE FUNCTION public.activity_topics_mark_dirty_months()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO activity_rollup_dirty (month)
      SELECT DISTINCT date_trunc('month', a.starts_on::timestamp)::date
      FROM new_rows n JOIN activities a ON a.id = n.activity_id ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO activity_rollup_dirty (month)
      SELECT DISTINCT date_trunc('month', a.starts_on::timestamp)::date
      FROM old_rows o JOIN activities a ON a.id = o.activity_id ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $function$
;
