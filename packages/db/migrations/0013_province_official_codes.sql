-- Official codes of the 34 units formed on 01/07/2025 and peer-group
-- membership by year. The key (provinces.code) does not change: index values,
-- subjects, the crosswalk, peer groups and API clients keep "40" for Nghệ An
-- and "2025-quang-tri" for the new Quảng Trị. The official code (gso_code)
-- may now be reused by a successor that is a different unit — "44" is Quảng
-- Bình until 30/06/2025 and the new Quảng Trị from 01/07/2025 (Quyết định
-- 19/2025/QĐ-TTg, Bảng danh mục và mã số các đơn vị hành chính Việt Nam) —
-- so it is unique per validity, not alone.
ALTER TABLE "provinces" DROP CONSTRAINT "provinces_gsoCode_unique";--> statement-breakpoint
UPDATE "provinces" SET "gso_code" = c.gso_code
FROM (VALUES
  ('2025-tuyen-quang', '08'), ('2025-lao-cai', '15'), ('2025-thai-nguyen', '19'), ('2025-phu-tho', '25'),
  ('2025-bac-ninh', '24'), ('2025-hung-yen', '33'), ('2025-hai-phong', '31'), ('2025-ninh-binh', '37'),
  ('2025-quang-tri', '44'), ('2025-da-nang', '48'), ('2025-quang-ngai', '51'), ('2025-gia-lai', '52'),
  ('2025-khanh-hoa', '56'), ('2025-lam-dong', '68'), ('2025-dak-lak', '66'), ('2025-ho-chi-minh', '79'),
  ('2025-dong-nai', '75'), ('2025-tay-ninh', '80'), ('2025-can-tho', '92'), ('2025-vinh-long', '86'),
  ('2025-dong-thap', '82'), ('2025-ca-mau', '96'), ('2025-an-giang', '91')
) AS c(code, gso_code)
WHERE "provinces"."code" = c.code AND "provinces"."gso_code" IS NULL;--> statement-breakpoint
ALTER TABLE "provinces" ADD CONSTRAINT "provinces_gso_code_valid_from_unique" UNIQUE("gso_code","valid_from");--> statement-breakpoint
-- No two units hold one official code on the same day (an exclusion
-- constraint would need btree_gist, which PGlite does not load by default).
CREATE OR REPLACE FUNCTION provinces_gso_code_no_overlap() RETURNS trigger
LANGUAGE plpgsql AS $$
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
END $$;--> statement-breakpoint
CREATE TRIGGER provinces_gso_code_no_overlap BEFORE INSERT OR UPDATE OF gso_code, valid_from, valid_to ON provinces
  FOR EACH ROW EXECUTE FUNCTION provinces_gso_code_no_overlap();--> statement-breakpoint
ALTER TABLE provinces ENABLE ALWAYS TRIGGER provinces_gso_code_no_overlap;--> statement-breakpoint
ALTER TABLE "peer_group_members" ADD COLUMN "first_year" smallint;--> statement-breakpoint
ALTER TABLE "peer_group_members" ADD COLUMN "last_year" smallint;--> statement-breakpoint
ALTER TABLE "peer_group_members" ADD CONSTRAINT "peer_group_members_years" CHECK (("peer_group_members"."first_year" IS NULL OR "peer_group_members"."first_year" BETWEEN 2000 AND 2100) AND ("peer_group_members"."last_year" IS NULL OR "peer_group_members"."last_year" BETWEEN 2000 AND 2100) AND ("peer_group_members"."first_year" IS NULL OR "peer_group_members"."last_year" IS NULL OR "peer_group_members"."first_year" <= "peer_group_members"."last_year"));--> statement-breakpoint
-- A membership year counts only where the province exists that year: the
-- units of survey year Y are those valid on 1 July of Y (2025: the 34).
CREATE OR REPLACE FUNCTION peer_group_members_within_validity() RETURNS trigger
LANGUAGE plpgsql AS $$
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
END $$;--> statement-breakpoint
CREATE TRIGGER peer_group_members_within_validity BEFORE INSERT OR UPDATE ON peer_group_members
  FOR EACH ROW EXECUTE FUNCTION peer_group_members_within_validity();--> statement-breakpoint
ALTER TABLE peer_group_members ENABLE ALWAYS TRIGGER peer_group_members_within_validity;--> statement-breakpoint
-- Bắc Trung Bộ by era (existing databases; a new one gets this from the seed).
UPDATE "peer_group_members" SET "last_year" = 2024
WHERE "peer_group_code" = 'BAC_TRUNG_BO' AND "province_code" IN ('44', '45');--> statement-breakpoint
INSERT INTO "peer_group_members" ("peer_group_code", "province_code", "sort_order", "first_year")
SELECT 'BAC_TRUNG_BO', '2025-quang-tri', 6, 2025
WHERE EXISTS (SELECT 1 FROM "peer_groups" WHERE "code" = 'BAC_TRUNG_BO')
  AND EXISTS (SELECT 1 FROM "provinces" WHERE "code" = '2025-quang-tri')
ON CONFLICT DO NOTHING;--> statement-breakpoint
UPDATE "peer_groups" SET "name_vi" = 'Bắc Trung Bộ',
  "description" = 'Đến 2024: Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị, Thừa Thiên Huế. Từ 2025: Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị (mới), Huế'
WHERE "code" = 'BAC_TRUNG_BO' AND "name_vi" = 'Bắc Trung Bộ (6 tỉnh)';
