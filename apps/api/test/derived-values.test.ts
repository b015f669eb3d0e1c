import { resolve } from "node:path";
import { queryRows, sql } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { runImport } from "@cchc/import";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startApi } from "./helpers";

const PAPI_DIR = resolve(import.meta.dirname, "../../../../shared/data/papi-subdims");
type Point = {
  year: number;
  value: number | null;
  valueDerived: boolean;
  sourceUrl: string | null;
  note: string | null;
};

describe.each(testDrivers())("indexSeries says which values were read and which were summed here, on %s", (driver) => {
  let api: Started;
  const series = async (component?: string) =>
    (
      await api.gql<{ indexSeries: Point[] }>(
        `query($c: ID) { indexSeries(subject: "40", index: PAPI, component: $c) { year value valueDerived sourceUrl note } }`,
        {
          c: component ?? null,
        },
      )
    ).data!.indexSeries;
  let seededDerived: number;
  beforeAll(async () => {
    api = await startApi(driver);
    // Before any request: a long import on the embedded database can outlast an idle keep-alive socket.
    const [r] = await queryRows<{ n: number }>(
      api.handle.db,
      sql`SELECT count(*) FILTER (WHERE value_derived)::int AS n FROM index_values`,
    );
    seededDerived = r!.n;
    await runImport(api.handle.db, PAPI_DIR, { by: "test" });
  });
  afterAll(() => api?.close());

  it("marks no seeded figure as derived", () => {
    expect(seededDerived).toBe(0);
  });

  it("after the PAPI panel: sums are marked derived, Nghệ An's published totals that disagree stay as read", async () => {
    const byYear = new Map((await series()).map((p) => [p.year, p]));
    expect(byYear.get(2011)).toMatchObject({ value: 36.2834, valueDerived: true });
    expect(byYear.get(2015)).toMatchObject({
      value: 36.3586,
      valueDerived: true,
      note: expect.stringContaining("Điểm công bố 36,36"),
    });
    expect(byYear.get(2017)).toMatchObject({
      value: 35.77,
      valueDerived: false,
      sourceUrl: expect.stringContaining("baonghean.vn"),
    });
    expect(byYear.get(2023)).toMatchObject({
      value: 42.8474,
      valueDerived: false,
      sourceUrl: expect.stringContaining("noivu.nghean.gov.vn"),
    });
    // Sub-dimensions are read from the panel as published.
    expect((await series("PAPI.D5.1")).every((p) => !p.valueDerived)).toBe(true);
  });
});
