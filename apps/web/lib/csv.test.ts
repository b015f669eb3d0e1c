import { describe, expect, it } from "vitest";
import { csvCell, fileSlug, foldVietnamese, toCsv } from "./csv";

describe("csv", () => {
  it("quotes separators and quotes, and defuses formulas with a single quote", () => {
    expect(csvCell("Nghệ An")).toBe("Nghệ An");
    expect(csvCell('Tỉnh "A", B')).toBe('"Tỉnh ""A"", B"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2,5")).toBe(`"'-2,5"`);
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("\rx")).toBe(`"'\rx"`);
    expect(csvCell(-1.5)).toBe("-1.5");
    expect(csvCell(44.5)).toBe("44.5");
    expect([csvCell(null), csvCell(undefined), csvCell(Number.NaN)]).toEqual(["", "", ""]);
  });

  it("writes a BOM, a header and CRLF rows", () => {
    expect(
      toCsv(
        ["Tỉnh", "2023"],
        [
          ["Nghệ An", 44.1],
          ["Hà Tĩnh", null],
        ],
      ),
    ).toBe("\uFEFFTỉnh,2023\r\nNghệ An,44.1\r\nHà Tĩnh,\r\n");
  });

  it("folds Vietnamese for search and file names", () => {
    expect(foldVietnamese("Thừa Thiên Huế")).toBe("thua thien hue");
    expect(foldVietnamese("Đắk Lắk")).toBe("dak lak");
    expect(fileSlug("PAPI — năm 2023")).toBe("papi-nam-2023");
    expect(fileSlug("—")).toBe("bieu-do");
  });
});

describe("numbers in chart CSV", () => {
  it("writes a negative number as a number, but neutralises the same text", () => {
    expect(csvCell(-0.5082)).toBe("-0.5082");
    expect(csvCell("-0.5082")).toBe("'-0.5082");
  });
});
