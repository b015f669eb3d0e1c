/**
 * The 2025 merger of provinces (63 → 34, sắp xếp ĐVHC 2025) as the pages
 * read it from the API's crosswalk: each of the 63 with its successor
 * (`Province.successor`, itself when unchanged). Nothing here names a year or
 * a count: both come from the crosswalk.
 */

/** One of the units before the merger with the unit it became part of. */
export interface CrosswalkLink {
  code: string;
  nameVi: string;
  successor?: { code: string; nameVi: string; validFrom: string } | null;
}

export interface Merger {
  /** First survey year of the new units (their first 1 July). */
  year: number;
  /** Units before and after ("63 → 34"). */
  before: number;
  after: number;
  /** The break's label on a chart. */
  label: string;
}

/** The survey year whose 1 July (the day a year's units are counted on, packages/db eras) first falls on or after a date. */
const firstSurveyYear = (iso: string) => {
  const year = Number(iso.slice(0, 4));
  return iso.slice(5) <= "07-01" ? year : year + 1;
};

/** The merger the crosswalk describes (its first survey year names old and new units), or null when none. */
export function mergerOf(crosswalk: readonly CrosswalkLink[]): Merger | null {
  const moved = crosswalk.filter((c) => c.successor && c.successor.code !== c.code);
  if (moved.length === 0) return null;
  const year = Math.min(...moved.map((c) => firstSurveyYear(c.successor!.validFrom)));
  const before = crosswalk.length;
  const after = new Set(crosswalk.map((c) => c.successor?.code ?? c.code)).size;
  return { year, before, after, label: `Sắp xếp tỉnh ${before} → ${after}` };
}

/** The units a unit formed in the merger was made of; empty for a unit that is itself one of the old ones. */
export function predecessorsOf(code: string, crosswalk: readonly CrosswalkLink[]): CrosswalkLink[] {
  if (crosswalk.some((c) => c.code === code)) return [];
  return crosswalk.filter((c) => c.successor?.code === code);
}

/** The codes to fetch series for: each chosen unit, then the predecessors of a merged one (so their history shows). */
export function withPredecessors(codes: readonly string[], crosswalk: readonly CrosswalkLink[]): string[] {
  const out: string[] = [];
  for (const code of codes) for (const c of [code, ...predecessorsOf(code, crosswalk).map((p) => p.code)]) out.push(c);
  return [...new Set(out)];
}

/**
 * A unit's name where old and new units can be confused: a unit formed in
 * the merger is "Quảng Trị (từ 2025)"; an old unit whose name a new one took,
 * or that a new one absorbed, is "Quảng Bình (đến 2024)". Others keep their
 * name (Nghệ An: one identity across the merger).
 */
export function eraName(code: string, nameVi: string, crosswalk: readonly CrosswalkLink[]): string {
  const merger = mergerOf(crosswalk);
  if (!merger) return nameVi;
  if (predecessorsOf(code, crosswalk).length > 0) return `${nameVi} (từ ${merger.year})`;
  const old = crosswalk.find((c) => c.code === code);
  if (old?.successor && old.successor.code !== code) return `${nameVi} (đến ${merger.year - 1})`;
  return nameVi;
}

/**
 * A year's units for a picker, by name: a unit formed in the merger under its
 * era name ("Quảng Trị (từ 2025)"), the year's others as they are (in a year
 * before the merger, "Quảng Trị" is the old one and needs no mark).
 */
export function yearUnitNames(
  units: readonly { code: string; nameVi: string }[],
  crosswalk: readonly CrosswalkLink[],
): { code: string; nameVi: string }[] {
  return units
    .map((u) => ({
      code: u.code,
      nameVi: predecessorsOf(u.code, crosswalk).length ? eraName(u.code, u.nameVi, crosswalk) : u.nameVi,
    }))
    .sort((a, b) => a.nameVi.localeCompare(b.nameVi, "vi"));
}

/** The units before and the new units, for a picker: the old ones under their era name, then the new ones. */
export function unitChoices(crosswalk: readonly CrosswalkLink[]): { code: string; nameVi: string }[] {
  const created = new Map<string, string>();
  for (const c of crosswalk)
    if (c.successor && c.successor.code !== c.code && !crosswalk.some((o) => o.code === c.successor!.code))
      created.set(c.successor.code, c.successor.nameVi);
  return [
    ...crosswalk.map((c) => ({ code: c.code, nameVi: eraName(c.code, c.nameVi, crosswalk) })),
    ...[...created].map(([code, nameVi]) => ({ code, nameVi: eraName(code, nameVi, crosswalk) })),
  ];
}

/** An era of provincial units as the API gives it (`provinceEras`). */
export interface ProvinceEra {
  firstYear: number;
  unitCount: number;
}

/**
 * Where the set of units changed (2009: 64 → 63, Hà Tây; 2025: 63 → 34): each
 * era after the first, as a break for the charts (lib/series withMergerBreaks).
 */
export function eraChanges(eras: readonly ProvinceEra[]): { year: number; label: string }[] {
  const sorted = [...eras].sort((a, b) => a.firstYear - b.firstYear);
  return sorted.slice(1).map((e, i) => ({
    year: e.firstYear,
    label: `Sắp xếp tỉnh ${sorted[i]!.unitCount} → ${e.unitCount}`,
  }));
}

/** A subject's series as the API gives it (compareSeries). */
export interface UnitSeries {
  subject: { code: string; nameVi: string };
  points: readonly { year: number; value?: number | null }[];
}

/**
 * One line per unit over `years`: a merged unit's predecessors are lines of
 * their own that end before the merger and the new unit's starts with it, so
 * no value is carried across or averaged; an unchanged unit is one line
 * throughout. Lines are named by era (eraName) only when a unit formed in the
 * merger is among them or drawn beside them (`beside`, e.g. the subject of
 * /chi-so) — only then can two lines share a name.
 */
export function unitLines(
  years: readonly number[],
  series: readonly UnitSeries[],
  crosswalk: readonly CrosswalkLink[],
  beside?: string,
): { code: string; name: string; values: (number | null)[] }[] {
  const isNew = (code: string) => predecessorsOf(code, crosswalk).length > 0;
  const mixed = series.some((s) => isNew(s.subject.code)) || (beside != null && isNew(beside));
  return series.map((s) => {
    const byYear = new Map(s.points.map((p) => [p.year, p.value ?? null]));
    return {
      code: s.subject.code,
      name: mixed ? eraName(s.subject.code, s.subject.nameVi, crosswalk) : s.subject.nameVi,
      values: years.map((y) => byYear.get(y) ?? null),
    };
  });
}
