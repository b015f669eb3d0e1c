-- provinces_gso_code_no_overlap(): current text, as the database holds it after migration 0013_province_official_codes.sql.
-- To change it: edit this file, then add a migration carrying the same text (test/functions.test.ts keeps them equal).
CREATE OR REPLACE FUNCTION public.provinces_gso_code_no_overlap()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
DECLARE other text;
BEGIN
  IF NEW.gso_code IS NULL THEN RETURN NEW; END IF;
  SELECT p.code INTO other FROM provinces p
  WHERE p.gso_code = NEW.gso_code AND p.code <> NEW.code
    AND p.valid_from <= coalesce(NEW.valid_to, 'infinity'::date)
    AND NEW.valid_from <= coalesce(p.valid_to, 'infinity'::date)
  LIMIT 1;
  IF other IS NOT NULL THEN
    RAISE EXCEPTION 'Mã % đã thuộc đơn vị % trong cùng thời gian hiệu lực', NEW.gso_code, other
      USING ERRCODE = '23P01', CONSTRAINT = 'provinces_gso_code_no_overlap';
  END IF;
  RETURN NEW;
END $function$;
