import { queryRows, sql } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { describe, expect, it } from "vitest";
import { expectClose, useSharedDataDb } from "./shared-data-db";

type Figure = {
  id: number;
  subject: string;
  index: string;
  key: string;
  parentKey: string;
  year: number;
  version: string;
  value: number | null;
  rank: number | null;
  publishedRank: number | null;
  percentile: number | null;
  peerGroup: string;
  peerMean: number | null;
  previousValue: number | null;
  previousRank: number | null;
  previousPublishedRank: number | null;
  previousVersion: string | null;
  previousPercentile: number | null;
};

/**
 * What migration 0021 stores beside each profile figure, checked against the
 * rows it comes from on the shared PAPI and PCI data: the year before's
 * figure of the same subject, index and component (or nothing), the parent
 * component, and the mean of the subject's default peer group in the year
 * (the first by code it belongs to then, '' when none). index-stats.test.ts checks the
 * group means themselves against the on-the-fly computation.
 */
describe.each(testDrivers())("the profile's stored year before and peer mean on %s", (driver) => {
  const handle = useSharedDataDb(driver);

  it("equal the figure of the year before, the parent and the default peer group's mean", async () => {
    const figures = await queryRows<Figure>(
      handle.db,
      sql`SELECT f.value_id::int AS id, f.subject_code AS subject, f.index_code AS index, f.component_key AS key,
                 f.parent_key AS "parentKey", f.year, f.version_code AS version, f.value, f.rank,
                 f.published_rank AS "publishedRank", f.percentile, f.peer_group_code AS "peerGroup", f.peer_mean AS "peerMean",
                 f.previous_value AS "previousValue", f.previous_rank AS "previousRank",
                 f.previous_published_rank AS "previousPublishedRank", f.previous_version AS "previousVersion",
                 f.previous_percentile AS "previousPercentile"
          FROM index_profile_figures f`,
    );
    const parents = new Map(
      (
        await queryRows<{ id: string; parent: string | null }>(
          handle.db,
          sql`SELECT id, parent_id AS parent FROM index_components`,
        )
      ).map((c) => [c.id, c.parent ?? ""]),
    );
    const members = await queryRows<{ group: string; province: string; first: number | null; last: number | null }>(
      handle.db,
      sql`SELECT peer_group_code AS group, province_code AS province, first_year AS first, last_year AS last FROM peer_group_members`,
    );
    const groupMeans = new Map(
      (
        await queryRows<{ k: string; mean: number | null }>(
          handle.db,
          sql`SELECT index_code || '|' || component_key || '|' || year || '|' || version_code || '|' || group_code AS k, mean
              FROM index_group_stats WHERE group_kind = 'peer'`,
        )
      ).map((g) => [g.k, g.mean]),
    );
    const byKey = new Map(figures.map((f) => [`${f.subject}|${f.index}|${f.key}|${f.year}`, f]));
    let withPrevious = 0;
    let withPeer = 0;
    for (const f of figures) {
      const what = `figure ${f.id} (${f.subject} ${f.index} ${f.key || "total"} ${f.year})`;
      const before = byKey.get(`${f.subject}|${f.index}|${f.key}|${f.year - 1}`);
      if (before) withPrevious++;
      expectClose(f.previousValue, before?.value ?? null, `${what} previous value`);
      expectClose(f.previousPercentile, before?.percentile ?? null, `${what} previous percentile`);
      expect(
        [f.previousRank, f.previousPublishedRank, f.previousVersion],
        `${what} previous rank, published rank, version`,
      ).toEqual([before?.rank ?? null, before?.publishedRank ?? null, before?.version ?? null]);
      expect(f.parentKey, `${what} parent`).toBe(f.key === "" ? "" : parents.get(f.key));
      const group =
        members
          .filter(
            (m) =>
              m.province === f.subject &&
              (m.first === null || m.first <= f.year) &&
              (m.last === null || m.last >= f.year),
          )
          .map((m) => m.group)
          .sort()[0] ?? null;
      expect(f.peerGroup, `${what} default peer group`).toBe(group ?? "");
      if (group) withPeer++;
      expectClose(
        f.peerMean,
        group ? (groupMeans.get(`${f.index}|${f.key}|${f.year}|${f.version}|${group}`) ?? null) : null,
        `${what} peer mean`,
      );
    }
    // PAPI 2011–2024 and PCI 2005–2016 for 63 provinces: most figures have a year before, Nghệ An's
    // peer group (Bắc Trung Bộ) gives some a peer mean, and some components sit under a parent.
    expect(figures.length).toBeGreaterThan(30_000);
    expect(withPrevious).toBeGreaterThan(figures.length * 0.8);
    expect(withPeer).toBeGreaterThan(0);
    expect(figures.some((f) => f.parentKey !== "")).toBe(true);
  });

  it("are rewritten by the next committed write: a moved membership year changes the peer mean", async () => {
    const peerOf = async () =>
      (
        await queryRows<{ group: string; mean: number | null }>(
          handle.db,
          sql`SELECT peer_group_code AS group, peer_mean AS mean FROM index_profile_figures
              WHERE subject_code = '40' AND index_code = 'PAPI' AND component_id IS NULL AND year = 2023`,
        )
      )[0]!;
    const before = await peerOf();
    expect(before.group).toBe("BAC_TRUNG_BO");
    expect(before.mean).not.toBeNull();
    const [member] = await queryRows<{ last: number | null }>(
      handle.db,
      sql`SELECT last_year AS last FROM peer_group_members WHERE province_code = '40' AND peer_group_code = 'BAC_TRUNG_BO'`,
    );
    // TEST FIXTURE: Nghệ An leaves its peer group after 2022, then the membership is put back.
    await handle.db.execute(
      sql`UPDATE peer_group_members SET last_year = 2022 WHERE province_code = '40' AND peer_group_code = 'BAC_TRUNG_BO'`,
    );
    expect(await peerOf()).toEqual({ group: "", mean: null });
    await handle.db.execute(
      sql`UPDATE peer_group_members SET last_year = ${member!.last} WHERE province_code = '40' AND peer_group_code = 'BAC_TRUNG_BO'`,
    );
    const after = await peerOf();
    expect(after.group).toBe(before.group);
    // The rebuild may sum the group's values in another order: equal to the last bits.
    expectClose(after.mean, before.mean, "peer mean after the membership is put back");
  });
});
