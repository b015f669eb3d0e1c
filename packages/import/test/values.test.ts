import { describe, expect, it } from "vitest";
import { ProvinceMatcher } from "../src/matchers";
import { CellError, date, fold, number, year } from "../src/values";

describe("cell values", () => {
  it("reads Vietnamese and plain numbers", () => {
    expect(["85,92", "85,92%", "85.92", "1.234,5", "1.234.567", "1,234.5", " 7 "].map(number)).toEqual([
      85.92, 85.92, 85.92, 1234.5, 1234567, 1234.5, 7,
    ]);
    expect(number("")).toBeNull();
    expect(() => number("85,92,1")).toThrow(CellError);
  });

  it("reads dd/mm/yyyy and ISO dates and refuses impossible ones", () => {
    expect(date("10/02/2022")).toBe("2022-02-10");
    expect(date("2022-02-10")).toBe("2022-02-10");
    expect(date(new Date(Date.UTC(2022, 1, 10)))).toBe("2022-02-10");
    expect(() => date("29/02/2023")).toThrow(/not a real date/);
    expect(() => date("02/10/22")).toThrow(/not a date/);
  });

  it("reads a bare year only", () => {
    expect(year("2023")).toBe(2023);
    expect(() => year("2022 (công bố 2023)")).toThrow(/names 2 years/);
  });

  it("folds diacritics and đ", () => expect(fold("Đắk Lắk – TỈNH")).toBe("dak lak tinh"));
});

describe("ProvinceMatcher", () => {
  const p = (code: string, nameVi: string, nameEn: string, validFrom: string, validTo: string | null) => ({
    code,
    gsoCode: code,
    nameVi,
    nameEn,
    regionCode: "X",
    validFrom,
    validTo,
    papiId: null,
    pciId: null,
  });
  const m = new ProvinceMatcher([
    p("46", "Thừa Thiên Huế", "Thua Thien Hue", "2004-01-01", null),
    p("45", "Quảng Trị", "Quang Tri", "2004-01-01", "2025-06-30"),
    p("2025-quang-tri", "Quảng Trị", "Quang Tri", "2025-07-01", null),
    p("79", "TP. Hồ Chí Minh", "Ho Chi Minh City", "2004-01-01", "2025-06-30"),
  ]);

  it("matches spelling variants", () => {
    for (const s of ["Thừa Thiên - Huế", "Thừa Thiên Huế", "Huế", "Tỉnh Thừa Thiên Huế", "thua thien hue", "46"])
      expect(m.match(s).code).toBe("46");
    for (const s of ["TP.HCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Ho Chi Minh City"])
      expect(m.match(s, 2020).code).toBe("79");
  });

  it("lets the year decide between the units before and after 1/7/2025, else refuses", () => {
    expect(m.match("Quảng Trị", 2023).code).toBe("45");
    expect(m.match("Quảng Trị", 2026).code).toBe("2025-quang-tri");
    expect(() => m.match("Quảng Trị")).toThrow(
      /matches Quảng Trị \(45\) and Quảng Trị \(2025-quang-tri\): give the GSO code/,
    );
    expect(() => m.match("Nghệ Tĩnh")).toThrow(/unknown province/);
  });
});

describe("ProvinceMatcher across mergers", () => {
  const p = (code: string, gsoCode: string, nameVi: string, validFrom: string, validTo: string | null) => ({
    code,
    gsoCode,
    nameVi,
    nameEn: nameVi,
    regionCode: "X",
    validFrom,
    validTo,
    papiId: null,
    pciId: null,
  });
  const m = new ProvinceMatcher(
    [
      p("01", "01", "Hà Nội", "2004-01-01", null),
      p("28", "28", "Hà Tây", "1991-08-12", "2008-07-31"),
      p("79", "79", "TP. Hồ Chí Minh", "2004-01-01", "2025-06-30"),
      p("2025-ho-chi-minh", "79", "TP. Hồ Chí Minh", "2025-07-01", null),
    ],
    [
      { oldCode: "28", newCode: "01", effectiveOn: "2008-08-01" },
      { oldCode: "79", newCode: "2025-ho-chi-minh", effectiveOn: "2025-07-01" },
    ],
  );

  it("keeps Hà Tây in 2008 (its units are those of 1 July) and refuses it from 2009, naming Hà Nội", () => {
    expect(m.match("Hà Tây", 2008).code).toBe("28");
    expect(() => m.match("Ha Tay", 2009)).toThrow(
      "Hà Tây đã hợp nhất vào Hà Nội từ 01/08/2008: bảng năm 2009 ghi Hà Nội (mã 01) (PROVINCE_MERGED)",
    );
  });

  it("reads a predecessor's spellings and code as the new unit in its era", () => {
    for (const s of ["TP HCM", "Hồ Chí Minh", "79"]) {
      expect(m.match(s, 2024).code).toBe("79");
      expect(m.match(s, 2025).code).toBe("2025-ho-chi-minh");
    }
    // Hà Nội grew in 2008 but was not formed then: nothing to note.
    m.match("Hà Nội", 2010, { row: 2 });
    expect([...m.unitMatches.values()]).toEqual([]);
  });
});
