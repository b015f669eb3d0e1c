import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { generatePanel } from "./fixtures/generated-panel";

const run = promisify(execFile);
const pkg = resolve(import.meta.dirname, "..");
const tsx = resolve(pkg, "../../node_modules/.bin/tsx");
let dir = "";

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, ["src/cli.ts", ...args], {
      cwd: pkg,
      env: { ...process.env, INIT_CWD: dir },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

const cols = ["--unit", "tinh", "--time", "nam", "--value", "diem"];

/** TEST FIXTURE: the generated 12-unit panel as a semicolon CSV with comma decimals; U03 gets +3 from 2020. */
function csv(mutate: (lines: string[]) => string[] = (l) => l): string {
  const { panel } = generatePanel(12, 4);
  const lines = panel.map(
    (p) =>
      `${p.unit};${p.time};${(p.value + (p.unit === "U03" && p.time >= 2020 ? 3 : 0)).toFixed(3).replace(".", ",")}`,
  );
  return ["Tỉnh;Năm;Điểm", ...mutate(lines)].join("\n");
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "impact-cli-"));
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("panel");
  sheet.addRow(["Tỉnh", "Năm", "Điểm"]);
  for (const p of generatePanel(12, 4).panel) sheet.addRow([p.unit, p.time, p.value]);
  await book.xlsx.writeFile(join(dir, "ok.xlsx"));
  writeFileSync(join(dir, "ok.csv"), csv());
  writeFileSync(
    join(dir, "dup.csv"),
    csv((l) => [...l, l[5]!]),
  );
  writeFileSync(
    join(dir, "nan.csv"),
    csv((l) => l.map((x, i) => (i === 7 ? x.replace(/;[^;]*$/, ";n/a") : x))),
  );
  writeFileSync(
    join(dir, "gap.csv"),
    csv((l) => l.filter((x) => !x.startsWith("U07;2016"))),
  );
});

describe("npm run impact (CLI, child process)", { timeout: 60_000 }, () => {
  it("prints one JSON object with weights, RMSPE, gaps, placebo and did", async () => {
    const r = await cli("--file", "ok.csv", ...cols, "--treated", "U03", "--from", "2020", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.weights.reduce((s: number, w: { weight: number }) => s + w.weight, 0)).toBeCloseTo(1, 9);
    expect(j.weights[0]).toHaveProperty("unit");
    expect(j.preRmspe).toBeGreaterThanOrEqual(0);
    expect(j.postRmspe).toBeGreaterThan(1);
    expect(j.gaps).toHaveLength(14);
    expect(j.gaps[0]).toHaveProperty("time", 2011);
    expect(j.placebo).toMatchObject({ of: 12 });
    expect(j.placebo.p).toBe(j.placebo.rank / 12);
    expect(j.did.estimate).toBeGreaterThan(2);
    expect(j.did.space).toMatchObject({ of: 12 });
    expect(j.verdict.synth.text).toMatch(/p = \d,\d+/);
  });

  it("reads XLSX the same way", async () => {
    const r = await cli("--file", "ok.xlsx", ...cols, "--treated", "U03", "--from", "2020", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).gaps).toHaveLength(14);
  });

  it("prints a readable table", async () => {
    const r = await cli("--file", "ok.csv", ...cols, "--treated", "U03", "--from", "2020");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Trọng số \/ weights/);
    expect(r.stdout).toMatch(/Kết luận \(kiểm soát tổng hợp\)/);
  });

  const bad: [string, string[], RegExp][] = [
    [
      "a missing column",
      ["--file", "ok.csv", "--unit", "tinh", "--time", "nam", "--value", "score"],
      /không có cột "score" \(--value\) trong .*\(MISSING_COLUMN\)/,
    ],
    [
      "the treated unit absent",
      ["--file", "ok.csv", ...cols, "--treated", "Nghe An"],
      /"Nghe An" không có trong cột "tinh".*\(TREATED_ABSENT\)/,
    ],
    [
      "fewer than 3 pre-periods",
      ["--file", "ok.csv", ...cols, "--treated", "U03", "--from", "2013"],
      /chỉ có 2 năm trước 2013.*\(TOO_FEW_PRE\)/,
    ],
    [
      "duplicate unit–time rows",
      ["--file", "dup.csv", ...cols, "--treated", "U03"],
      /dòng 7 và 170: U01 có hai giá trị cho năm 2016 \(DUPLICATE\)/,
    ],
    [
      "a non-numeric value",
      ["--file", "nan.csv", ...cols, "--treated", "U03"],
      /dòng 9, cột "Điểm": "n\/a" không phải là số \(NOT_A_NUMBER\)/,
    ],
    [
      "a unit with gaps",
      ["--file", "gap.csv", ...cols, "--treated", "U03"],
      /"U07" thiếu giá trị năm 2016.*--drop-incomplete.*\(UNIT_GAPS\)/,
    ],
    [
      "a methodology break",
      ["--file", "ok.csv", ...cols, "--treated", "U03", "--breaks", "2018"],
      /vượt qua lần đổi phương pháp tính năm 2018.*\(BREAK\)/,
    ],
  ];
  for (const [what, args, message] of bad)
    it(`exits 2 with a clear message for ${what}`, async () => {
      const withFrom = args.includes("--from") ? args : [...args, "--from", "2020"];
      const treated = withFrom.includes("--treated") ? withFrom : [...withFrom, "--treated", "U03"];
      const r = await cli(...treated);
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(2);
    });

  it("leaves units with gaps out on --drop-incomplete, listing them", async () => {
    const r = await cli(
      "--file",
      "gap.csv",
      ...cols,
      "--treated",
      "U03",
      "--from",
      "2020",
      "--drop-incomplete",
      "--json",
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).dropped).toEqual([{ unit: "U07", reason: "thiếu giá trị năm 2016" }]);
  });
});
