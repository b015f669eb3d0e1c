import { describe, expect, it } from "vitest";
import { differenceInDifferences } from "../src/impact/did";
import { formatP, formatVi } from "../src/impact/format-vi";
import { syntheticControl } from "../src/impact/synth-placebos";
import { ImpactInputError } from "../src/impact/panel";
import {
  didVerdict,
  refusalVerdict,
  synthVerdict,
  type Verdict,
  type VerdictInput,
  verdict,
} from "../src/impact/verdict";
import { generatePanel } from "./fixtures/generated-panel";

const base: VerdictInput = { method: "synth", p: 0.03, of: 63, effect: 1.5, outcomeSd: 2, nPre: 7, preRmspe: 0.4 };

/** Causal wording the verdicts must never produce. */
function causalWords(v: Verdict): string[] {
  const all = [v.text, v.detail, v.weakestPoint, ...v.assumptions, ...v.cautions].join(" \n ").toLowerCase();
  const tokens = all.split(/[\s.,;:()/"'!?–-]+/u);
  const found: string[] = tokens.filter((t) => t === "nhờ" || t === "do");
  if (all.includes("tác động của")) found.push("tác động của");
  if (all.includes("nhờ") && !found.includes("nhờ")) found.push("nhờ (inside a word)");
  return found;
}

describe("verdict", () => {
  it("has fixed levels by p and effect size, numbers in vi-VN", () => {
    expect(verdict(base).text).toBe("Mức cải thiện vượt nhóm so sánh, khó là ngẫu nhiên (p = 0,03)");
    expect(verdict({ ...base, effect: -1.5 }).text).toBe("Mức giảm sâu hơn nhóm so sánh, khó là ngẫu nhiên (p = 0,03)");
    expect(verdict({ ...base, p: 0.08 }).level).toBe("suggestive");
    expect(verdict({ ...base, p: 0.41 }).text).toBe("Chưa phân biệt được với dao động thông thường (p = 0,41)");
    expect(verdict({ ...base, effect: 0.1 }).level).toBe("tiny");
    expect(verdict({ ...base, nPre: 2 }).text).toBe("Chưa đủ dữ liệu (cần ít nhất 3 năm trước)");
    expect(verdict(base).detail).toBe("Chênh lệch trung bình so với đơn vị tổng hợp: +1,50 điểm (0,75 độ lệch chuẩn).");
  });

  it("names assumptions and the weakest point", () => {
    const v = verdict(base);
    expect(v.assumptions.join(" ")).toMatch(/không có biến cố nào khác/);
    expect(v.assumptions.join(" ")).toMatch(/đơn vị so sánh không triển khai/);
    expect(v.weakestPoint).toBe(
      "Độ khớp trước thời điểm bắt đầu: RMSPE 0,40 điểm, bằng 0,20 độ lệch chuẩn của chỉ số.",
    );
    expect(verdict({ ...base, preRmspe: 1.6 }).weakestPoint).toMatch(
      /^Khớp kém trước thời điểm bắt đầu: .* 0,80 độ lệch chuẩn/,
    );
    expect(verdict({ ...base, of: 6, p: 1 / 6 }).weakestPoint).toMatch(/p nhỏ nhất có thể là 1\/6 = 0,17/);
    expect(verdict({ ...base, leaveOneOut: { min: -0.2, max: 1.7 } }).weakestPoint).toMatch(
      /đổi chiều .* −0,20 đến \+1,70/,
    );
  });

  it("never uses causal wording (grep over every level and caution)", () => {
    const inputs: VerdictInput[] = [];
    for (const p of [null, 0.01, 0.03, 0.08, 0.41, 1])
      for (const effect of [-2, -0.05, 0, 0.05, 2])
        for (const nPre of [2, 3, 8])
          for (const method of ["synth", "did"] as const)
            inputs.push({
              method,
              p,
              of: 5,
              effect,
              outcomeSd: 1,
              nPre,
              preRmspe: method === "synth" ? 0.9 : undefined,
              leaveOneOut: { min: -1, max: 1 },
              inTime: { from: 2014, effect: 3 },
            });
    for (const v of inputs.map(verdict)) expect(causalWords(v)).toEqual([]);
    // the check itself can fail
    expect(causalWords({ ...verdict(base), text: "Tăng nhờ chiến dịch" })).toEqual(["nhờ"]);
  });

  it("reads real results: a synthetic control and a DiD on the generated panel (TEST FIXTURE)", () => {
    const { panel } = generatePanel(20, 9);
    const planted = panel.map((p) => (p.unit === "U04" && p.time >= 2020 ? { ...p, value: p.value + 3 } : p));
    const s = synthVerdict(syntheticControl(planted, { treated: "U04", treatedFrom: 2020 }));
    const d = didVerdict(differenceInDifferences(planted, { treated: "U04", treatedFrom: 2020 }));
    for (const v of [s, d]) {
      expect(v.text).toMatch(/\(p = 0,\d\d\)$/);
      expect(causalWords(v)).toEqual([]);
    }
  });

  it("turns a refusal into an 'insufficient' verdict", () => {
    const { panel } = generatePanel(6, 2);
    let caught: unknown;
    try {
      syntheticControl(panel, { treated: "U01", treatedFrom: 2013 });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ImpactInputError);
    const v = refusalVerdict(caught as ImpactInputError);
    expect(v).toMatchObject({ level: "insufficient", text: "Chưa đủ dữ liệu (cần ít nhất 3 năm trước)" });
    expect(causalWords(v)).toEqual([]);
    expect(refusalVerdict(new ImpactInputError("break", "x")).text).toMatch(/phương pháp tính chỉ số thay đổi/);
  });

  it("formats vi-VN", () => {
    expect(formatVi(1234.5)).toBe("1.234,50");
    expect(formatVi(-0.2)).toBe("−0,20");
    expect(formatP(0.0159)).toBe("0,02");
    expect(formatP(0.001)).toBe("0,001");
  });
});
