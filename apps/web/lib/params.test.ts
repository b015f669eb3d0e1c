import { describe, expect, it } from "vitest";
import { hrefWith, ignored, int, many, one, pick, yearNotice } from "./params";

describe("URL filters", () => {
  it("reads single values, lists and bounded integers, falling back on bad input", () => {
    const p = { year: "2023", bad: "20x", subjects: ["40,42", "38"], index: "PCI", empty: "" };
    expect(one(p, "index")).toBe("PCI");
    expect(one(p, "empty")).toBeUndefined();
    expect(many(p, "subjects")).toEqual(["40", "42", "38"]);
    expect(int(p, "year", 2020, 2005, 2030)).toBe(2023);
    expect(int(p, "bad", 2020, 2005, 2030)).toBe(2020);
    expect(int({ year: "1990" }, "year", 2020, 2005, 2030)).toBe(2020);
    expect(pick(p, "index", ["PAPI", "PCI"] as const, "PAPI")).toBe("PCI");
    expect(pick({ index: "X" }, "index", ["PAPI", "PCI"] as const, "PAPI")).toBe("PAPI");
  });

  it("builds links that keep the other filters and drop empty ones", () => {
    expect(
      hrefWith("/so-sanh", { index: "PAPI", year: 2023, subjects: ["40", "42"] }, { year: 2022, component: undefined }),
    ).toBe("/so-sanh?index=PAPI&year=2022&subjects=40%2C42");
    expect(hrefWith("/", {}, { q: "" })).toBe("/");
  });

  it("names what the page could not use instead of replacing it silently", () => {
    expect(ignored({ index: "XYZ" }, "index", "PAPI")).toBe("XYZ");
    expect(ignored({ index: "PCI" }, "index", "PCI")).toBeNull();
    expect(ignored({}, "index", "PAPI")).toBeNull();
    const years = [2017, 2018, 2019, 2024];
    expect(yearNotice({ year: "2012" }, 2012, years)).toBe("Không có số liệu năm 2012 (có số liệu các năm 2017–2024).");
    expect(yearNotice({ year: "abc" }, 2024, years)).toBe(
      "Năm “abc” không dùng được (có số liệu các năm 2017–2024); đang hiển thị năm 2024.",
    );
    expect(yearNotice({ year: "2019" }, 2019, years)).toBeNull();
    expect(yearNotice({}, 2024, years)).toBeNull();
  });
});
