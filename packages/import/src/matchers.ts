import { asc, type Db, tables as t } from "@cchc/db";
import type { CatalogueRows } from "./catalogues";
import { CellError, fold } from "./values";

type ProvinceRow = typeof t.provinces.$inferSelect;

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

/**
 * Finds a province by GSO code, Vietnamese or English name, with or without
 * diacritics, "Tỉnh"/"TP." prefixes and known variants ("Thừa Thiên - Huế",
 * "Huế", "TP HCM"). Where a name is valid for two units (Quảng Trị before and
 * after 1/7/2025) the year decides; anything unknown or still ambiguous is an error.
 */
export class ProvinceMatcher {
  private byKey = new Map<string, ProvinceRow[]>();
  private byCode = new Map<string, ProvinceRow>();

  constructor(rows: ProvinceRow[]) {
    for (const p of rows) {
      this.byCode.set(p.code, p);
      const keys = new Set([key(p.nameVi), key(p.nameEn), ...(PROVINCE_ALIASES[p.code] ?? []).map(key)]);
      for (const k of keys) this.byKey.set(k, [...(this.byKey.get(k) ?? []), p]);
    }
  }

  static async load(db: Db): Promise<ProvinceMatcher> {
    return new ProvinceMatcher(await db.select().from(t.provinces).orderBy(asc(t.provinces.code)));
  }

  match(raw: string, year?: number | null): ProvinceRow {
    const s = raw.trim();
    if (/^\d{1,2}$/.test(s)) {
      const p = this.byCode.get(s.padStart(2, "0"));
      if (!p) throw new CellError(`"${s}" is not a GSO province code`);
      return p;
    }
    const candidates = this.byKey.get(key(s)) ?? [];
    if (candidates.length === 0) throw new CellError(`unknown province "${s}"`);
    if (candidates.length === 1) return candidates[0]!;
    if (year != null) {
      const day = `${year}-06-30`;
      const valid = candidates.filter((p) => p.validFrom <= day && (p.validTo === null || p.validTo >= day));
      if (valid.length === 1) return valid[0]!;
    }
    throw new CellError(
      `"${s}" matches ${candidates.map((p) => `${p.nameVi} (${p.code})`).join(" and ")}: give the GSO code`,
    );
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
