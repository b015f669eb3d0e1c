import { sql } from "drizzle-orm";
import { check, date, integer, pgTable, primaryKey, smallint, text, unique } from "drizzle-orm/pg-core";
import { isNfc } from "./columns";

/** The six socio-economic regions used in MoHA and GSO reports. */
export const regions = pgTable(
  "regions",
  {
    code: text().primaryKey(),
    nameVi: text().notNull(),
    nameEn: text().notNull(),
    sortOrder: smallint().notNull(),
  },
  (t) => [check("regions_name_vi_nfc", isNfc(t.nameVi))],
);

/**
 * A province-level unit with its validity period. `code` is the unit's stable
 * key, referenced everywhere (subjects, index values, crosswalk, peer groups,
 * URLs); `gsoCode` is its official code, which a later unit may reuse. The 63
 * units valid until 30/06/2025 are keyed by their GSO code ("40" = Nghệ An, one
 * identity before and after the merger when not merged); units formed on
 * 1/7/2025 keep their "2025-…" keys and carry the codes of Quyết định
 * 19/2025/QĐ-TTg in `gsoCode` — "44" is Quảng Bình until 30/06/2025 and the new
 * Quảng Trị (key "2025-quang-tri") from 01/07/2025. (gsoCode, validFrom) is
 * unique, and migration 0013's trigger refuses two units holding one code on the same day.
 */
export const provinces = pgTable(
  "provinces",
  {
    code: text().primaryKey(),
    gsoCode: text(),
    nameVi: text().notNull(),
    nameEn: text().notNull(),
    regionCode: text()
      .notNull()
      .references(() => regions.code),
    validFrom: date().notNull(),
    validTo: date(),
    papiId: text(),
    pciId: text(),
  },
  (t) => [
    check("provinces_name_vi_nfc", isNfc(t.nameVi)),
    check("provinces_validity", sql`${t.validTo} IS NULL OR ${t.validTo} >= ${t.validFrom}`),
    unique("provinces_gso_code_valid_from_unique").on(t.gsoCode, t.validFrom),
  ],
);

/** Old unit → unit it became part of (Nghị quyết 202/2025/QH15, effective 1/7/2025). */
export const provinceCrosswalk = pgTable(
  "province_crosswalk",
  {
    oldCode: text()
      .notNull()
      .references(() => provinces.code),
    newCode: text()
      .notNull()
      .references(() => provinces.code),
    effectiveOn: date().notNull(),
    legalBasis: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.oldCode, t.effectiveOn] })],
);

/** A named set of provinces to compare against (e.g. the Bắc Trung Bộ six). */
export const peerGroups = pgTable(
  "peer_groups",
  {
    code: text().primaryKey(),
    nameVi: text().notNull(),
    description: text(),
  },
  (t) => [check("peer_groups_name_vi_nfc", isNfc(t.nameVi))],
);

/**
 * Members of a peer group by survey year: `firstYear`/`lastYear` bound the
 * membership (null = from the province's first year / until its last). A
 * province counts in a year only if it is also valid that year (see
 * UNITS_DAY in seed/provinces.ts); migration 0013's trigger refuses bounds
 * outside the province's validity. Bắc Trung Bộ: Quảng Bình and the old
 * Quảng Trị until 2024, the new Quảng Trị from 2025.
 */
export const peerGroupMembers = pgTable(
  "peer_group_members",
  {
    peerGroupCode: text()
      .notNull()
      .references(() => peerGroups.code, { onDelete: "cascade" }),
    provinceCode: text()
      .notNull()
      .references(() => provinces.code),
    sortOrder: integer().notNull().default(0),
    firstYear: smallint(),
    lastYear: smallint(),
  },
  (t) => [
    primaryKey({ columns: [t.peerGroupCode, t.provinceCode] }),
    check(
      "peer_group_members_years",
      sql`(${t.firstYear} IS NULL OR ${t.firstYear} BETWEEN 2000 AND 2100) AND (${t.lastYear} IS NULL OR ${t.lastYear} BETWEEN 2000 AND 2100) AND (${t.firstYear} IS NULL OR ${t.lastYear} IS NULL OR ${t.firstYear} <= ${t.lastYear})`,
    ),
  ],
);
