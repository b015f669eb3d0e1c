import { PEER_GROUPS, sql } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { editorToken, useApi } from "./helpers";

const SET = `mutation($m: [PeerGroupMemberInput!]!) { setPeerGroupMembers(group: "BAC_TRUNG_BO", members: $m) {
  code memberships { province { code } firstYear lastYear } } }`;
const MEMBERS = `query($y: Int) { peerGroups { code members(year: $y) { code } } }`;

/** Bắc Trung Bộ as seeded: six to 2024, five from 2025. */
const ERAS = PEER_GROUPS.find((g) => g.code === "BAC_TRUNG_BO")!.members;

describe.each(testDrivers())("editing a peer group by era on %s", (driver) => {
  const api = useApi(driver);
  let editor: string;
  const audits = async () => {
    const r = (await api.handle.db.execute(
      sql`SELECT count(*)::int AS n FROM audit_events WHERE operation = 'setPeerGroupMembers'`,
    )) as unknown as { n: number }[] | { rows: { n: number }[] };
    return (Array.isArray(r) ? r : r.rows)[0]!.n;
  };
  const members = async (y: number | null) =>
    (await api.gql<{ peerGroups: { members: { code: string }[] }[] }>(MEMBERS, { y })).data!.peerGroups[0]!.members.map(
      (m) => m.code,
    );
  beforeAll(async () => {
    editor = await editorToken(api);
  });

  it("refuses a viewer", async () => {
    const res = await api.gql(SET, { m: ERAS });
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("keeps the seeded eras when given them again, writing nothing", async () => {
    const res = await api.gqlAs(editor, SET, { m: ERAS });
    expect(res.errors).toBeUndefined();
    expect(await audits()).toBe(0);
    expect(await members(2024)).toEqual(["38", "40", "42", "44", "45", "46"]);
    expect(await members(2025)).toEqual(["38", "40", "42", "46", "2025-quang-tri"]);
  });

  it("refuses a bound outside a province's existence, naming member and year; nothing written", async () => {
    const bad = ERAS.map((m) => (m.province === "44" ? { province: "44", lastYear: 2025 } : m));
    const res = await api.gqlAs(editor, SET, { m: bad });
    expect(res.errors?.[0]?.message).toBe(
      "Thành viên 4: Quảng Bình không tồn tại năm 2025 (hiệu lực 2004-01-01 – 2025-06-30) (BAD_USER_INPUT)",
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const twice = await api.gqlAs(editor, SET, { m: [...ERAS, { province: "40" }] });
    expect(twice.errors?.[0]?.message).toBe('Thành viên 8: tỉnh "40" đã có ở trên (BAD_USER_INPUT)');
    const unknown = await api.gqlAs(editor, SET, { m: [{ province: "99" }] });
    expect(unknown.errors?.[0]?.message).toBe('Thành viên 1: không có tỉnh mã "99" (BAD_USER_INPUT)');
    expect(await audits()).toBe(0);
    expect(await members(2025)).toEqual(["38", "40", "42", "46", "2025-quang-tri"]);
  });

  it("stores an edit by era in one audited write; the profile's peer group follows", async () => {
    // Hà Tĩnh leaves the group from 2026 (an editorial change, to see the years work).
    const edited = ERAS.map((m) => (m.province === "42" ? { province: "42", lastYear: 2025 } : m));
    const res = await api.gqlAs<{
      setPeerGroupMembers: { memberships: { province: { code: string }; lastYear: number | null }[] };
    }>(editor, SET, { m: edited });
    expect(res.errors).toBeUndefined();
    expect(res.data!.setPeerGroupMembers.memberships.find((m) => m.province.code === "42")!.lastYear).toBe(2025);
    expect(await audits()).toBe(1);
    expect(await members(2025)).toEqual(["38", "40", "42", "46", "2025-quang-tri"]);
    expect(await members(2026)).toEqual(["38", "40", "46", "2025-quang-tri"]);
    const { data } = await api.gql<{ subjectProfile: { peerGroup: { members: { code: string }[] } } }>(
      `{ subjectProfile(subject: "40", year: 2026) { peerGroup { members { code } } } }`,
    );
    expect(data!.subjectProfile.peerGroup.members.map((m) => m.code)).toEqual(["38", "40", "46", "2025-quang-tri"]);
  });
});
