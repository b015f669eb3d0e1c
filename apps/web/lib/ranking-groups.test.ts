import { describe, expect, it } from "vitest";
import { mapGroups, rankPercentile } from "./ranking-groups";

const row = (code: string, rank: number | null, outOf: number, tier: string | null = null) => ({
  subject: { code },
  rank,
  outOf,
  tier,
});

describe("map groups", () => {
  it("derives the PAPI portal's four groups from rank and out-of, as the overview does", () => {
    expect(rankPercentile(1, 61)).toBe(100);
    expect(rankPercentile(61, 61)).toBeCloseTo(100 / 61);
    expect(rankPercentile(null, 61)).toBeNull();
    // 8 ranked, one without a value: quartiles of 2; ties share the better group.
    const rows = [
      row("a", 1, 8),
      row("b", 2, 8),
      row("c", 3, 8),
      row("d", 3, 8),
      row("e", 5, 8),
      row("f", 6, 8),
      row("g", 7, 8),
      row("h", 8, 8),
      row("x", null, 8),
    ];
    const m = mapGroups(rows);
    expect(m.source).toBe("quartiles");
    expect(m.groups.map((g) => g.label)).toEqual([
      "Nhóm cao nhất",
      "Nhóm trung bình cao",
      "Nhóm trung bình thấp",
      "Nhóm thấp nhất",
    ]);
    expect(m.bySubject).toEqual({ a: 0, b: 0, c: 1, d: 1, e: 2, f: 2, g: 3, h: 3 });
  });

  it("counts out-of from the data: rank 47 of 61 ranked is in the lowest group, of 63 it would not be", () => {
    expect(mapGroups([row("p", 47, 61)]).bySubject.p).toBe(3);
    expect(mapGroups([row("p", 47, 63)]).bySubject.p).toBe(2);
  });

  it("uses the published groups where the API gives them (PAR INDEX A/B/C)", () => {
    const m = mapGroups([row("a", 1, 3, "A"), row("b", 2, 3, "C"), row("c", 3, 3, null), row("x", null, 3)]);
    expect(m.source).toBe("published");
    expect(m.groups.map((g) => g.label)).toEqual(["Nhóm A", "Nhóm B", "Nhóm C", "Dưới nhóm C"]);
    expect(m.bySubject).toEqual({ a: 0, b: 2, c: 3 });
  });
});
