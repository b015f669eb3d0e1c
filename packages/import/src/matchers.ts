import { asc, type Db, tables as t, unitsDay } from "@cchc/db";
import type { CatalogueRows } from "./catalogues";
import { CellError, fold } from "./values";

type ProvinceRow = typeof t.provinces.$inferSelect;
type CrosswalkRow = Pick<typeof t.provinceCrosswalk.$inferSelect, "oldCode" | "newCode" | "effectiveOn">;

/** Spellings seen in official tables that folding alone does not reach. */
const PROVINCE_ALIASES: Record<string, string[]> = {
  "01": ["hanoi", "ha noi city"],
  "46": ["thua thien hue", "hue", "tt hue", "thua thien"],
  "77": ["brvt", "ba ria vung tau", "vung tau", "ba ria"],
  "79": ["ho chi minh", "hcm", "tp hcm", "hcmc", "sai gon", "ho chi minh city"],
  "31": ["haiphong"],
  "48": ["danang"],
  "92": ["cantho"],
  "66": ["daklak", "dac lac", "dak lak"],
  "67": ["dak nong", "daknong", "dac nong"],
};

/** Words that may precede or follow a province name without changing it. */
const NOISE = /^(tinh|thanh pho|tp|t p|province|city)\s+|\s+(province|city)$/g;

const key = (s: string) => fold(s).replace(NOISE, "").replace(NOISE, "").replace(/\s+/g, " ").trim();

const validIn = (p: ProvinceRow, year: number) => {
  const day = unitsDay(year);
  return p.validFrom <= day && (p.validTo === null || p.validTo >= day);
};

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * How a name was read in a year where the era mattered: the name (or code)
 * belongs to units of different eras, or the unit was formed on 01/07/2025.
 * The preview lists these so the Office sees "Quảng Trị 2025" = the new unit.
 */
export interface UnitMatch {
  /** First row (and file) where it was read so. */
  row: number;
  file?: string;
  written: string;
  year: number;
  /** The unit's key ("2025-quang-tri") and official code ("44"). */
  code: string;
  gsoCode: string | null;
  note: string;
}

/**
 * Finds a province by code (official or key), Vietnamese or English name,
 * with or without diacritics, "Tỉnh"/"TP." prefixes and known variants
 * ("Thừa Thiên - Huế", "Huế", "TP HCM"). With a survey year, only the units of
 * that year count (those valid on 1 July: 63 up to 2024, 34 from 2025), so a
 * 2025 "Quảng Trị" or "44" is the new Quảng Trị and a 2024 one the old; a
 * 2025 row naming a unit merged away ("Quảng Bình") is refused with its
 * successor (PROVINCE_MERGED). Without a year, a name two units share is
 * refused. Anything unknown is an error.
 */
export class ProvinceMatcher {
  private byKey = new Map<string, ProvinceRow[]>();
  private byCode = new Map<string, ProvinceRow[]>();
  private byUnit = new Map<string, ProvinceRow>();
  private successors = new Map<string, CrosswalkRow>();
  private shared = new Set<ProvinceRow>();
  private formedFrom = new Map<string, string[]>();
  /** Era-dependent readings, for the preview; keyed by what was written, the year and the unit. */
  readonly unitMatches = new Map<string, UnitMatch>();

  constructor(rows: ProvinceRow[], crosswalk: CrosswalkRow[] = []) {
    const add = (map: Map<string, ProvinceRow[]>, k: string, p: ProvinceRow) => {
      const list = map.get(k) ?? [];
      if (!list.includes(p)) map.set(k, [...list, p]);
    };
    // A unit formed on 01/07/2025 under a predecessor's name ("TP. Hồ Chí Minh") is spelt as it was ("TP HCM").
    const aliases = new Map<string, string[]>();
    for (const p of rows) {
      const own = PROVINCE_ALIASES[p.code] ?? [];
      aliases.set(key(p.nameVi), [...(aliases.get(key(p.nameVi)) ?? []), ...own]);
    }
    for (const p of rows) {
      this.byUnit.set(p.code, p);
      add(this.byCode, p.code, p);
      if (p.gsoCode) add(this.byCode, p.gsoCode, p);
      for (const k of [p.nameVi, p.nameEn, ...(aliases.get(key(p.nameVi)) ?? [])]) add(this.byKey, key(k), p);
    }
    for (const list of [...this.byKey.values(), ...this.byCode.values()])
      if (list.length > 1) for (const p of list) this.shared.add(p);
    for (const c of crosswalk) {
      if (c.oldCode === c.newCode) continue;
      this.successors.set(c.oldCode, c);
      // Formed by this change (its validity starts then), not merely enlarged (Hà Nội by Hà Tây in 2008).
      const next = rows.find((p) => p.code === c.newCode);
      if (next?.validFrom === c.effectiveOn)
        this.formedFrom.set(c.newCode, [...(this.formedFrom.get(c.newCode) ?? []), c.oldCode]);
    }
  }

  static async load(db: Db): Promise<ProvinceMatcher> {
    const [rows, crosswalk] = await Promise.all([
      db.select().from(t.provinces).orderBy(asc(t.provinces.code)),
      db.select().from(t.provinceCrosswalk),
    ]);
    return new ProvinceMatcher(rows, crosswalk);
  }

  /** Throws the CellError `match` would for a name or code no unit of any year has. */
  known(raw: string): void {
    const s = raw.trim();
    if (/^\d{1,2}$/.test(s) ? !this.byCode.has(s.padStart(2, "0")) : !this.byUnit.has(s) && !this.byKey.has(key(s)))
      this.match(s);
  }

  match(raw: string, year?: number | null, where?: { row: number; file?: string }): ProvinceRow {
    const s = raw.trim();
    const code = /^\d{1,2}$/.test(s) ? s.padStart(2, "0") : this.byUnit.has(s) ? s : null;
    const candidates = code !== null ? (this.byCode.get(code) ?? []) : (this.byKey.get(key(s)) ?? []);
    if (candidates.length === 0)
      throw new CellError(code !== null ? `"${s}" is not a GSO province code` : `unknown province "${s}"`);
    if (year == null) {
      if (candidates.length === 1) return candidates[0]!;
      throw new CellError(
        `"${s}" matches ${candidates.map((p) => `${p.nameVi} (${p.code})`).join(" and ")}: give the GSO code`,
      );
    }
    const valid = candidates.filter((p) => validIn(p, year));
    if (valid.length === 1) {
      const p = valid[0]!;
      if (where) this.note(s, year, p, where);
      return p;
    }
    if (valid.length > 1)
      throw new CellError(
        `"${s}" khớp ${valid.map((p) => `${p.nameVi} (${p.code})`).join(" và ")} trong năm ${year}: hãy ghi mã đơn vị (PROVINCE_AMBIGUOUS)`,
        "PROVINCE_AMBIGUOUS",
      );
    const merged = candidates.some(
      (p) => p.validTo !== null && p.validTo < unitsDay(year) && this.successors.has(p.code),
    );
    const code_ = merged ? "PROVINCE_MERGED" : "PROVINCE_NOT_IN_YEAR";
    throw new CellError(`${this.notInYear(candidates, year)} (${code_})`, code_);
  }

  /** Why none of the units a name or code denotes existed in `year`, naming successors. */
  private notInYear(candidates: ProvinceRow[], year: number): string {
    const reasons = candidates.map((p) => {
      if (p.validTo !== null && p.validTo < unitsDay(year)) {
        const link = this.successors.get(p.code);
        const next = link ? this.byUnit.get(link.newCode) : undefined;
        if (link && next)
          return `${p.nameVi} đã hợp nhất vào ${next.nameVi} từ ${vnDate(link.effectiveOn)}: bảng năm ${year} ghi ${next.nameVi}${next.gsoCode ? ` (mã ${next.gsoCode})` : ""}`;
        return `${p.nameVi} không còn từ ${vnDate(p.validTo)}`;
      }
      return `${p.nameVi} chỉ có từ ${vnDate(p.validFrom)}, chưa có trong năm ${year}`;
    });
    return reasons.join("; ");
  }

  private note(written: string, year: number, p: ProvinceRow, where: { row: number; file?: string }) {
    const formed = this.formedFrom.get(p.code) ?? [];
    if (!this.shared.has(p) && formed.length === 0) return;
    const k = `${key(written)}|${year}|${p.code}`;
    if (this.unitMatches.has(k)) return;
    const from = formed.map((c) => this.byUnit.get(c)?.nameVi ?? c);
    const era =
      formed.length > 0
        ? `đơn vị mới từ ${vnDate(p.validFrom)}, hợp nhất ${from.join(", ")}`
        : p.validTo !== null
          ? `đơn vị đến ${vnDate(p.validTo)}`
          : `đơn vị từ ${vnDate(p.validFrom)}`;
    this.unitMatches.set(k, {
      ...where,
      written,
      year,
      code: p.code,
      gsoCode: p.gsoCode,
      note: `“${written}” năm ${year}: ${p.nameVi}${p.gsoCode ? ` (mã ${p.gsoCode})` : ""}, ${era}`,
    });
  }
}

/** The activity catalogues as plain rows: what a reader thread needs to build its matchers. */
export async function loadCatalogueRows(db: Db): Promise<CatalogueRows> {
  const [organisations, forms, topics, plans] = await Promise.all([
    db.select().from(t.organisations),
    db.select().from(t.forms),
    db.select().from(t.topics),
    db.select().from(t.plans),
  ]);
  return { organisations, forms, topics, plans };
}
