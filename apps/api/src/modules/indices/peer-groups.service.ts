import { asc, type Db, eq, tables as t } from "@cchc/db";

export async function findPeerGroup(db: Db, code: string) {
  const [g] = await db.select().from(t.peerGroups).where(eq(t.peerGroups.code, code));
  return g ?? null;
}

export async function peerGroupMembers(db: Db, code: string) {
  const rows = await db
    .select({ province: t.provinces })
    .from(t.peerGroupMembers)
    .innerJoin(t.provinces, eq(t.provinces.code, t.peerGroupMembers.provinceCode))
    .where(eq(t.peerGroupMembers.peerGroupCode, code))
    .orderBy(asc(t.peerGroupMembers.sortOrder));
  return rows.map((r) => r.province);
}

export const listPeerGroups = (db: Db) => db.select().from(t.peerGroups).orderBy(asc(t.peerGroups.code));
