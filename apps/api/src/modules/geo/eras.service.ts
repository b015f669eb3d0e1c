import { type Db, queryRows, type SQL, sql, unitsDay } from "@cchc/db";

/**
 * True (a SQL boolean) when provincial units were merged between survey years
 * `year − 1` and `year`: a crosswalk change (old ≠ new) takes effect after the
 * first year's day and by the second's (mergerDays: unitsDay, 1 July). 2024 →
 * 2025: the 63 → 34 merger of 01/07/2025; 2008 → 2009: Hà Tây into Hà Nội
 * (01/08/2008). Ranks of the two years then rank different sets of units.
 * `days` holds the two days, or placeholders for them (statement()).
 */
export const mergerBetween = (days: {
  after: unknown;
  upTo: unknown;
}): SQL => sql`EXISTS (SELECT 1 FROM province_crosswalk x
  WHERE x.old_code <> x.new_code AND x.effective_on > ${days.after}::date AND x.effective_on <= ${days.upTo}::date)`;

/** The days mergerBetween compares for survey year `year`: year − 1's and year's unitsDay. */
export const mergerDays = (year: number) => ({ after: unitsDay(year - 1), upTo: unitsDay(year) });

/**
 * The survey years that begin an era (a merger took effect after the year
 * before's 1 July and by theirs), as a SQL int[]: 2009 and 2025.
 */
export const MERGER_YEARS: SQL = sql`(SELECT coalesce(array_agg(DISTINCT extract(year FROM x.effective_on)::int
    + CASE WHEN x.effective_on <= make_date(extract(year FROM x.effective_on)::int, 7, 1) THEN 0 ELSE 1 END), '{}')
  FROM province_crosswalk x WHERE x.old_code <> x.new_code)`;

export interface ProvinceEraRow {
  firstYear: number;
  lastYear: number | null;
  startsOn: string;
  unitCount: number;
  legalBasis: string | null;
}

/**
 * The eras of provincial units, from the crosswalk: each merger starts one at
 * the first survey year whose 1 July falls on or after it. Two statements.
 */
export async function provinceEras(db: Db): Promise<ProvinceEraRow[]> {
  const rows = await queryRows<{ startsOn: string; legalBasis: string | null }>(
    db,
    sql`
    SELECT starts_on::text AS "startsOn", legal_basis AS "legalBasis" FROM (
      -- The first era: the day all units existing before the first change co-existed (01/01/2004;
      -- Hà Tây's earlier validity is not modelled history).
      SELECT coalesce(
        (SELECT max(p.valid_from) FROM provinces p
         WHERE p.valid_from < f.d AND (p.valid_to IS NULL OR p.valid_to >= f.d - 1)),
        (SELECT min(valid_from) FROM provinces)) AS starts_on, NULL::text AS legal_basis
      FROM (SELECT min(effective_on) AS d FROM province_crosswalk WHERE old_code <> new_code) f
      UNION
      SELECT effective_on, min(legal_basis) FROM province_crosswalk WHERE old_code <> new_code GROUP BY effective_on
    ) e ORDER BY starts_on`,
  );
  const firstYearOn = (day: string) => {
    const y = Number(day.slice(0, 4));
    return day <= unitsDay(y) ? y : y + 1;
  };
  const starts = rows.map((r) => ({ ...r, firstYear: firstYearOn(r.startsOn) }));
  const validity = await queryRows<{ validFrom: string; validTo: string | null }>(
    db,
    sql`SELECT valid_from::text AS "validFrom", valid_to::text AS "validTo" FROM provinces`,
  );
  const unitsOn = (day: string) =>
    validity.filter((p) => p.validFrom <= day && (p.validTo === null || p.validTo >= day)).length;
  return starts.map((s, i) => ({
    ...s,
    lastYear: starts[i + 1] ? starts[i + 1]!.firstYear - 1 : null,
    unitCount: unitsOn(unitsDay(s.firstYear)),
  }));
}
