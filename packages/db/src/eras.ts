/**
 * Which provincial units a survey year has. The units of year Y are those
 * valid on 1 July of Y: 2008 still has Hà Tây (joined Hà Nội on 01/08/2008),
 * 2024 has the 63, 2025 the 34 formed on 01/07/2025 (Nghị quyết 202/2025/QH15).
 * The same day bounds peer-group membership (migration 0013's trigger uses
 * make_date(Y, 7, 1) to the same effect). Ranks of two years are comparable
 * only within one era: no crosswalk change takes effect between their days.
 */
export const unitsDay = (year: number): string => `${year}-07-01`;

/** First survey year of the 34-unit era. */
export const FIRST_YEAR_OF_34 = 2025;
