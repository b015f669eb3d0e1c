import { type Actor, asc, type Db, eq, inArray, recordAudit, tables as t, unitsDay } from "@cchc/db";
import { badInput, notFound } from "../../errors";
import { findPeerGroup } from "./peer-groups.service";

export interface PeerGroupMemberInput {
  province: string;
  firstYear?: number | null;
  lastYear?: number | null;
}

const MAX_MEMBERS = 70;
type Province = typeof t.provinces.$inferSelect;

const validIn = (p: Province, year: number) =>
  p.validFrom <= unitsDay(year) && (p.validTo === null || p.validTo >= unitsDay(year));

/** Why member i cannot be stored, in Vietnamese with the code, or null. */
function problem(m: PeerGroupMemberInput, p: Province | undefined): string | null {
  if (!p) return `không có tỉnh mã "${m.province}" (BAD_USER_INPUT)`;
  for (const y of [m.firstYear, m.lastYear])
    if (y != null && (!Number.isInteger(y) || y < 2000 || y > 2100))
      return `năm ${y} phải từ 2000 đến 2100 (BAD_USER_INPUT)`;
  if (m.firstYear != null && m.lastYear != null && m.firstYear > m.lastYear)
    return `năm đầu ${m.firstYear} sau năm cuối ${m.lastYear} (BAD_USER_INPUT)`;
  for (const y of [m.firstYear, m.lastYear])
    if (y != null && !validIn(p, y))
      return `${p.nameVi} không tồn tại năm ${y} (hiệu lực ${p.validFrom} – ${p.validTo ?? "nay"}) (BAD_USER_INPUT)`;
  return null;
}

/**
 * Replace a peer group's members with their survey years, in one
 * transaction and one audit event; the database's trigger (migration 0013)
 * checks the same bounds again. Nothing changed, nothing written.
 */
export async function setPeerGroupMembers(
  db: Db,
  args: { group: string; members: readonly PeerGroupMemberInput[] },
  actor: Actor,
) {
  const group = await findPeerGroup(db, args.group);
  if (!group) throw notFound(`peer group ${args.group}`);
  if (args.members.length > MAX_MEMBERS) throw badInput(`Tối đa ${MAX_MEMBERS} tỉnh (BAD_USER_INPUT)`, "members");
  const codes = args.members.map((m) => m.province);
  const provinces = new Map(
    codes.length
      ? (await db.select().from(t.provinces).where(inArray(t.provinces.code, codes))).map((p) => [p.code, p])
      : [],
  );
  const seen = new Set<string>();
  const wanted = args.members.map((m, i) => {
    if (seen.has(m.province))
      throw badInput(
        `Thành viên ${i + 1}: tỉnh "${m.province}" đã có ở trên (BAD_USER_INPUT)`,
        `members[${i}].province`,
      );
    seen.add(m.province);
    const why = problem(m, provinces.get(m.province));
    if (why) throw badInput(`Thành viên ${i + 1}: ${why}`, `members[${i}]`);
    return { province: m.province, firstYear: m.firstYear ?? null, lastYear: m.lastYear ?? null };
  });
  await db.transaction(async (tx) => {
    const m = t.peerGroupMembers;
    const old = await tx
      .select({ province: m.provinceCode, firstYear: m.firstYear, lastYear: m.lastYear })
      .from(m)
      .where(eq(m.peerGroupCode, group.code))
      .orderBy(asc(m.sortOrder), asc(m.provinceCode))
      .for("update");
    if (JSON.stringify(old) === JSON.stringify(wanted)) return;
    await tx.delete(m).where(eq(m.peerGroupCode, group.code));
    if (wanted.length)
      await tx
        .insert(m)
        .values(wanted.map((w, i) => ({ peerGroupCode: group.code, provinceCode: w.province, sortOrder: i, ...w })));
    await recordAudit(tx, actor, {
      operation: "setPeerGroupMembers",
      entity: "peer_group",
      entityId: group.code,
      before: { members: old },
      after: { members: wanted },
    });
  });
  return group;
}
