import { testDrivers } from "@cchc/db/testing";
import { describe, expect, it } from "vitest";
import { usePapiApi } from "./papi-panel";

type Target = {
  rankBefore: number;
  totalBefore: number;
  outOf: number;
  assumption: string;
  components: {
    component: { id: string };
    value: number;
    scaleMax: number;
    delta: number | null;
    rankReached: number;
  }[];
};
type WhatIf = { rankBefore: number; rankAfter: number; totalBefore: number; totalAfter: number; outOf: number };

/**
 * What it would take, on the stored PAPI table: the smallest Δ rankTarget
 * returns reaches the target rank when fed back through whatIf, and
 * Δ − 0.0001 does not; ranks agree with the `ranking` query.
 */
describe.each(testDrivers())("whatIf and rankTarget on the stored PAPI table on %s", (driver) => {
  const api = usePapiApi(driver);

  const whatIf = async (year: number, component: string, delta: number) => {
    const r = await api.gql<{ whatIf: WhatIf }>(
      `query($y: Int!, $c: ID!, $d: Float!) { whatIf(subject: "40", index: PAPI, year: $y, changes: [{ component: $c, delta: $d }]) {
        rankBefore rankAfter totalBefore totalAfter outOf } }`,
      { y: year, c: component, d: delta },
    );
    expect(r.errors).toBeUndefined();
    return r.data!.whatIf;
  };

  for (const [year, targetRank] of [
    [2023, 10],
    [2019, 1],
    [2015, 20],
  ] as const)
    it(`PAPI ${year}, target rank ${targetRank}: Δ reaches it, Δ − 0.0001 does not`, async () => {
      const r = await api.gql<{
        rankTarget: Target;
        ranking: { rows: { subject: { code: string }; rank: number | null }[] };
      }>(
        `query($y: Int!, $t: Int!) {
          rankTarget(subject: "40", index: PAPI, year: $y, targetRank: $t) {
            rankBefore totalBefore outOf assumption components { component { id } value scaleMax delta rankReached } }
          ranking(index: PAPI, year: $y) { rows { subject { code } rank } } }`,
        { y: year, t: targetRank },
      );
      expect(r.errors).toBeUndefined();
      const t = r.data!.rankTarget;
      const ranked = r.data!.ranking.rows.filter((x) => x.rank !== null);
      expect(t.rankBefore).toBe(ranked.find((x) => x.subject.code === "40")!.rank);
      expect(t.outOf).toBe(ranked.length);
      expect(t.assumption).toMatch(/^Mọi tỉnh khác giữ nguyên điểm/);
      expect(t.rankBefore).toBeGreaterThan(targetRank);
      expect(t.components.length).toBe(year >= 2018 ? 8 : 6);
      let reachable = 0;
      for (const c of t.components) {
        if (c.delta === null) {
          // Unreachable within the scale: even the maximum is not enough.
          const atMax = await whatIf(year, c.component.id, c.scaleMax - c.value);
          expect(atMax.rankAfter).toBeGreaterThan(targetRank);
          continue;
        }
        reachable++;
        expect(c.rankReached).toBeLessThanOrEqual(targetRank);
        const reached = await whatIf(year, c.component.id, c.delta);
        expect(reached.rankAfter).toBeLessThanOrEqual(targetRank);
        expect(reached.rankAfter).toBe(c.rankReached);
        const short = await whatIf(year, c.component.id, c.delta - 0.0001);
        expect(short.rankAfter).toBeGreaterThan(targetRank);
      }
      expect(reachable).toBeGreaterThan(0);
    });

  it("adds Δ to the total (PAPI: unweighted sum) and leaves rank alone for Δ = 0", async () => {
    const zero = await whatIf(2023, "PAPI.D5", 0);
    expect(zero.rankAfter).toBe(zero.rankBefore);
    const up = await whatIf(2023, "PAPI.D5", 0.5);
    expect(up.totalAfter - up.totalBefore).toBeCloseTo(0.5, 10);
    expect(up.rankAfter).toBeLessThanOrEqual(up.rankBefore);
  });

  it("refuses PCI (weights unpublished), an unknown component and a target outside 1 … out of", async () => {
    const pci = await api.gql(`{ whatIf(subject: "40", index: PCI, year: 2015, changes: []) { rankAfter } }`);
    expect(pci.errors?.[0]?.message).toMatch(/^PCI là trung bình có trọng số .* \(BAD_USER_INPUT\)$/);
    const comp = await api.gql(
      `{ whatIf(subject: "40", index: PAPI, year: 2023, changes: [{ component: "PAPI.D5.1", delta: 1 }]) { rankAfter } }`,
    );
    expect(comp.errors?.[0]).toMatchObject({
      message:
        'changes[0].component: "PAPI.D5.1" không phải chỉ số thành phần cấp 1 của PAPI năm 2023 (PAPI_2018) (BAD_USER_INPUT)',
      extensions: { code: "BAD_USER_INPUT", field: "changes[0].component" },
    });
    const target = await api.gql(
      `{ rankTarget(subject: "40", index: PAPI, year: 2023, targetRank: 0) { rankBefore } }`,
    );
    expect(target.errors?.[0]?.message).toMatch(/^targetRank phải là số nguyên từ 1 đến 61/);
  });
});
