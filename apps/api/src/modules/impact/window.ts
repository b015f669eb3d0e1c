import { MIN_PRE_PERIODS } from "@cchc/analytics";
import { unitsDay } from "@cchc/db";
import { badInput } from "../../errors";
import type { VersionRow } from "../../mappers";
import { IMPACT_MESSAGES as M } from "./impact-errors";
import type { ProvinceValidity } from "./panel.service";

/** The years an evaluation uses, and why it is shorter than the stored years. */
export interface ImpactWindowRow {
  from: number;
  to: number;
  preYears: number[];
  postYears: number[];
  version: VersionRow;
  cutReason: string | null;
  /** Provinces the index ranks in every year of the window (the same set: see unitsOf). */
  units: Set<string>;
}

const checkYear = (field: string, year: number) => {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput(M.year(field, year), field);
};

/** Provinces valid on the year's units day (unitsDay, 1 July): the units an index ranks that year (63 to 2024, 34 from 2025). */
export function unitsOf(provinces: readonly ProvinceValidity[], year: number): Set<string> {
  const day = unitsDay(year);
  return new Set(
    provinces.filter((p) => p.validFrom <= day && (p.validTo === null || p.validTo >= day)).map((p) => p.code),
  );
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/**
 * The window of an evaluation. The methodology version in force in
 * `treatedFrom` bounds it: a window asked across a version change is refused
 * naming the change; a default window is cut at the change and says so.
 * Every year of the window must rank the same units as its first year (the
 * 2025 merger turned 63 provinces into 34): otherwise it is refused rather
 * than mixing two sets of units. At least MIN_PRE_PERIODS stored years
 * before treatedFrom and one from it on are needed.
 */
export function chooseWindow(
  index: string,
  versions: readonly VersionRow[],
  storedYears: readonly number[],
  provinces: readonly ProvinceValidity[],
  args: { treatedFrom: number; from?: number | null; to?: number | null },
): ImpactWindowRow {
  checkYear("treatedFrom", args.treatedFrom);
  if (args.from != null) checkYear("from", args.from);
  if (args.to != null) checkYear("to", args.to);
  const version = versions.find(
    (v) => v.firstYear <= args.treatedFrom && (v.lastYear === null || args.treatedFrom <= v.lastYear),
  );
  if (!version) throw badInput(M.noVersion(index, args.treatedFrom), "treatedFrom");
  const first = storedYears[0] ?? args.treatedFrom;
  const last = storedYears[storedYears.length - 1] ?? args.treatedFrom;
  const from = args.from ?? Math.max(version.firstYear, first);
  const to = args.to ?? Math.min(version.lastYear ?? last, last);
  if (from > to) throw badInput(M.emptyWindow(from, to), "from");
  // A change inside the window asked for: the first version starting after `from`, up to `to`.
  const next = versions.find((v) => v.firstYear > from && v.firstYear <= to);
  if (next)
    throw badInput(
      M.crossesBreak(index, from, to, next.firstYear, next.code),
      next.firstYear > args.treatedFrom ? "to" : "from",
    );
  const cuts: string[] = [];
  if (args.from == null && first < version.firstYear)
    cuts.push(
      `${index} đổi phương pháp năm ${version.firstYear} (${version.nameVi}): cửa sổ bắt đầu từ ${version.firstYear}, các năm trước không so sánh được.`,
    );
  if (args.to == null && version.lastYear !== null && last > version.lastYear)
    cuts.push(
      `${index} đổi phương pháp năm ${version.lastYear + 1}: cửa sổ kết thúc năm ${version.lastYear}, các năm sau không so sánh được.`,
    );
  const years = storedYears.filter((y) => y >= from && y <= to);
  const preYears = years.filter((y) => y < args.treatedFrom);
  const postYears = years.filter((y) => y >= args.treatedFrom);
  if (preYears.length < MIN_PRE_PERIODS)
    throw badInput(M.tooFewPre(preYears.length, args.treatedFrom, from, to, MIN_PRE_PERIODS), "treatedFrom");
  if (!postYears.length) throw badInput(M.noPost(args.treatedFrom, from, to), "treatedFrom");
  const units = unitsOf(provinces, years[0]!);
  for (const y of years.slice(1)) {
    const u = unitsOf(provinces, y);
    if (!sameSet(u, units)) throw badInput(M.unitsChanged(y, units.size, u.size, years[0]!), "to");
  }
  return { from, to, preYears, postYears, version, cutReason: cuts.length ? cuts.join(" ") : null, units };
}
