import { resolve } from "node:path";
import { testDrivers } from "@cchc/db/testing";
import { runImport } from "@cchc/import";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startApi } from "./helpers";

/** What the dashboard's compare and index pages ask for: several provinces' series at once, and a component's sub-components. */
const PAPI_DIR = resolve(import.meta.dirname, "../../../../shared/data/papi-subdims");
type Point = { year: number; value: number | null; rank: number | null };

describe.each(testDrivers())("compareSeries and profile drill-down on real PAPI data on %s", (driver) => {
  let api: Started;
  beforeAll(async () => {
    api = await startApi(driver);
    await runImport(api.handle.db, PAPI_DIR, { by: "test" });
  });
  afterAll(() => api?.close());

  it("gives each asked province the same points indexSeries gives it, in the order asked", async () => {
    const res = await api.gql<{ compareSeries: { subject: { code: string; nameVi: string }; points: Point[] }[] }>(
      `{ compareSeries(subjects: ["42", "40", "38"], index: PAPI, component: "PAPI.D5", from: 2016, to: 2023) { subject { code nameVi } points { year value rank } } }`,
    );
    expect(res.errors).toBeUndefined();
    const lines = res.data!.compareSeries;
    expect(lines.map((l) => l.subject.nameVi)).toEqual(["Hà Tĩnh", "Nghệ An", "Thanh Hóa"]);
    for (const line of lines) {
      const one = await api.gql<{ indexSeries: Point[] }>(
        `{ indexSeries(subject: "${line.subject.code}", index: PAPI, component: "PAPI.D5", from: 2016, to: 2023) { year value rank } }`,
      );
      expect(line.points).toEqual(one.data!.indexSeries);
      expect(line.points.map((p) => p.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    }
  });

  it("names an unknown province instead of returning an empty line", async () => {
    const res = await api.gql(`{ compareSeries(subjects: ["40", "99"], index: PAPI) { points { year } } }`);
    expect(res.errors?.[0]?.message).toMatch(/99/);
  });

  it("profiles a component's sub-components, which add up to it", async () => {
    const res = await api.gql<{
      subjectProfile: {
        indices: {
          index: { code: string };
          components: {
            component: { id: string; parent: { id: string } };
            value: number;
            rank: number;
            outOf: number;
          }[];
          drivers: { component: { id: string } }[];
        }[];
      };
    }>(
      `{ subjectProfile(subject: "40", year: 2023, parent: "PAPI.D5") { indices { index { code } components { component { id parent { id } } value rank outOf } drivers { component { id } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const [papi, ...others] = res.data!.subjectProfile.indices;
    expect(others).toEqual([]);
    expect(papi!.index.code).toBe("PAPI");
    expect(papi!.components.length).toBeGreaterThan(1);
    expect(papi!.components.every((c) => c.component.parent.id === "PAPI.D5")).toBe(true);
    const top = await api.gql<{
      subjectProfile: {
        indices: { index: { code: string }; components: { component: { id: string }; value: number }[] }[];
      };
    }>(
      `{ subjectProfile(subject: "40", year: 2023) { indices { index { code } components { component { id } value } } } }`,
    );
    const d5 = top
      .data!.subjectProfile.indices.find((i) => i.index.code === "PAPI")!
      .components.find((c) => c.component.id === "PAPI.D5")!;
    expect(papi!.components.reduce((a, c) => a + c.value, 0)).toBeCloseTo(d5.value, 3);
    expect(papi!.drivers.every((d) => d.component.id.startsWith("PAPI.D5."))).toBe(true);
  });
});
