import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, formatRankChange } from "./format";

describe("vi-VN formats", () => {
  it("writes decimals with a comma and dates as dd/mm/yyyy", () => {
    expect(formatNumber(85.92)).toBe("85,92");
    expect(formatNumber(42.8474, 4)).toBe("42,8474");
    expect(formatNumber(null)).toBe("—");
    expect(formatDate("2022-02-10")).toBe("10/02/2022");
  });

  it("says rank changes the Vietnamese way", () => {
    expect(formatRankChange(2)).toBe("tăng 2 bậc");
    expect(formatRankChange(-21)).toBe("giảm 21 bậc");
    expect(formatRankChange(0)).toBe("giữ nguyên thứ hạng");
  });
});
