import { competitionRanks, describe as describeValues, percentileOfRank, zScores } from "@cchc/analytics";
import { queryRows, sql } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { describe, expect, it } from "vitest";
import { expectClose, useSharedDataDb } from "./shared-data-db";

/** One raw index value with its index's direction. */
type Raw = { id: number; k: string; value: number | null; higher: boolean };

type Stored = { k: string; n: number } & Record<
  "mean" | "sd" | "median" | "q1" | "q3" | "min" | "max" | "best" | "worst",
  number | null
>;

/**
 * The TypeScript measures of packages/analytics/src/measures.ts against the
 * stored ones of refresh_index_stats() (migration 0014), over the raw values
 * of every (index, component, year, methodology version) distribution.
 */
describe.each(testDrivers())("the analytics measures equal the stored index statistics on %s", (driver) => {
  const handle = useSharedDataDb(driver);

  it("for every index, component, year and version of the shared PAPI and PCI data", async () => {
    const raw = await queryRows<Raw>(
      handle.db,
      sql`SELECT v.id::int AS id, v.index_code || '|' || coalesce(v.component_id, '') || '|' || v.year || '|' || v.version_code AS k,
                 v.value::float8 AS value, i.higher_is_better AS higher
          FROM index_values v JOIN indices i ON i.code = v.index_code ORDER BY v.id`,
    );
    const stored = new Map(
      (
        await queryRows<Stored>(
          handle.db,
          sql`SELECT index_code || '|' || component_key || '|' || year || '|' || version_code AS k,
                     n, mean, sd, median, q1, q3, min, max, best, worst
              FROM index_stats`,
        )
      ).map((s) => [s.k, s]),
    );
    const perValue = new Map(
      (
        await queryRows<{ id: number; rank: number; outOf: number; z: number | null; percentile: number }>(
          handle.db,
          sql`SELECT value_id::int AS id, rank, out_of AS "outOf", z_score AS z, percentile FROM index_value_stats`,
        )
      ).map((r) => [r.id, r]),
    );

    const distributions = new Map<string, Raw[]>();
    for (const r of raw) distributions.set(r.k, [...(distributions.get(r.k) ?? []), r]);
    expect(distributions.size).toBe(stored.size);
    expect(distributions.size).toBeGreaterThan(500); // PAPI 2011–2024 and PCI 2005–2016, totals and components

    let ranked = 0;
    let tied = 0;
    let withoutZ = 0;
    for (const [k, rows] of distributions) {
      const values = rows.map((r) => r.value);
      const higher = rows[0]!.higher;
      const s = stored.get(k);
      expect(s, k).toBeDefined();
      const d = describeValues(values, higher);
      expect(d.n, `${k} n`).toBe(s!.n);
      for (const f of ["mean", "sd", "median", "q1", "q3", "min", "max", "best", "worst"] as const)
        expectClose(d[f], s![f], `${k} ${f}`);

      const ranks = competitionRanks(values, higher);
      const zs = zScores(values);
      for (const [i, r] of rows.entries()) {
        const got = perValue.get(r.id);
        if (r.value === null) {
          expect(got, `value ${r.id} (null) has no stored measures`).toBeUndefined();
          continue;
        }
        expect(got, `value ${r.id}`).toBeDefined();
        expect([ranks[i], d.n], `value ${r.id} rank, out of`).toEqual([got!.rank, got!.outOf]);
        expectClose(zs[i]!, got!.z, `value ${r.id} z`);
        expectClose(percentileOfRank(ranks[i]!, d.n), got!.percentile, `value ${r.id} percentile`);
        ranked++;
        if (zs[i] === null) withoutZ++;
      }
      tied += ranks.length - new Set(ranks.filter((x) => x !== null)).size - ranks.filter((x) => x === null).length;
    }
    expect(ranked).toBe(perValue.size);
    // The data exercise the edge cases (2026-12-01: 31 tied ranks, 6 values without a z-score, 46 nulls of 36,730).
    expect(tied, "values sharing a rank").toBeGreaterThan(0);
    expect(withoutZ, "values in a distribution of n ≤ 1 or SD 0").toBeGreaterThan(0);
    expect(raw.length - ranked, "missing values").toBeGreaterThan(0);
  });
});
