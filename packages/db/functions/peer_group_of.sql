-- peer_group_of(): current text, as the database holds it after migration 0021_profile_figures_year_before.sql.
-- To change it: edit this file, then add a migration carrying the same text (test/functions.test.ts keeps them equal).
CREATE OR REPLACE FUNCTION public.peer_group_of(province text, in_year integer)
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$
  -- The first peer group, by code, the province belongs to in the year (membership
  -- bounded by first/last year, migration 0013).
  SELECT m.peer_group_code FROM peer_group_members m
  WHERE m.province_code = province
    AND (m.first_year IS NULL OR m.first_year <= in_year) AND (m.last_year IS NULL OR m.last_year >= in_year)
  ORDER BY m.peer_group_code LIMIT 1
$function$
;
