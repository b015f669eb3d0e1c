import { describe, expect, it } from "vitest";
import { dateVi, lowerFirst, median } from "../../src/orientation/text";

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
  it("writes an ISO date as dd/mm/yyyy", () => {
    expect(dateVi("2022-05-10")).toBe("10/05/2022");
  });
});
