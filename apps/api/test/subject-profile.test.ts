import { testDrivers } from "@cchc/db/testing";
import { describe, expect, it } from "vitest";
import { PAPI_DIMENSIONS, usePapiApi } from "./papi-panel";

const FIG =
  "component { id } value rank outOf publishedRank status previousValue valueChange rankChange publishedRankChange changeUnavailableReason nationalMean nationalMedian nationalBest regionMean peerMean zScore percentile methodologyVersion { code }";
const Q = `query($y: Int!) { subjectProfile(subject: "40", year: $y) { subject { nameVi } peerGroup { code members { code } }
  indices { index { code } total { ${FIG} } components { ${FIG} } drivers { component { id } valueChange } } } }`;
type Fig = Record<string, any>;
type Profile = {
  subject: { nameVi: string };
  peerGroup: { code: string; members: { code: string }[] };
  indices: { index: { code: string }; total: Fig; components: Fig[]; drivers: Fig[] }[];
};
type RankRow = { subject: { code: string; region: { code: string } }; value: number | null; rank: number | null };

describe.each(testDrivers())("subjectProfile on real PAPI data on %s", (driver) => {
  const api = usePapiApi(driver);
  const profile = async (y: number) => (await api.gql<{ subjectProfile: Profile }>(Q, { y })).data!.subjectProfile;
  const ranking = async (year: number, component?: string) =>
    (
      await api.gql<{ ranking: { rows: RankRow[] } }>(
        `query($y: Int!, $c: ID) { ranking(index: PAPI, year: $y, component: $c) { rows { subject { code region { code } } value rank } } }`,
        { y: year, c: component ?? null },
      )
    ).data!.ranking.rows;

  it("places Nghệ An's PAPI 2023 among all provinces, its region and its peers", async () => {
    const p = await profile(2023);
    expect(p.subject.nameVi).toBe("Nghệ An");
    expect(p.peerGroup.code).toBe("BAC_TRUNG_BO");
    const papi = p.indices.find((i) => i.index.code === "PAPI")!.total;
    const rows = (await ranking(2023)).filter((r) => r.value !== null);
    const values = rows.map((r) => r.value!);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    const mean0 = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const peers = new Set(p.peerGroup.members.map((m) => m.code));
    expect(papi).toMatchObject({
      value: 42.8474,
      rank: 25,
      outOf: 61,
      publishedRank: 25,
      status: "PUBLISHED",
      publishedRankChange: -8,
      methodologyVersion: { code: "PAPI_2018" },
    });
    expect(papi.nationalMean).toBeCloseTo(mean, 8);
    expect(papi.nationalBest).toBe(Math.max(...values));
    expect(papi.zScore).toBeCloseTo((42.8474 - mean) / sd, 8);
    expect(papi.percentile).toBeCloseTo((100 * values.filter((v) => v <= 42.8474).length) / 61, 8);
    expect(papi.regionMean).toBeCloseTo(
      mean0(rows.filter((r) => r.subject.region.code === "BTB_DHMT").map((r) => r.value!)),
      8,
    );
    expect(papi.peerMean).toBeCloseTo(mean0(rows.filter((r) => peers.has(r.subject.code)).map((r) => r.value!)), 8);
    const prev = (await ranking(2022)).find((r) => r.subject.code === "40")!;
    expect(papi.previousValue).toBe(prev.value);
    expect(papi.valueChange).toBeCloseTo(42.8474 - prev.value!, 8);
    expect(papi.rankChange).toBe(prev.rank! - 25);
  });

  it("lists the 8 dimensions with their changes; the drivers' changes add up to the total's", async () => {
    const papi = (await profile(2023)).indices.find((i) => i.index.code === "PAPI")!;
    expect(papi.components.map((c) => c.component.id)).toEqual(PAPI_DIMENSIONS);
    const sum = papi.drivers.reduce((a, d) => a + d.valueChange, 0);
    expect(sum).toBeCloseTo(papi.total.valueChange, 3);
    // Largest change first, rises and falls alike.
    const sizes = papi.drivers.map((d) => Math.abs(d.valueChange));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(papi.drivers.some((d) => d.valueChange > 0) && papi.drivers.some((d) => d.valueChange < 0)).toBe(true);
  });

  it("withholds value and rank change across the 2017 → 2018 methodology change, keeping the published rank change", async () => {
    const papi = (await profile(2018)).indices.find((i) => i.index.code === "PAPI")!.total;
    expect(papi).toMatchObject({ valueChange: null, rankChange: null, publishedRankChange: 40 });
    expect(papi.changeUnavailableReason).toBe(
      "Đổi phương pháp (PAPI_2011 → PAPI_2018): không so sánh trực tiếp điểm và thứ hạng",
    );
  });

  it("shows a rank-only PAR INDEX year as published with no value, and a year without figures as no data", async () => {
    const p = await profile(2023);
    const par = p.indices.find((i) => i.index.code === "PAR_INDEX")!.total;
    expect(par).toMatchObject({
      value: null,
      rank: null,
      publishedRank: 15,
      publishedRankChange: 1,
      status: "PUBLISHED",
    });
    const old = await profile(2009);
    expect(old.indices.map((i) => i.total.status)).toEqual(["NO_DATA", "NO_DATA", "NO_DATA", "NO_DATA"]);
  });
});

describe.each(testDrivers())("indexSeries with computed rank and z-score on %s", (driver) => {
  const api = usePapiApi(driver);

  it("gives each year the rank, outOf and z-score the profile computes, across both methodology versions", async () => {
    const { data } = await api.gql<{
      indexSeries: {
        year: number;
        rank: number;
        outOf: number;
        zScore: number;
        methodologyVersion: { code: string };
      }[];
    }>(
      `{ indexSeries(subject: "40", index: PAPI, from: 2016, to: 2023) { year rank outOf zScore methodologyVersion { code } } }`,
    );
    const s = data!.indexSeries;
    expect(s.map((p) => p.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(s.at(-1)).toMatchObject({ rank: 25, outOf: 61, methodologyVersion: { code: "PAPI_2018" } });
    expect(s[0]!.methodologyVersion.code).toBe("PAPI_2011");
    for (const p of s.filter((x) => x.year === 2018 || x.year === 2023)) {
      const { data: prof } = await api.gql<{ subjectProfile: Profile }>(Q, { y: p.year });
      const total = prof!.subjectProfile.indices.find((i) => i.index.code === "PAPI")!.total;
      expect([p.rank, p.outOf]).toEqual([total.rank, total.outOf]);
      expect(p.zScore).toBeCloseTo(total.zScore, 10);
    }
  });
});
