import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDay,
  formatMoment,
  formatNumber,
  formatRankChange,
  formatSigned,
  formatTimeAndDay,
  numberFormat,
  upperFirst,
} from "../src/format";

describe("vi-VN formats", () => {
  it("writes decimals with a comma, thousands with a dot, at most `digits` decimals", () => {
    expect(formatNumber(85.92)).toBe("85,92");
    expect(formatNumber(42.8474, 4)).toBe("42,8474");
    expect(formatNumber(42.8474)).toBe("42,85");
    expect(formatNumber(1234, 0)).toBe("1.234");
    expect(formatNumber(2.5, 0)).toBe("3");
    expect(formatNumber(70, 2)).toBe("70");
    expect(formatNumber(null)).toBe("—");
    expect(formatNumber(undefined, 4)).toBe("—");
  });

  it("makes one Intl format per number of decimals", () => {
    expect(numberFormat(3)).toBe(numberFormat(3));
    expect(numberFormat(3)).not.toBe(numberFormat(1));
    expect(numberFormat(1).format(0.25)).toBe("0,3");
  });

  it("signs a change with a true minus, none when it rounds to zero", () => {
    expect([formatSigned(1.234), formatSigned(-0.5), formatSigned(0), formatSigned(null)]).toEqual([
      "+1,23",
      "−0,5",
      "0",
      "—",
    ]);
    expect(formatSigned(-0.0001, 2)).toBe("0");
    expect(formatSigned(-21, 0)).toBe("−21");
    expect(formatSigned(-1.25, 4)).toBe("−1,25");
  });

  it("writes a date, or a timestamp's date, as dd/mm/yyyy", () => {
    expect(formatDate("2022-02-10")).toBe("10/02/2022");
    expect(formatDate("2022-05-10T08:00:00.000Z")).toBe("10/05/2022");
  });

  it("says a change of rank the Vietnamese way (rank 1 = best)", () => {
    expect(formatRankChange(2)).toBe("tăng 2 bậc");
    expect(formatRankChange(-21)).toBe("giảm 21 bậc");
    expect(formatRankChange(0)).toBe("giữ nguyên thứ hạng");
    expect(formatRankChange(null)).toBe("");
    expect(formatRankChange(undefined)).toBe("");
  });

  it("capitalises the first letter only, Vietnamese letters included", () => {
    expect(upperFirst("đạt")).toBe("Đạt");
    expect(upperFirst("không công bố")).toBe("Không công bố");
    expect(upperFirst("")).toBe("");
  });

  it("reads timestamps in Vietnam's time (UTC+7)", () => {
    expect(formatDay("2026-11-30T17:30:00Z")).toBe("01/12/2026");
    expect(formatDay("2026-11-30T16:59:59Z")).toBe("30/11/2026");
    expect(formatMoment("2024-03-01T18:00:00Z")).toBe("02/03/2024 01:00:00");
    expect(formatMoment("2024-12-31T16:59:59.5Z")).toBe("31/12/2024 23:59:59");
    expect(formatTimeAndDay("2026-11-30T07:05:00Z")).toBe("14:05 ngày 30/11/2026");
    expect(formatTimeAndDay("2026-11-30T17:00:00Z")).toBe("00:00 ngày 01/12/2026");
    expect(formatDay("not a date")).toBe("not a date");
  });
});
