import { describe, expect, it } from "vitest";
import { decimalsOf, derivedAgainstPublished } from "../src/derived-precedence";

const SRC = "https://baonghean.vn/x";

describe("derivedAgainstPublished: a derived value may add digits to a published figure, never contradict it", () => {
  it("takes the derived value when it rounds to the published figure and is more precise (Nghệ An PAPI 2015: 36,36 printed)", () => {
    const d = derivedAgainstPublished(36.3586, 36.36, SRC);
    expect(d.take).toBe("derived");
    expect(d.take === "derived" && d.note).toContain(`Điểm công bố 36,36 (${SRC})`);
    expect(derivedAgainstPublished(46.5724, 46.57, SRC).take).toBe("derived");
  });

  it("keeps the published figure when the derived one differs beyond rounding (2017: 35,77 printed, 35,7539 summed)", () => {
    const d = derivedAgainstPublished(35.7539, 35.77, SRC);
    expect(d).toEqual({ take: "published", reason: expect.stringContaining("giữ điểm công bố 35,77") });
    expect(d.take === "published" && d.reason).toContain("35,7539, lệch 0,0161 — hơn mức làm tròn");
  });

  it("keeps an official figure at the same precision, naming a last-digit difference as rounding (2023: 42,8474 vs 42,8473)", () => {
    const d = derivedAgainstPublished(42.8473, 42.8474, null);
    expect(d.take).toBe("published");
    expect(d.take === "published" && d.reason).toContain("chỉ lệch 0,0001 ở chữ số cuối");
  });

  it("keeps the published figure when the derived one is less precise, even if it agrees", () => {
    expect(derivedAgainstPublished(36.4, 36.36, SRC).take).toBe("published");
  });
});

describe("decimalsOf", () => {
  it.each([
    [36.36, 2],
    [42.8474, 4],
    [47, 0],
    [1e-7, 7],
    [1.5e-7, 8],
    [-0.25, 2],
  ])("%d has %i decimal places", (x, n) => expect(decimalsOf(x)).toBe(n));
});
