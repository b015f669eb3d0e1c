import { queryRows, sql } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { describe, expect, it } from "vitest";
import { expectClose, useSharedDataDb } from "./shared-data-db";

/** A peer-group membership, valid from first to last year (null: open). */
type Peer = { group: string; province: string; first: number | null; last: number | null };

type Value = {
  id: number;
  subject: string;
  index: string;
  key: string;
  year: number;
  version: string;
  value: number | null;
  higher: boolean;
  region: string;
};

/** percentile_cont: linear interpolation between the sorted values around p·(n − 1). */
function percentileCont(sorted: number[], p: number): number {
  const at = p * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/**
 * The statistics computed on the fly, in TypeScript, from the values alone:
 * what the stored tables must equal. Rank = 1 + the number strictly better;
 * percentile = the share at or below; z = (value − mean) / population SD.
 */
function onTheFly(values: Value[], peers: Peer[]) {
  const groups = new Map<string, Value[]>();
  for (const v of values) {
    const k = `${v.index}|${v.key}|${v.year}|${v.version}`;
    groups.set(k, [...(groups.get(k) ?? []), v]);
  }
  const stats = new Map<string, Record<string, number | null>>();
  const perValue = new Map<number, { rank: number; outOf: number; z: number | null; percentile: number }>();
  const groupMeans = new Map<string, number | null>();
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  for (const [k, vs] of groups) {
    const xs = vs.flatMap((v) => (v.value === null ? [] : [v.value])).sort((a, b) => a - b);
    const n = xs.length;
    const m = mean(xs);
    const sd = n ? Math.sqrt(xs.reduce((a, x) => a + (x - m!) ** 2, 0) / n) : null;
    const higher = vs[0]!.higher;
    stats.set(k, {
      n,
      mean: m,
      sd,
      median: n ? percentileCont(xs, 0.5) : null,
      q1: n ? percentileCont(xs, 0.25) : null,
      q3: n ? percentileCont(xs, 0.75) : null,
      min: n ? xs[0]! : null,
      max: n ? xs[n - 1]! : null,
      best: n ? (higher ? xs[n - 1]! : xs[0]!) : null,
      worst: n ? (higher ? xs[0]! : xs[n - 1]!) : null,
    });
    for (const v of vs) {
      if (v.value === null) continue;
      const better = xs.filter((x) => (higher ? x > v.value! : x < v.value!)).length;
      perValue.set(v.id, {
        rank: 1 + better,
        outOf: n,
        z: n > 1 && sd! > 0 ? (v.value - m!) / sd! : null,
        percentile: (100 * (n - better)) / n,
      });
    }
    const byRegion = new Map<string, number[]>();
    for (const v of vs)
      byRegion.set(v.region, [...(byRegion.get(v.region) ?? []), ...(v.value === null ? [] : [v.value])]);
    for (const [region, rs] of byRegion) groupMeans.set(`${k}|region|${region}`, mean(rs));
    for (const group of new Set(peers.map((p) => p.group))) {
      const inGroup = vs.filter((v) =>
        peers.some(
          (p) =>
            p.group === group &&
            p.province === v.subject &&
            (p.first === null || v.year >= p.first) &&
            (p.last === null || v.year <= p.last),
        ),
      );
      if (inGroup.length)
        groupMeans.set(`${k}|peer|${group}`, mean(inGroup.flatMap((v) => (v.value === null ? [] : [v.value]))));
    }
  }
  return { stats, perValue, groupMeans };
}

describe.each(testDrivers())("stored index statistics on the shared PAPI and PCI data on %s", (driver) => {
  const handle = useSharedDataDb(driver);
  const read = async () => {
    const values = await queryRows<Value>(
      handle.db,
      sql`SELECT v.id::int AS id, v.subject_code AS subject, v.index_code AS index, coalesce(v.component_id, '') AS key, v.year,
                 v.version_code AS version, v.value::float8 AS value, i.higher_is_better AS higher, coalesce(p.region_code, '') AS region
          FROM index_values v JOIN indices i ON i.code = v.index_code LEFT JOIN provinces p ON p.code = v.subject_code`,
    );
    const peers = await queryRows<Peer>(
      handle.db,
      sql`SELECT peer_group_code AS group, province_code AS province, first_year AS first, last_year AS last FROM peer_group_members`,
    );
    return onTheFly(values, peers);
  };

  it("equals the on-the-fly computation for every index, component, year and version", async () => {
    const expected = await read();
    const stats = await queryRows<Record<string, number | null> & { k: string }>(
      handle.db,
      sql`SELECT index_code || '|' || component_key || '|' || year || '|' || version_code AS k, n, mean, sd, median, q1, q3, min, max, best, worst
          FROM index_stats`,
    );
    expect(stats.length).toBe(expected.stats.size);
    expect(stats.length).toBeGreaterThan(500); // PAPI 2011–2024 and PCI 2005–2016, totals and components
    for (const s of stats) {
      const e = expected.stats.get(s.k);
      expect(e, s.k).toBeDefined();
      expect(s.n, `${s.k} n`).toBe(e!.n);
      for (const f of ["mean", "sd", "median", "q1", "q3", "min", "max", "best", "worst"])
        expectClose(s[f]!, e![f]!, `${s.k} ${f}`);
    }
    const perValue = await queryRows<{ id: number; rank: number; outOf: number; z: number | null; percentile: number }>(
      handle.db,
      sql`SELECT value_id::int AS id, rank, out_of AS "outOf", z_score AS z, percentile FROM index_value_stats`,
    );
    expect(perValue.length).toBe(expected.perValue.size);
    for (const r of perValue) {
      const e = expected.perValue.get(r.id)!;
      expect(e, `value ${r.id}`).toBeDefined();
      expect([r.rank, r.outOf], `value ${r.id}`).toEqual([e.rank, e.outOf]);
      expectClose(r.z, e.z, `value ${r.id} z`);
      expectClose(r.percentile, e.percentile, `value ${r.id} percentile`);
    }
    const groups = await queryRows<{ k: string; mean: number | null }>(
      handle.db,
      sql`SELECT index_code || '|' || component_key || '|' || year || '|' || version_code || '|' || group_kind || '|' || group_code AS k, mean
          FROM index_group_stats`,
    );
    expect(groups.length).toBe(expected.groupMeans.size);
    expect(groups.some((g) => g.k.includes("|peer|"))).toBe(true);
    for (const g of groups) expectClose(g.mean, expected.groupMeans.get(g.k)!, g.k);

    // The profile's per-value copy (migration 0019): every value once, with the same figures.
    const figures = await queryRows<{
      id: number;
      k: string;
      region: string;
      value: number | null;
      rank: number | null;
      outOf: number;
      z: number | null;
      percentile: number | null;
      mean: number | null;
      median: number | null;
      best: number | null;
      regionMean: number | null;
    }>(
      handle.db,
      sql`SELECT f.value_id::int AS id, f.index_code || '|' || f.component_key || '|' || f.year || '|' || f.version_code AS k,
                 coalesce(p.region_code, '') AS region, f.value, f.rank, f.out_of AS "outOf", f.z_score AS z, f.percentile,
                 f.mean, f.median, f.best, f.region_mean AS "regionMean"
          FROM index_profile_figures f LEFT JOIN provinces p ON p.code = f.subject_code`,
    );
    const [count] = await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM index_values`);
    expect(figures.length).toBe(count!.n);
    for (const f of figures) {
      const e = expected.perValue.get(f.id);
      const st = expected.stats.get(f.k)!;
      expect([f.rank, f.outOf], `figure ${f.id}`).toEqual([e?.rank ?? null, st.n]);
      expectClose(f.z, e?.z ?? null, `figure ${f.id} z`);
      expectClose(f.percentile, e?.percentile ?? null, `figure ${f.id} percentile`);
      for (const m of ["mean", "median", "best"] as const) expectClose(f[m], st[m]!, `figure ${f.id} ${m}`);
      expectClose(
        f.regionMean,
        expected.groupMeans.get(`${f.k}|region|${f.region}`) ?? null,
        `figure ${f.id} region mean`,
      );
    }
  });

  it("follows a write in its own transaction, and a rolled-back write leaves them as they were", async () => {
    const rankOf = async () =>
      (
        await queryRows<{ rank: number; version: number }>(
          handle.db,
          sql`SELECT s.rank, (SELECT version::int FROM data_versions WHERE name = 'indices') AS version
              FROM index_values v JOIN index_value_stats s ON s.value_id = v.id
              WHERE v.subject_code = '40' AND v.index_code = 'PAPI' AND v.component_id IS NULL AND v.year = 2023`,
        )
      )[0]!;
    const before = await rankOf();
    expect(before.rank).toBeGreaterThan(1);
    // TEST FIXTURE: Nghệ An's 2023 PAPI total set to the scale's top (80), so it ranks first.
    const top = sql`UPDATE index_values SET value = 80 WHERE subject_code = '40' AND index_code = 'PAPI' AND component_id IS NULL AND year = 2023`;
    await handle.db
      .transaction(async (tx) => {
        await tx.execute(top);
        throw new Error("rollback");
      })
      .catch(() => {});
    expect(await rankOf()).toEqual(before);
    await handle.db.execute(top);
    const after = await rankOf();
    expect(after.rank).toBe(1);
    expect(after.version).toBeGreaterThan(before.version);
    const expected = await read();
    const [n] = await queryRows<{ n: number }>(
      handle.db,
      sql`SELECT count(*)::int AS n FROM index_value_stats s JOIN index_values v ON v.id = s.value_id`,
    );
    expect(n!.n).toBe(expected.perValue.size);
  });
});
