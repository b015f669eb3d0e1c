-- peer_group_members_within_validity(): current text, as the database holds it after migration 0013_province_official_codes.sql.
-- To change it: edit this file, then add a migration carrying the same text (test/functions.test.ts keeps them equal).
CREATE OR REPLACE FUNCTION public.peer_group_members_within_validity()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
DECLARE p provinces%ROWTYPE;
BEGIN
  SELECT * INTO p FROM provinces WHERE code = NEW.province_code;
  IF NOT FOUND THEN RETURN NEW; END IF; -- the foreign key reports it
  IF NEW.first_year IS NOT NULL AND NOT (p.valid_from <= make_date(NEW.first_year, 7, 1)
      AND (p.valid_to IS NULL OR p.valid_to >= make_date(NEW.first_year, 7, 1))) THEN
    RAISE EXCEPTION '% không tồn tại năm % (hiệu lực % – %)', p.name_vi, NEW.first_year, p.valid_from, coalesce(p.valid_to::text, 'nay')
      USING ERRCODE = '23514', CONSTRAINT = 'peer_group_members_within_validity';
  END IF;
  IF NEW.last_year IS NOT NULL AND NOT (p.valid_from <= make_date(NEW.last_year, 7, 1)
      AND (p.valid_to IS NULL OR p.valid_to >= make_date(NEW.last_year, 7, 1))) THEN
    RAISE EXCEPTION '% không tồn tại năm % (hiệu lực % – %)', p.name_vi, NEW.last_year, p.valid_from, coalesce(p.valid_to::text, 'nay')
      USING ERRCODE = '23514', CONSTRAINT = 'peer_group_members_within_validity';
  END IF;
  RETURN NEW;
END $function$;
