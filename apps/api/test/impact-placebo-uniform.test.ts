import { testDrivers } from "@cchc/db/testing";
import { describe, expect, it } from "vitest";
import { usePapiApi } from "./papi-panel";

/**
 * No planted effect: every province with complete PAPI totals 2018–2024 is
 * evaluated in turn as if treated from 2022. Nothing happened to any of them,
 * so the synthetic control's placebo p (rank / units) should look uniform on
 * (0, 1]. The check, stated: (1) the share of units with p ≤ 0.10 is at most
 * 0.20 (twice its nominal 0.10); (2) the largest distance between the
 * empirical distribution of the p values and the uniform one (the
 * Kolmogorov–Smirnov statistic D) is below 1.36 / √n, the 5 % critical value.
 * The p values are not independent (the units share donors), so this is a
 * sanity bound, not an exact test.
 */
describe.each(testDrivers())("impact's placebo p without an effect on the PAPI panel on %s", (driver) => {
  const api = usePapiApi(driver);

  const Q = `query($s: ID!) { impact(subject: $s, index: PAPI, treatedFrom: 2022, comparison: ALL) {
    donors { code } synth { rank { rank of p } } } }`;
  type R = { impact: { donors: { code: string }[]; synth: { rank: { rank: number; of: number; p: number } } } };

  it("gives p values spread evenly over (0, 1] when every unit takes a turn as treated", {
    timeout: 600_000,
  }, async () => {
    const first = await api.gql<R>(Q, { s: "40" });
    expect(first.errors).toBeUndefined();
    const units = ["40", ...first.data!.impact.donors.map((d) => d.code)];
    expect(units.length).toBeGreaterThanOrEqual(50);
    const ps: number[] = [];
    for (const s of units) {
      const r = await api.gql<R>(Q, { s });
      expect(r.errors).toBeUndefined();
      const { rank, of, p } = r.data!.impact.synth.rank;
      expect(of).toBe(units.length); // the subject and every other complete unit
      expect(p).toBe(rank / of);
      ps.push(p);
    }
    const n = ps.length;
    const small = ps.filter((p) => p <= 0.1).length / n;
    expect(small).toBeLessThanOrEqual(0.2);
    const sorted = [...ps].sort((a, b) => a - b);
    const d = Math.max(...sorted.map((p, i) => Math.max(Math.abs((i + 1) / n - p), Math.abs(p - i / n))));
    expect(d).toBeLessThan(1.36 / Math.sqrt(n));
  });
});
