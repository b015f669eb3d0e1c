import {
  ImpactInputError,
  INSUFFICIENT_TEXT,
  rankIf,
  refusalVerdict,
  type VerdictInput,
  verdict,
} from "@cchc/analytics";
import { impactParagraph, targetSentence } from "@cchc/report";
import { describe, expect, it } from "vitest";
import { type ImpactPanel, impactOf, targetOf } from "../src/modules/plans/report-impact.service";

/**
 * TEST FIXTURE (invented, never seeded): 16 provinces "P01".."P16" with one
 * linked component, 2011–2024 on two methodology versions (a change in 2018),
 * and two units of the 2025 merger scored in 2025.
 */
const UNITS = Array.from({ length: 16 }, (_, i) => `P${String(i + 1).padStart(2, "0")}`);
const wave = (u: number, y: number) => 5 + ((u * 7 + y * 3) % 11) / 10 + Math.sin(u * 1.3 + y) / 4;
function fixture(): ImpactPanel {
  const values: ImpactPanel["values"] = [];
  for (let y = 2011; y <= 2024; y++)
    UNITS.forEach((unit, u) => {
      const d = wave(u, y);
      values.push([unit, "X.D1", y, d]);
      values.push([unit, null, y, 40 + d + u / 2]);
    });
  for (const unit of ["M1", "M2"]) {
    values.push([unit, "X.D1", 2025, 6]);
    values.push([unit, null, 2025, 45]);
  }
  return {
    versions: [
      { code: "V2011", firstYear: 2011, lastYear: 2017 },
      { code: "V2018", firstYear: 2018, lastYear: null },
    ],
    components: [{ id: "X.D1", name: "Thành phần một", scaleMax: { V2011: 10, V2018: 10 } }],
    provinces: [
      ...UNITS.map((c): [string, string, string | null] => [c, "2004-01-01", "2025-06-30"]),
      ["M1", "2025-07-01", null],
      ["M2", "2025-07-01", null],
    ],
    values,
  };
}
const CAUSAL = /(?<!\p{L})(nhờ|do|tác động của)(?!\p{L})/iu;
const LEVEL_TEXT =
  /^(Mức cải thiện vượt|Mức giảm sâu hơn|Có dấu hiệu|Chưa phân biệt được|Chênh lệch quá nhỏ)[^.]*\(p = 0,\d+\)$/;

describe("the report's impact figures (synthetic control, what it would take)", () => {
  it("compares within the plan year's methodology version, up to the last year before the merger", () => {
    const r = impactOf(fixture(), "P03", 2022);
    expect(r.window).toEqual({ from: 2018, to: 2024 });
    expect(r.verdicts).toHaveLength(1);
    expect(r.verdicts[0]!.text).toMatch(LEVEL_TEXT);
    expect(r.verdicts[0]!.weakestPoint).toBeTruthy();
    expect(r.assumptions.length).toBeGreaterThan(0);
    // Before the change of 2018 the window is the old version's: 2011–2017.
    expect(impactOf(fixture(), "P03", 2015).window).toEqual({ from: 2011, to: 2017 });
  });

  it("states the verdict's own 'Chưa đủ dữ liệu' text for too few years, no version, or a subject without data", () => {
    for (const [subject, year] of [
      ["P03", 2019],
      ["P03", 2009],
      ["P99", 2022],
    ] as const) {
      const v = impactOf(fixture(), subject, year).verdicts[0]!;
      expect(v.text).toMatch(/^Chưa đủ dữ liệu/);
      expect(v.weakestPoint).toBeNull();
    }
    expect(impactOf(fixture(), "P03", 2019).verdicts[0]!.text).toBe(INSUFFICIENT_TEXT);
  });

  it("finds the least rise into the top 10 of the subject's latest year, exact with the others unchanged", () => {
    const panel = fixture();
    const t = targetOf(panel, "P02")!;
    expect(t).toMatchObject({ year: 2024, outOf: 16, targetRank: 10 });
    const table = panel.values
      .filter(([, c, y]) => c === null && y === 2024)
      .map(([unit, , , total]) => ({ unit, components: { total } }));
    const rule = { kind: "sum" } as const;
    expect(rankIf(table, rule, "P02").rank).toBe(t.rank);
    expect(t.rank).toBeGreaterThan(10);
    expect(rankIf(table, rule, "P02", { total: t.totalDelta }).rank).toBeLessThanOrEqual(10);
    expect(rankIf(table, rule, "P02", { total: t.totalDelta - 0.0001 }).rank).toBeGreaterThan(10);
    expect(t.components[0]!.delta).toBe(t.totalDelta);
    // A rise beyond the component's scale maximum is not offered as an example.
    const capped = { ...panel, components: [{ ...panel.components[0]!, scaleMax: { V2018: 5.5 } }] };
    expect(targetOf(capped, "P02")!.components[0]!.delta).toBeNull();
    expect(targetOf(panel, "P99")).toBeNull();
  });

  it("never words a cause, at any verdict level or refusal", () => {
    const base: VerdictInput = { method: "synth", p: 0.03, of: 40, effect: 1, outcomeSd: 1, nPre: 4, preRmspe: 0.1 };
    const verdicts = [
      verdict(base),
      verdict({ ...base, effect: -1 }),
      verdict({ ...base, p: 0.08 }),
      verdict({ ...base, p: 0.08, effect: -1 }),
      verdict({ ...base, p: 0.41 }),
      verdict({ ...base, effect: 0.01 }),
      verdict({ ...base, nPre: 2 }),
      verdict({ ...base, p: null }),
      ...(["too_few_pre", "break", "too_few_donors", "treated_incomplete"] as const).map((code) =>
        refusalVerdict(new ImpactInputError(code, "x")),
      ),
    ];
    const paragraph = impactParagraph(
      {
        indexName: "PAPI",
        treatedFrom: 2022,
        window: { from: 2018, to: 2024 },
        verdicts: verdicts.map((v, i) => ({ component: `C${i}`, text: v.text, weakestPoint: v.weakestPoint })),
        assumptions: verdicts[0]!.assumptions,
      },
      "Nghệ An",
    );
    expect(paragraph).not.toMatch(CAUSAL);
    expect(targetSentence(targetOf(fixture(), "P02"), "Nghệ An")).not.toMatch(CAUSAL);
  });
});
