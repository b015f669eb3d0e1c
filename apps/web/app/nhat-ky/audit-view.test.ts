import { describe, expect, it } from "vitest";
import { auditFilterFrom, csvCell, summarise } from "./audit-view";

describe("the audit log page's helpers", () => {
  it("neutralises cells a spreadsheet would run, and quotes per RFC 4180", () => {
    expect(["=1+1", "+84", "-2", "@SUM(A1)", "\tx", "\rx"].map(csvCell)).toEqual([
      "'=1+1",
      "'+84",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      '"\'\rx"',
    ]);
    expect(csvCell('{"title":"a, b"}')).toBe('"{""title"":""a, b""}"');
    expect(csvCell("dòng 1\ndòng 2")).toBe('"dòng 1\ndòng 2"');
    expect(csvCell("a; =1+1")).toBe('"a; =1+1"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(7)).toBe("7");
    expect(csvCell("Nguyễn Văn A")).toBe("Nguyễn Văn A");
  });

  it("summarises before → after by the fields that differ", () => {
    expect(
      summarise('{"title":"A","reach":1,"topics":["N01"]}', '{"title":"B","reach":1,"topics":["N01","N02"]}'),
    ).toBe("title: A → B; topics: [N01] → [N01, N02]");
    expect(summarise(null, '{"title":"Tập huấn","reach":3}')).toBe("tạo: Tập huấn");
    expect(summarise('{"fileName":"pci.csv","deleted":3}', null)).toBe("xóa: pci.csv");
    expect(summarise('{"a":1}', '{"a":1}')).toBe("không thay đổi");
    expect(summarise(null, null)).toBe("—");
    const many = (n: number) => JSON.stringify(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`k${i}`, n])));
    expect(summarise(many(1), many(2))).toMatch(/… và 2 thay đổi khác$/);
  });

  it("reads filters from the URL, dropping malformed dates", () => {
    expect(auditFilterFrom({ entity: "plan", actor: " Trần ", from: "2024-03-01", to: "hôm qua" }).filter).toEqual({
      entity: "plan",
      actor: "Trần",
      from: "2024-03-01",
    });
  });
});
