import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
// The real crosswalk the database is seeded with (NQ 202/2025/QH15), not a copy of it.
import { CROSSWALK, PROVINCES } from "../../../packages/db/src/seed/provinces";
import { env } from "../env";
import {
  type CrosswalkRow,
  fileFeatures,
  mapUnitsFor,
  mergedFromText,
  type ProvinceTopology,
  unitFeatures,
} from "./province-map";

const topology = JSON.parse(readFileSync(resolve(env.MAP_FILE), "utf8")) as ProvinceTopology;
const validOn = (day: string) => PROVINCES.filter((p) => p.validFrom <= day && (p.validTo == null || p.validTo >= day));
const name = new Map(PROVINCES.map((p) => [p.code, p.nameVi]));
const the63 = validOn("2025-06-30");
const the34 = validOn("2025-07-01");
/** What `provinces { code nameVi successor { code nameVi } }` answers: the 63 with their 2025 successor. */
const crosswalk: CrosswalkRow[] = the63.map((p) => {
  const to = CROSSWALK.find((c) => c.oldCode === p.code && c.effectiveOn === "2025-07-01")?.newCode;
  return { code: p.code, nameVi: p.nameVi, successor: to ? { code: to, nameVi: name.get(to)! } : null };
});

describe("the map of a year's units", () => {
  it("draws the 63 shapes of the file for a year before the merger", () => {
    const units = mapUnitsFor(the63, crosswalk);
    expect(units).toHaveLength(63);
    const features = unitFeatures(topology, units);
    expect(features).toHaveLength(63);
    expect(features.every((f) => f.properties.predecessors.length === 1)).toBe(true);
    const file = new Map(fileFeatures(topology).map((f) => [f.properties.gso, f.geometry]));
    for (const f of features) expect(f.geometry).toEqual(file.get(f.properties.gso));
  });

  it("merges the predecessors' shapes into 34 units from 1/7/2025", () => {
    expect(the34).toHaveLength(34);
    const units = mapUnitsFor(the34, crosswalk);
    const features = unitFeatures(topology, units);
    expect(features).toHaveLength(34);
    expect(new Set(features.map((f) => f.properties.gso)).size).toBe(34);
    // Every one of the 63 shapes is used exactly once.
    expect(features.flatMap((f) => f.properties.predecessors.map((p) => p.code)).sort()).toEqual(
      the63.map((p) => p.code).sort(),
    );
    const merged = features.filter((f) => f.properties.predecessors.length > 1);
    expect(merged).toHaveLength(23);
    const quangTri = features.find((f) => f.properties.name === "Quảng Trị" && f.properties.predecessors.length > 1)!;
    expect(quangTri.properties.predecessors).toEqual([
      { code: "44", name: "Quảng Bình" },
      { code: "45", name: "Quảng Trị" },
    ]);
    expect(quangTri.geometry.type).toBe("MultiPolygon");
    expect(mergedFromText(quangTri)).toBe("Gồm Quảng Bình, Quảng Trị trước khi hợp nhất");
    const hcm = features.find((f) => f.properties.name === "TP. Hồ Chí Minh")!;
    expect(hcm.properties.predecessors.map((p) => p.code)).toEqual(["74", "77", "79"]);
  });

  it("keeps an unmerged unit's geometry exactly as in the file (Nghệ An)", () => {
    const features = unitFeatures(topology, mapUnitsFor(the34, crosswalk));
    const ngheAn = features.find((f) => f.properties.gso === "40")!;
    const original = fileFeatures(topology).find((f) => f.properties.gso === "40")!;
    expect(ngheAn.properties.predecessors).toEqual([{ code: "40", name: "Nghệ An" }]);
    expect(ngheAn.geometry).toEqual(original.geometry);
    expect(mergedFromText(ngheAn)).toBeNull();
  });

  it("a merged unit's outline has no inner border: fewer rings' points than its parts together", () => {
    const features = unitFeatures(topology, mapUnitsFor(the34, crosswalk));
    const pointsOf = (g: { type: string; coordinates: unknown }) => JSON.stringify(g.coordinates).split("],[").length;
    const file = new Map(fileFeatures(topology).map((f) => [f.properties.gso, f.geometry]));
    const quangTri = features.find((f) => f.properties.predecessors.some((p) => p.code === "44"))!;
    const parts = ["44", "45"].reduce((n, c) => n + pointsOf(file.get(c) as never), 0);
    expect(pointsOf(quangTri.geometry as never)).toBeLessThan(parts);
  });

  it("names a predecessor missing from the file instead of drawing a smaller province", () => {
    expect(() =>
      unitFeatures(topology, [{ code: "X", name: "Thử", predecessors: [{ code: "99", name: "Không có" }] }]),
    ).toThrow("Bản đồ không có ranh giới của Không có (mã 99) để vẽ Thử.");
  });
});
