import { asc, type Db, sql, tables as t } from "@cchc/db";

/** Units valid on a date (default 30/06/2025: the 63 the published series use). */
export function listProvinces(db: Db, validOn = "2025-06-30") {
  return db
    .select()
    .from(t.provinces)
    .where(
      sql`${t.provinces.validFrom} <= ${validOn} AND (${t.provinces.validTo} IS NULL OR ${t.provinces.validTo} >= ${validOn})`,
    )
    .orderBy(asc(t.provinces.code));
}

export function listOrganisations(db: Db) {
  return db.select().from(t.organisations).orderBy(asc(t.organisations.sortOrder));
}
