import { asc, type Db, eq, sql, tables as t, unitsDay } from "@cchc/db";
import type { PeerGroupMembershipRow } from "../../mappers";

export async function findPeerGroup(db: Db, code: string) {
  const [g] = await db.select().from(t.peerGroups).where(eq(t.peerGroups.code, code));
  return g ?? null;
}

/** Every membership of a group, in the group's order, with its survey years. */
export async function peerGroupMemberships(db: Db, code: string): Promise<PeerGroupMembershipRow[]> {
  return db
    .select({ province: t.provinces, firstYear: t.peerGroupMembers.firstYear, lastYear: t.peerGroupMembers.lastYear })
    .from(t.peerGroupMembers)
    .innerJoin(t.provinces, eq(t.provinces.code, t.peerGroupMembers.provinceCode))
    .where(eq(t.peerGroupMembers.peerGroupCode, code))
    .orderBy(asc(t.peerGroupMembers.sortOrder), asc(t.provinces.code));
}

/**
 * The members counting in survey year `year`: within the membership's years
 * and valid that year (unitsDay); every member of every era without a year.
 */
export async function peerGroupMembers(db: Db, code: string, year?: number | null) {
  const m = t.peerGroupMembers;
  const p = t.provinces;
  const inYear =
    year == null
      ? sql`true`
      : sql`(${m.firstYear} IS NULL OR ${m.firstYear} <= ${year}) AND (${m.lastYear} IS NULL OR ${m.lastYear} >= ${year})
          AND ${p.validFrom} <= ${unitsDay(year)} AND (${p.validTo} IS NULL OR ${p.validTo} >= ${unitsDay(year)})`;
  const rows = await db
    .select({ province: p })
    .from(m)
    .innerJoin(p, eq(p.code, m.provinceCode))
    .where(sql`${m.peerGroupCode} = ${code} AND ${inYear}`)
    .orderBy(asc(m.sortOrder), asc(p.code));
  return rows.map((r) => r.province);
}

export const listPeerGroups = (db: Db) => db.select().from(t.peerGroups).orderBy(asc(t.peerGroups.code));
