import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { testDrivers } from "@cchc/db/testing";
import { runImport } from "@cchc/import";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tmp } from "../../../packages/import/test/helpers";
import {
  competitionRanks,
  type FixtureUnit,
  fixtureUnits,
  longTable,
} from "../../../packages/import/test/merger-fixture";
import { type Started, startApi } from "./helpers";

type Fig = Record<string, number | boolean | string | null>;
const FIG =
  "value rank outOf rankChange publishedRankChange valueChange percentile peerMean mergerBreak rankChangeUnavailableReason";

/** SIPAS 2024 (the 63) and 2025 (the 34) from generated TEST FIXTURE tables, through the API. */
describe.each(testDrivers())("rankings and profiles across the 2025 merger (TEST FIXTURE) on %s", (driver) => {
  let api: Started;
  let units2024: FixtureUnit[];
  let units2025: FixtureUnit[];
  beforeAll(async () => {
    api = await startApi(driver);
    const dir = tmp();
    units2024 = await fixtureUnits(api.handle, 2024);
    units2025 = await fixtureUnits(api.handle, 2025);
    for (const [year, units] of [
      [2024, units2024],
      [2025, units2025],
    ] as const) {
      const path = join(dir, `sipas-${year}.csv`);
      writeFileSync(path, longTable(year, units));
      await runImport(api.handle.db, path, { by: "test" });
    }
    // One component over 2023–2025, for the alignment's z-changes.
    for (const [year, units] of [
      [2023, await fixtureUnits(api.handle, 2023)],
      [2024, units2024],
      [2025, units2025],
    ] as const) {
      const path = join(dir, `sipas-tiepcan-${year}.csv`);
      writeFileSync(path, longTable(year, units, "SIPAS.TIEPCAN"));
      await runImport(api.handle.db, path, { by: "test" });
    }
  });
  afterAll(() => api?.close());

  const ranking = async (year: number) =>
    (
      await api.gql<{ ranking: { rows: { subject: { code: string }; value: number; rank: number; outOf: number }[] } }>(
        `query($y: Int!) { ranking(index: SIPAS, year: $y) { rows { subject { code } value rank outOf } } }`,
        { y: year },
      )
    ).data!.ranking.rows;
  const profile = async (year: number) =>
    (
      await api.gql<{
        subjectProfile: {
          mergerBreak: boolean;
          peerGroup: { members: { code: string }[] };
          indices: { index: { code: string }; total: Fig }[];
        };
      }>(
        `query($y: Int!) { subjectProfile(subject: "40", year: $y) { mergerBreak peerGroup { members(year: $y) { code } }
           indices { index { code } total { ${FIG} } } } }`,
        { y: year },
      )
    ).data!.subjectProfile;

  it("ranks the 34 of 2025 1–34 with ties (standard competition ranking), out of 34", async () => {
    const rows = await ranking(2025);
    expect(rows).toHaveLength(34);
    expect(new Set(rows.map((r) => r.outOf))).toEqual(new Set([34]));
    const expected = competitionRanks(units2025.map((u) => u.value));
    const byCode = new Map(rows.map((r) => [r.subject.code, r.rank]));
    expect(units2025.map((u) => byCode.get(u.code))).toEqual(expected);
    expect(expected.filter((r, i) => expected.indexOf(r) !== i).length).toBeGreaterThan(0); // ties exist
    expect(Math.max(...rows.map((r) => r.rank))).toBeLessThanOrEqual(34);
    expect(rows.some((r) => r.subject.code === "2025-quang-tri") && !rows.some((r) => r.subject.code === "44")).toBe(
      true,
    );
  });

  it("ranks 2024 out of the 63", async () => {
    const rows = await ranking(2024);
    expect(rows).toHaveLength(63);
    expect(rows[0]!.outOf).toBe(63);
  });

  it("gives Nghệ An 2025 its rank out of 34, no rank change against 2024, a value change and its percentile", async () => {
    const p = await profile(2025);
    const sipas = p.indices.find((i) => i.index.code === "SIPAS")!.total;
    const own = (units: FixtureUnit[]) => units.find((u) => u.code === "40")!.value;
    const values = units2025.map((u) => u.value);
    expect(p.mergerBreak).toBe(true);
    expect(sipas).toMatchObject({
      value: own(units2025),
      rank: 1 + values.filter((v) => v > own(units2025)).length,
      outOf: 34,
      rankChange: null,
      publishedRankChange: null,
      mergerBreak: true,
    });
    expect(sipas.rankChangeUnavailableReason).toMatch(/giữa năm 2024 và 2025.*so sánh phân vị/);
    expect(sipas.valueChange).toBeCloseTo(own(units2025) - own(units2024), 8);
    expect(sipas.percentile).toBeCloseTo((100 * values.filter((v) => v <= own(units2025)).length) / 34, 8);
  });

  it("computes the peer mean of a year from that year's members: six in 2024, five in 2025", async () => {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    for (const [year, units, members] of [
      [2024, units2024, ["38", "40", "42", "44", "45", "46"]],
      [2025, units2025, ["38", "40", "42", "46", "2025-quang-tri"]],
    ] as const) {
      const p = await profile(year);
      expect(p.peerGroup.members.map((m) => m.code)).toEqual(members);
      const sipas = p.indices.find((i) => i.index.code === "SIPAS")!.total;
      const value = new Map(units.map((u) => [u.code, u.value]));
      expect(sipas.peerMean).toBeCloseTo(mean(members.map((c) => value.get(c)!)), 8);
      if (year === 2024) expect(sipas).toMatchObject({ mergerBreak: false, rankChangeUnavailableReason: null });
    }
  });

  it("takes no alignment z-change across the merger (standings among 63 and among 34)", async () => {
    const { data } = await api.gql<{
      alignment: { years: { year: number; components: { zScore: number | null; zChange: number | null }[] }[] };
    }>(`{ alignment(subject: "40", component: "SIPAS.TIEPCAN") { years { year components { zScore zChange } } } }`);
    const byYear = new Map(data!.alignment.years.map((y) => [y.year, y.components[0]!]));
    expect(byYear.get(2024)!.zChange).not.toBeNull();
    expect(byYear.get(2025)!.zScore).not.toBeNull();
    expect(byYear.get(2025)!.zChange).toBeNull();
  });

  it("lists the units of a survey year and the eras of units", async () => {
    const { data } = await api.gql<{
      y2025: { code: string; gsoCode: string }[];
      y2024: { code: string }[];
      provinceEras: { firstYear: number; lastYear: number | null; unitCount: number }[];
    }>(`{ y2025: provinces(year: 2025) { code gsoCode } y2024: provinces(year: 2024) { code }
          provinceEras { firstYear lastYear unitCount } }`);
    expect(data!.y2025).toHaveLength(34);
    expect(new Set(data!.y2025.map((p) => p.gsoCode)).size).toBe(34);
    expect(data!.y2024).toHaveLength(63);
    expect(data!.provinceEras).toEqual([
      { firstYear: 2004, lastYear: 2008, unitCount: 64 },
      { firstYear: 2009, lastYear: 2024, unitCount: 63 },
      { firstYear: 2025, lastYear: null, unitCount: 34 },
    ]);
  });
});
