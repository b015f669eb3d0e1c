import { describe, expect, it } from "vitest";
import { lowerFirst, median } from "../../src/orientation/text";

describe("report text helpers", () => {
  it("lowers the first letter mid-sentence but keeps acronyms", () => {
    expect(lowerFirst("Đối thoại")).toBe("đối thoại");
    expect(lowerFirst("TTHC niêm yết")).toBe("TTHC niêm yết");
  });
  it("takes the median of odd, even and empty lists", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
