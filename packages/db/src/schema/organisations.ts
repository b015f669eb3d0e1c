import { sql } from "drizzle-orm";
import { type AnyPgColumn, check, pgEnum, pgTable, smallint, text } from "drizzle-orm/pg-core";
import { auditColumns, isNfc } from "./columns";
import { provinces } from "./geo";

export const organisationKind = pgEnum("organisation_kind", [
  "department", // Sở
  "office", // Văn phòng Sở
  "division", // phòng chuyên môn
  "centre", // trung tâm (đơn vị sự nghiệp)
  "journal", // tạp chí
  "desk", // bộ phận tiếp nhận và trả kết quả
]);

/** The Department and its units as a hierarchy (parentCode = null at the top). */
export const organisations = pgTable(
  "organisations",
  {
    code: text().primaryKey(),
    parentCode: text().references((): AnyPgColumn => organisations.code),
    kind: organisationKind().notNull(),
    nameVi: text().notNull(),
    shortNameVi: text(),
    nameEn: text(),
    provinceCode: text()
      .notNull()
      .references(() => provinces.code),
    sortOrder: smallint().notNull().default(0),
    ...auditColumns,
  },
  (t) => [
    check("organisations_name_vi_nfc", isNfc(t.nameVi)),
    check("organisations_short_name_nfc", sql`${t.shortNameVi} IS NULL OR ${isNfc(t.shortNameVi)}`),
    check("organisations_not_own_parent", sql`${t.parentCode} IS DISTINCT FROM ${t.code}`),
  ],
);
