import { resolve } from "node:path";
import { testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CoverageRowRow } from "../src/mappers";
import { importSharedData } from "../src/shared-data";
import { type Started, startApi } from "./helpers";

const DATA_DIR = resolve(import.meta.dirname, "../../../../shared/data");

/** A row as COVERAGE asks for it: the mapper's figures, the index, version and batches as objects. */
type Row = Omit<CoverageRowRow, "indexCode" | "versionCode" | "notPublished" | "importBatches"> & {
  index: { code: string };
  methodologyVersion: { code: string };
  importBatches: { id: string; fileName: string; createdAt: string }[];
};
const COVERAGE = `{ dataCoverage { index { code } year methodologyVersion { code } expected withValue rankOnly withPublishedRank noData missing componentValues subjectValue subjectPublishedRank sources importBatches { id fileName createdAt } figuresOutsideImports lastChanged } }`;

describe.each(testDrivers())("dataCoverage and figure sources on %s", (driver) => {
  let api: Started;
  let log: string[] = [];
  let recording = false;
  beforeAll(async () => {
    api = await startApi(driver, { onQuery: (q) => recording && log.push(q) });
    await importSharedData(api.handle.db, DATA_DIR, () => {});
  });
  afterAll(() => api?.close());

  it("counts, per index and year, the provinces with a value, a rank only or nothing, in one statement", async () => {
    log = [];
    recording = true;
    const { data, errors } = await api.gql<{ dataCoverage: Row[] }>(COVERAGE);
    recording = false;
    expect(errors).toBeUndefined();
    // The token check, the coverage statement, then the index and version loaders: nothing per row.
    expect(log.filter((q) => q.includes("index_values"))).toHaveLength(1);
    expect(log.length).toBeLessThanOrEqual(4);
    const rows = data!.dataCoverage;
    const at = (code: string, year: number) => rows.find((r) => r.index.code === code && r.year === year)!;
    // Ordered by the index list, then year.
    expect([...new Set(rows.map((r) => r.index.code))]).toEqual(["PAR_INDEX", "SIPAS", "PAPI", "PCI"]);
    // PAPI 2024: 61 of 63 provinces in the panel (Vĩnh Phúc and Tiền Giang blank), Nghệ An's derived total, no published rank.
    expect(at("PAPI", 2024)).toMatchObject({
      methodologyVersion: { code: "PAPI_2018" },
      expected: 63,
      withValue: 61,
      rankOnly: 0,
      noData: 2,
      missing: 2,
      subjectValue: 43.0699,
      subjectPublishedRank: null,
      importBatches: [{ fileName: "papi-subdims" }],
    });
    // PAPI 2023: the panel plus the nine figures typed from noivu.nghean.gov.vn (total and 8 dimensions).
    expect(at("PAPI", 2023)).toMatchObject({ withValue: 61, subjectPublishedRank: 25, figuresOutsideImports: 9 });
    expect(at("PAPI", 2023).sources).toHaveLength(2);
    // SIPAS: only Nghệ An's published ranks, no score anywhere: 62 provinces still to import.
    expect(at("SIPAS", 2024)).toMatchObject({
      expected: 63,
      withValue: 0,
      rankOnly: 1,
      withPublishedRank: 1,
      missing: 62,
      subjectPublishedRank: 6,
      importBatches: [],
      figuresOutsideImports: 1,
    });
    // PCI 2005: 42 provinces scored of the 64 then (Hà Tây included).
    expect(at("PCI", 2005)).toMatchObject({ expected: 64, withValue: 42 });
    for (const r of rows) {
      expect(r.lastChanged).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(r.withValue + r.rankOnly + r.missing).toBeGreaterThanOrEqual(r.expected);
      for (const b of r.importBatches) expect(Number.isNaN(Date.parse(b.createdAt))).toBe(false);
    }
  });

  it("gives every series point its publisher, document, import batch and last change", async () => {
    const { data, errors } = await api.gql<{
      indexSeries: {
        year: number;
        source: {
          publisher: string;
          document: string;
          url: string | null;
          importBatch: { fileName: string } | null;
          updatedAt: string;
        };
      }[];
    }>(
      `{ indexSeries(subject: "40", index: PAPI) { year source { publisher document url importBatch { fileName } updatedAt } } }`,
    );
    expect(errors).toBeUndefined();
    const s = new Map(data!.indexSeries.map((p) => [p.year, p.source]));
    expect(s.get(2024)).toMatchObject({
      publisher: "UNDP, CECODES, VFF-CRT, RTA",
      document: "github.com/hnks-gh/ml-mcdm (PAPI sub-dimension panel, copy of papi.org.vn data)",
      url: "https://github.com/hnks-gh/ml-mcdm",
      importBatch: { fileName: "papi-subdims" },
    });
    expect(s.get(2023)).toMatchObject({ document: "noivu.nghean.gov.vn", importBatch: null });
    expect(s.get(2023)!.url).toMatch(/^https:\/\/noivu\.nghean\.gov\.vn\//);
    for (const p of s.values()) expect(p.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
