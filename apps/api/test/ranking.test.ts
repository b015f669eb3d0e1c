import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { testDrivers } from "@cchc/db/testing";
import { runImport } from "@cchc/import";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startApi } from "./helpers";

const PAPI_DIR = resolve(import.meta.dirname, "../../../../shared/data/papi-subdims");
type Row = {
  subject: { code: string; nameEn: string };
  value: number | null;
  rank: number | null;
  publishedRank: number | null;
  outOf: number;
  status: string;
  tier: string | null;
};
type Ranking = {
  rows: Row[];
  stats: { count: number; mean: number; median: number; min: number; max: number };
  methodologyVersion: { code: string } | null;
};
const Q = `query($index: IndexCode!, $year: Int!, $component: ID) { ranking(index: $index, year: $year, component: $component) {
  methodologyVersion { code } rows { subject { code nameEn } value rank publishedRank outOf status tier } stats { count mean median min max } } }`;

describe.each(testDrivers())("ranking on real PAPI data on %s", (driver) => {
  let api: Started;
  beforeAll(async () => {
    api = await startApi(driver);
    await runImport(api.handle.db, PAPI_DIR, { by: "test" });
  });
  afterAll(() => api?.close());
  const rank = async (vars: Record<string, unknown>) => (await api.gql<{ ranking: Ranking }>(Q, vars)).data!.ranking;

  it.each([2011, 2016, 2018, 2022, 2023, 2024])(
    "reproduces DERIVED_papi_dimension_totals_and_ranks.csv for %i",
    async (year) => {
      const derived = (
        parse(readFileSync(resolve(PAPI_DIR, "DERIVED_papi_dimension_totals_and_ranks.csv")), {
          columns: true,
        }) as Record<string, string>[]
      ).filter((d) => Number(d.year) === year);
      const r = await rank({ index: "PAPI", year });
      const norm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, "");
      const byName = new Map(r.rows.map((x) => [norm(x.subject.nameEn), x]));
      for (const d of derived) {
        const row = byName.get(norm(d.province!));
        expect(row, d.province).toBeDefined();
        if (d.rank_computed_among_complete) {
          expect(row!.rank, `${d.province} ${year}`).toBe(Number(d.rank_computed_among_complete));
          expect(row!.outOf).toBe(Number(d.n_provinces_ranked));
        } else {
          expect([row!.rank, row!.status], `${d.province} ${year}`).toEqual([null, "NO_DATA"]);
        }
      }
    },
  );

  it("lists 2023's provinces without data after the ranked ones, keeps Nghệ An's published rank, and summarises", async () => {
    const r = await rank({ index: "PAPI", year: 2023 });
    expect(r.methodologyVersion?.code).toBe("PAPI_2018");
    expect(r.rows.slice(-2).map((x) => [x.subject.code, x.rank, x.status])).toEqual([
      ["22", null, "NO_DATA"],
      ["74", null, "NO_DATA"],
    ]);
    const ngheAn = r.rows.find((x) => x.subject.code === "40")!;
    // The official 42,8474, kept by the import against the sum of the rounded dimensions (42,8473).
    expect(ngheAn).toMatchObject({ rank: 25, publishedRank: 25, outOf: 61, value: 42.8474 });
    const values = r.rows.flatMap((x) => (x.value == null ? [] : [x.value])).sort((a, b) => a - b);
    expect(r.stats.count).toBe(61);
    expect(r.stats.min).toBe(values[0]);
    expect(r.stats.max).toBe(values.at(-1));
    expect(r.stats.median).toBeCloseTo(values[30]!, 10);
    expect(r.stats.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / 61, 8);
  });

  it("ranks 90, 85, 85, 80 as 1, 2, 2, 4 and puts PAR INDEX into its published groups", async () => {
    const path = resolve(tmpdir(), `ties-${driver}.csv`);
    writeFileSync(
      path,
      "Đối tượng,Chỉ số,Năm,Điểm,Nguồn\nHà Tĩnh,PAR INDEX,2019,90,https://x.vn\nThanh Hóa,PAR INDEX,2019,85,https://x.vn\nQuảng Bình,PAR INDEX,2019,85,https://x.vn\nQuảng Trị,PAR INDEX,2019,79.99,https://x.vn\n",
    );
    await runImport(api.handle.db, path, { by: "test" });
    const r = await rank({ index: "PAR_INDEX", year: 2019 });
    expect(r.rows.map((x) => [x.subject.code, x.rank, x.tier])).toEqual([
      ["42", 1, "A"],
      ["38", 2, "B"],
      ["44", 2, "B"],
      ["45", 4, "C"],
    ]);
  });

  it("gives tied values the same rank and skips the next in real data", async () => {
    const r = await rank({ index: "PAPI", year: 2023, component: "PAPI.D8" });
    const ranks = r.rows.filter((x) => x.rank != null);
    for (let i = 1; i < ranks.length; i++) {
      const [a, b] = [ranks[i - 1]!, ranks[i]!];
      if (a.value === b.value) expect(b.rank).toBe(a.rank);
      else expect(b.rank).toBe(i + 1);
    }
  });
});
