import { describe, expect, it } from "vitest";
import type { PanelRow } from "../src/impact/panel";
import { relativeChange } from "../src/impact/relative-change";

const panel: PanelRow[] = [
  ["NA", 40, 43],
  ["TH", 41, 42],
  ["HT", 39, 40],
  ["QB", 42, 42],
  ["HN", 38, 41],
  ["DN", 44, 43],
].flatMap(([unit, a, b]) => [
  { unit: unit as string, time: 2022, value: a as number },
  { unit: unit as string, time: 2023, value: b as number },
]);

describe("relativeChange", () => {
  const r = relativeChange([...panel, { unit: "XX", time: 2022, value: 1 }], {
    subject: "NA",
    from: 2022,
    to: 2023,
    group: ["NA", "TH", "HT", "QB"],
  });
  it("compares the subject's change with the group and the nation", () => {
    // changes: NA 3, TH 1, HT 1, QB 0, HN 3, DN −1
    expect(r.change).toBe(3);
    expect(r.group).toMatchObject({ n: 3, mean: 2 / 3, median: 1 });
    expect(r.group.sd).toBeCloseTo(Math.sqrt(1 / 3), 12);
    expect(r.nation).toMatchObject({ n: 6, mean: 7 / 6, median: 1 });
    // others: 1, 1, 0, 3, −1 → 4 smaller, 1 tie → (4 + 0.5) / 5
    expect(r.percentile).toBeCloseTo(0.9, 12);
    const sd = Math.sqrt([3, 1, 1, 0, 3, -1].reduce((s, c) => s + (c - 7 / 6) ** 2, 0) / 5);
    expect(r.z).toBeCloseTo((3 - 7 / 6) / sd, 12);
    expect(r.missing).toEqual(["XX"]);
  });
  it("standardises within each year on request", () => {
    const s = relativeChange(panel, { subject: "NA", from: 2022, to: 2023, group: ["TH"], standardise: true });
    expect(s.standardised).toBe(true);
    expect(s.nation.mean).toBeCloseTo(0, 12);
  });
  it("refuses a raw change across a methodology break, allows a standardised one", () => {
    expect(() => relativeChange(panel, { subject: "NA", from: 2022, to: 2023, group: [], breaks: [2023] })).toThrow(
      /vượt qua lần đổi phương pháp tính năm 2023/,
    );
    expect(
      relativeChange(panel, { subject: "NA", from: 2022, to: 2023, group: [], breaks: [2023], standardise: true })
        .nation.n,
    ).toBe(6);
  });
});
