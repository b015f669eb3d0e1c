import { asc, type Db, eq, sql, tables as t } from "@cchc/db";
import type { SubjectRow } from "../../mappers";

/** Units valid on a date (default 30/06/2025: the 63 the published series use). */
export function listProvinces(db: Db, validOn = "2025-06-30") {
  return db
    .select()
    .from(t.provinces)
    .where(sql`${t.provinces.validFrom} <= ${validOn} AND (${t.provinces.validTo} IS NULL OR ${t.provinces.validTo} >= ${validOn})`)
    .orderBy(asc(t.provinces.code));
}

/** A subject with a display name, whether province or department: one statement. */
export async function findSubject(db: Db, code: string): Promise<SubjectRow | null> {
  const [row] = await db
    .select({
      code: t.subjects.code,
      kind: t.subjects.kind,
      nameVi: sql<string>`coalesce(${t.provinces.nameVi}, ${t.organisations.nameVi})`,
      nameEn: sql<string | null>`coalesce(${t.provinces.nameEn}, ${t.organisations.nameEn})`,
      regionCode: t.provinces.regionCode,
    })
    .from(t.subjects)
    .leftJoin(t.provinces, eq(t.provinces.code, t.subjects.provinceCode))
    .leftJoin(t.organisations, eq(t.organisations.code, t.subjects.organisationCode))
    .where(eq(t.subjects.code, code));
  return row ?? null;
}

export function listOrganisations(db: Db) {
  return db.select().from(t.organisations).orderBy(asc(t.organisations.sortOrder));
}
