import { sql } from "drizzle-orm";
import { check, date, integer, pgTable, primaryKey, smallint, text } from "drizzle-orm/pg-core";
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
 * A province-level unit with its validity period. The 63 units valid until
 * 30/06/2025 are keyed by their GSO code ("40" = Nghệ An); units created by the
 * 1/7/2025 merger carry a "2025-" code until their new GSO codes are sourced.
 */
export const provinces = pgTable(
  "provinces",
  {
    code: text().primaryKey(),
    gsoCode: text().unique(),
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
  },
  (t) => [primaryKey({ columns: [t.peerGroupCode, t.provinceCode] })],
);
