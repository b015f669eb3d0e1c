import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { csvCell, writeTable } from "../src/export";
import { openTable } from "../src/read-table";

const dir = mkdtempSync(join(tmpdir(), "csv-cells-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("CSV cells (formula injection)", () => {
  it("prefixes text starting with = + - @ tab or CR with a quote; leaves numbers and other text alone", () => {
    expect(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"].map(csvCell)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
    expect([-0.5, 0, 42.8474, null, "", "a=b", " =x", "'=x", "Tập huấn"].map(csvCell)).toEqual([
      -0.5,
      0,
      42.8474,
      "",
      "",
      "a=b",
      " =x",
      "'=x",
      "Tập huấn",
    ]);
  });

  it("writes neutralised cells and reads them back as they were; numbers stay importable", async () => {
    const path = join(dir, "t.csv");
    const values = [
      '=HYPERLINK("http://x","y")',
      "\tkênh",
      "\rghi chú",
      "-2+3",
      "@x",
      "+84 912",
      "a; =1+1",
      "N03; N04",
    ];
    const rows = values.map((v, i) => ({ text: v, n: i % 2 ? -0.5 : i }));
    await writeTable(
      path,
      "csv",
      [
        { header: "=Văn bản", value: (r: (typeof rows)[number]) => r.text },
        { header: "Số", value: (r: (typeof rows)[number]) => r.n },
      ],
      rows,
    );
    const raw = readFileSync(path, "utf8");
    expect(raw).toContain(`"'=HYPERLINK(""http://x"",""y"")",0`);
    expect(raw).toContain(`\n'\tkênh,-0.5\n`);
    expect(raw).toContain(`"'\rghi chú",2`);
    // A ";" before a formula character is quoted too (Excel with a ";" list separator splits there); others are not.
    expect(raw).toContain(`\n"a; =1+1",6\nN03; N04,-0.5\n`);
    // No line (record) starts a cell with a formula character unquoted.
    for (const line of raw
      .replace(/^\uFEFF/, "")
      .split("\n")
      .filter(Boolean))
      expect(line.split(",").every((c) => !/^"?[=+@]/.test(c))).toBe(true);
    const table = await openTable(path);
    expect(table.headers).toEqual(["=Văn bản", "Số"]);
    const back: unknown[][] = [];
    for await (const r of table.rows) back.push([...r.cells.values()]);
    expect(back).toEqual(rows.map((r) => [r.text, String(r.n)]));
  });
});
