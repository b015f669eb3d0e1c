import { describe, expect, it } from "vitest";
import {
  type CrosswalkLink,
  eraChanges,
  eraName,
  mergerOf,
  predecessorsOf,
  unitChoices,
  unitLines,
  withPredecessors,
  yearUnitNames,
} from "./merger";

const ON = "2025-07-01";
const link = (code: string, nameVi: string, to?: [string, string]): CrosswalkLink => ({
  code,
  nameVi,
  successor: { code: to?.[0] ?? code, nameVi: to?.[1] ?? nameVi, validFrom: to ? ON : "2004-01-01" },
});
// A slice of the crosswalk as the API answers it: Nghệ An unchanged, Quảng Bình and Quảng Trị into the new Quảng Trị.
const crosswalk = [
  link("40", "Nghệ An"),
  link("44", "Quảng Bình", ["2025-quang-tri", "Quảng Trị"]),
  link("45", "Quảng Trị", ["2025-quang-tri", "Quảng Trị"]),
  link("46", "Huế"),
];

describe("the merger read from the crosswalk", () => {
  it("finds the first survey year of the new units and the counts either side", () => {
    expect(mergerOf(crosswalk)).toEqual({ year: 2025, before: 4, after: 3, label: "Sắp xếp tỉnh 4 → 3" });
    expect(mergerOf([link("40", "Nghệ An")])).toBeNull();
    // A unit formed after 1 July belongs to the next survey year's units.
    expect(
      mergerOf(
        [link("44", "Quảng Bình", ["x", "X"])].map((c) => ({
          ...c,
          successor: { ...c.successor!, validFrom: "2025-08-01" },
        })),
      )?.year,
    ).toBe(2026);
  });

  it("names the predecessors of a merged unit, none for an unchanged or old one", () => {
    expect(predecessorsOf("2025-quang-tri", crosswalk).map((p) => p.nameVi)).toEqual(["Quảng Bình", "Quảng Trị"]);
    expect(predecessorsOf("40", crosswalk)).toEqual([]);
    expect(predecessorsOf("45", crosswalk)).toEqual([]);
    expect(withPredecessors(["40", "2025-quang-tri", "45"], crosswalk)).toEqual(["40", "2025-quang-tri", "44", "45"]);
  });

  it("tells old and new units of one name apart, and leaves an unchanged unit's name alone", () => {
    expect(eraName("2025-quang-tri", "Quảng Trị", crosswalk)).toBe("Quảng Trị (từ 2025)");
    expect(eraName("45", "Quảng Trị", crosswalk)).toBe("Quảng Trị (đến 2024)");
    expect(eraName("44", "Quảng Bình", crosswalk)).toBe("Quảng Bình (đến 2024)");
    expect(eraName("40", "Nghệ An", crosswalk)).toBe("Nghệ An");
    expect(unitChoices(crosswalk).map((c) => c.nameVi)).toEqual([
      "Nghệ An",
      "Quảng Bình (đến 2024)",
      "Quảng Trị (đến 2024)",
      "Huế",
      "Quảng Trị (từ 2025)",
    ]);
  });

  it("names a year's units for the picker: a merged unit by its era, an old one as it was, by name", () => {
    const before = [
      { code: "45", nameVi: "Quảng Trị" },
      { code: "44", nameVi: "Quảng Bình" },
      { code: "40", nameVi: "Nghệ An" },
    ];
    expect(yearUnitNames(before, crosswalk).map((u) => u.nameVi)).toEqual(["Nghệ An", "Quảng Bình", "Quảng Trị"]);
    const after = [
      { code: "46", nameVi: "Huế" },
      { code: "2025-quang-tri", nameVi: "Quảng Trị" },
      { code: "40", nameVi: "Nghệ An" },
    ];
    expect(yearUnitNames(after, crosswalk)).toEqual([
      { code: "46", nameVi: "Huế" },
      { code: "40", nameVi: "Nghệ An" },
      { code: "2025-quang-tri", nameVi: "Quảng Trị (từ 2025)" },
    ]);
  });

  it("breaks where the set of units changed, era by era as the API gives them", () => {
    const eras = [
      { firstYear: 2025, unitCount: 34 },
      { firstYear: 2004, unitCount: 64 },
      { firstYear: 2009, unitCount: 63 },
    ];
    expect(eraChanges(eras)).toEqual([
      { year: 2009, label: "Sắp xếp tỉnh 64 → 63" },
      { year: 2025, label: "Sắp xếp tỉnh 63 → 34" },
    ]);
    expect(eraChanges([{ firstYear: 2004, unitCount: 64 }])).toEqual([]);
  });

  it("draws a merged unit's history as its predecessors' own lines, and an unchanged unit as one line", () => {
    const pts = (from: number, to: number, base: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, value: base + i }));
    const series = [
      { subject: { code: "2025-quang-tri", nameVi: "Quảng Trị" }, points: pts(2025, 2025, 45) },
      { subject: { code: "44", nameVi: "Quảng Bình" }, points: pts(2023, 2024, 40) },
      { subject: { code: "45", nameVi: "Quảng Trị" }, points: pts(2023, 2024, 42) },
      { subject: { code: "40", nameVi: "Nghệ An" }, points: pts(2023, 2025, 41) },
    ];
    expect(unitLines([2023, 2024, 2025], series, crosswalk)).toEqual([
      { code: "2025-quang-tri", name: "Quảng Trị (từ 2025)", values: [null, null, 45] },
      { code: "44", name: "Quảng Bình (đến 2024)", values: [40, 41, null] },
      { code: "45", name: "Quảng Trị (đến 2024)", values: [42, 43, null] },
      { code: "40", name: "Nghệ An", values: [41, 42, 43] },
    ]);
    // Without a new unit among the lines no two share a name: the names stay as they are.
    expect(unitLines([2023, 2024], series.slice(1), crosswalk).map((l) => l.name)).toEqual([
      "Quảng Bình",
      "Quảng Trị",
      "Nghệ An",
    ]);
    // Drawn beside the new unit's own line (/chi-so), the predecessors carry their era.
    expect(unitLines([2023, 2024], series.slice(1, 3), crosswalk, "2025-quang-tri").map((l) => l.name)).toEqual([
      "Quảng Bình (đến 2024)",
      "Quảng Trị (đến 2024)",
    ]);
  });
});
