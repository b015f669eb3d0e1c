import { describe, expect, it } from "vitest";
import {
  calcChoice,
  causalWords,
  deltaShown,
  formatWeight,
  gapLines,
  impactChoice,
  parseDelta,
  rankRule,
  ratioBars,
  seriesLines,
  treatmentYears,
  weightRows,
} from "./impact";

const point = (year: number, code: string, value: number | null = 50) => ({
  year,
  value,
  methodologyVersion: { code },
});
const s = (code: string, nameVi = code) => ({ code, nameVi });

describe("impact panel: choices in the URL", () => {
  it("offers start years with 3 earlier years of the same methodology version and a value that year", () => {
    // PAPI: 2011–2017 under PAPI_2011, 2018–2024 under PAPI_2018; 2020 without a value.
    const series = [
      ...[2011, 2012, 2013, 2014, 2015, 2016, 2017].map((y) => point(y, "PAPI_2011")),
      ...[2018, 2019, 2021, 2022, 2023, 2024].map((y) => point(y, "PAPI_2018")),
      point(2020, "PAPI_2018", null),
    ];
    // 2018–2019 lack 3 pre-years of their own version; 2021 has only 2018 and 2019 (2020 is missing).
    expect(treatmentYears(series)).toEqual([2014, 2015, 2016, 2017, 2022, 2023, 2024]);
    expect(treatmentYears([])).toEqual([]);
  });

  it("reads index, component, start year and comparison group, and names what it replaced", () => {
    const o = { indices: ["PAPI", "PCI"], defaultIndex: "PAPI", defaultYear: 2022 };
    expect(impactChoice({}, o)).toEqual({
      index: "PAPI",
      component: null,
      treatedFrom: 2022,
      comparison: "ALL",
      problems: [],
    });
    expect(
      impactChoice({ impactIndex: "PCI", impactComponent: "PCI.C1", treatedFrom: "2012", comparison: "PEERS" }, o),
    ).toEqual({ index: "PCI", component: "PCI.C1", treatedFrom: 2012, comparison: "PEERS", problems: [] });
    const bad = impactChoice({ impactIndex: "XYZ", treatedFrom: "20x", comparison: "SOME" }, o);
    expect([bad.index, bad.treatedFrom, bad.comparison]).toEqual(["PAPI", 2022, "ALL"]);
    expect(bad.problems).toEqual([
      "Không có chỉ số “XYZ” để đánh giá; đang hiển thị PAPI.",
      "Năm bắt đầu “20x” không dùng được; đang hiển thị 2022.",
      "Nhóm so sánh “SOME” không dùng được; đang so với cả nước.",
    ]);
    // On /chi-so/[index] the route decides the index; the URL's impactIndex is not read.
    expect(impactChoice({ impactIndex: "PAPI" }, { ...o, fixedIndex: "PCI" })).toMatchObject({
      index: "PCI",
      problems: [],
    });
  });
});

describe("impact panel: shaping the API's result", () => {
  it("writes weights as vi-VN percent, largest first, hiding those that print as 0", () => {
    expect(formatWeight(0.2345)).toBe("23,5%");
    expect(formatWeight(1)).toBe("100%");
    expect(formatWeight(0.0001)).toBe("< 0,1%");
    const { rows, hidden } = weightRows([
      { subject: s("42", "Hà Tĩnh"), weight: 0.25 },
      { subject: s("38", "Thanh Hóa"), weight: 0.7498 },
      { subject: s("44", "Quảng Bình"), weight: 0.0002 },
      { subject: s("45", "Quảng Trị"), weight: 0 },
    ]);
    expect(rows.map((r) => [r.code, r.text])).toEqual([
      ["38", "75%"],
      ["42", "25%"],
    ]);
    expect(hidden).toBe(2);
  });

  it("lines up the series, the subject's gap and every placebo's gap by year (missing is null, not 0)", () => {
    const pts = [
      { year: 2019, actual: 36, synthetic: 35.5, gap: 0.5 },
      { year: 2018, actual: 35, synthetic: 35.2, gap: -0.2 },
    ];
    expect(seriesLines(pts)).toEqual({
      years: [2018, 2019],
      actual: [35, 36],
      synthetic: [35.2, 35.5],
      gaps: [-0.2, 0.5],
    });
    const g = gapLines(pts, [
      { subject: s("42", "Hà Tĩnh"), gaps: [{ year: 2019, gap: 1 }] },
      {
        subject: s("38", "Thanh Hóa"),
        gaps: [
          { year: 2018, gap: 0.1 },
          { year: 2019, gap: -0.3 },
        ],
      },
    ]);
    expect(g).toEqual({
      years: [2018, 2019],
      subject: [-0.2, 0.5],
      placebos: [
        { code: "42", name: "Hà Tĩnh", values: [null, 1] },
        { code: "38", name: "Thanh Hóa", values: [0.1, -0.3] },
      ],
    });
  });

  it("orders the placebo ratios largest first and marks the subject", () => {
    const bars = ratioBars(
      [
        { subject: s("40", "Nghệ An"), ratio: 2 },
        { subject: s("42", "Hà Tĩnh"), ratio: 3 },
        { subject: s("38", "Thanh Hóa"), ratio: 1 },
      ],
      "40",
    );
    expect(bars.map((b) => [b.code, b.isSubject])).toEqual([
      ["42", false],
      ["40", true],
      ["38", false],
    ]);
  });

  it("says which placebo estimate is rank 1, as the API's direction sets it", () => {
    expect([rankRule("greater"), rankRule("less"), rankRule("two-sided")]).toEqual([
      "hạng 1 = lớn nhất",
      "hạng 1 = nhỏ nhất",
      "hạng 1 = lớn nhất theo giá trị tuyệt đối",
    ]);
  });

  it("finds causal words as whole words only", () => {
    expect(causalWords("Chỉ số tăng nhờ tuyên truyền")).toEqual(["nhờ"]);
    expect(causalWords("Tăng do chiến dịch; tác động của kế hoạch")).toEqual(["do", "tác động của"]);
    expect(causalWords("Chưa phân biệt được với dao động thông thường; độ lệch chuẩn; Do ")).toEqual(["do"]);
    expect(causalWords("Chưa phân biệt được với dao động thông thường (p = 0,41); độ lệch chuẩn")).toEqual([]);
  });
});

describe("“Cần bao nhiêu điểm?” calculator", () => {
  it("reads Δ with a comma or a dot and refuses what is not a number in range", () => {
    expect(parseDelta("1,5")).toEqual({ value: 1.5, problem: null });
    expect(parseDelta(" -0.25 ")).toEqual({ value: -0.25, problem: null });
    expect(parseDelta(undefined)).toEqual({ value: null, problem: null });
    expect(parseDelta("abc").problem).toBe("Mức tăng “abc” không phải là số (ví dụ 0,5).");
    expect(parseDelta("1,5,2").value).toBeNull();
    expect(parseDelta("500").problem).toBe("Mức tăng 500 vượt quá ±100 điểm.");
  });

  it("defaults the target rank to 10 and names a bad one", () => {
    expect(calcChoice({})).toEqual({ component: null, rawDelta: null, delta: null, targetRank: 10, problems: [] });
    expect(calcChoice({ whatIfComponent: "PAPI.D5", delta: "0,5", targetRank: "5" })).toMatchObject({
      component: "PAPI.D5",
      delta: 0.5,
      targetRank: 5,
    });
    expect(calcChoice({ targetRank: "0" }).problems).toEqual([
      "Hạng mục tiêu “0” không dùng được (số nguyên từ 1); đang tính cho hạng 10.",
    ]);
  });

  it("shows a smallest Δ rounded up, so the shown figure still reaches the target", () => {
    expect(deltaShown(1.23451)).toBe("1,2346");
    expect(deltaShown(1.23449)).toBe("1,2345");
    expect(deltaShown(0.1 + 0.2)).toBe("0,3");
    expect(deltaShown(0)).toBe("0");
  });
});
