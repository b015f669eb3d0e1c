import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { apiQuery, vi } from "../helpers/api";
import { tableRows, useStackAndBrowser, waitForCharts, watchErrors } from "../helpers/browser";
import { artifactsDir, haveChromium } from "../helpers/stack";

const CODES = ["PAR_INDEX", "SIPAS", "PAPI", "PCI"] as const;
type Ranked = {
  rank: number | null;
  outOf: number | null;
  publishedRank: number | null;
  publishedOutOf: number | null;
};
type Point = Ranked & { year: number; value: number | null };
type Figure = Ranked & { value: number | null; valueChange: number | null };

/**
 * The rule every page follows, written out here independently of the web
 * app: the published rank and its denominator where published, else the rank
 * computed among the provinces with a value, out of how many they are.
 */
function expected(f: Ranked | undefined): { text: string; computed: boolean } | null {
  if (!f) return null;
  if (f.publishedRank != null) return { text: `${f.publishedRank}/${f.publishedOutOf}`, computed: false };
  if (f.rank != null) return { text: `${f.rank}/${f.outOf}`, computed: true };
  return null;
}
const cell = (f: Ranked | undefined) => {
  const e = expected(f);
  return e ? `${e.text}${e.computed ? " (tính từ số liệu)" : ""}` : "—";
};

describe.skipIf(!haveChromium)("one truth per figure: cards, charts and tables agree with subjectProfile", () => {
  const env = useStackAndBrowser();
  const series = async (index: string) =>
    (
      await apiQuery<{ indexSeries: Point[] }>(
        env.stack(),
        `{ indexSeries(subject: "40", index: ${index}) { year value rank outOf publishedRank publishedOutOf } }`,
      )
    ).indexSeries;
  const profiles = new Map<number, Map<string, Figure>>();
  const profile = async (year: number) => {
    if (!profiles.has(year)) {
      const p = await apiQuery<{ subjectProfile: { indices: { index: { code: string }; total: Figure }[] } }>(
        env.stack(),
        `query($y: Int!) { subjectProfile(subject: "40", year: $y) { indices { index { code } total { value valueChange rank outOf publishedRank publishedOutOf } } } }`,
        { y: year },
      );
      profiles.set(year, new Map(p.subjectProfile.indices.map((i) => [i.index.code, i.total])));
    }
    return profiles.get(year)!;
  };

  it("shows, for Nghệ An × the four indices × every year with data, the same rank and out-of on the card, the chart and its table", async () => {
    const all = new Map<string, Point[]>(await Promise.all(CODES.map(async (c) => [c, await series(c)] as const)));
    const withData = (c: string) =>
      all.get(c)!.filter((p) => p.value != null || p.rank != null || p.publishedRank != null);
    const years = [...new Set(CODES.flatMap((c) => withData(c).map((p) => p.year)))].sort();
    expect(years[0]).toBe(2005); // PCI from 2005
    expect(years.at(-1)).toBe(2024);
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1000 }, locale: "vi-VN" });
    const errors = watchErrors(page);
    let checked = 0;
    // The cards, one overview per year.
    for (const year of years) {
      await page.goto(`${env.stack().webUrl}/?year=${year}`);
      const figures = await profile(year);
      for (const code of CODES) {
        const f = figures.get(code);
        const e = expected(f);
        const card = page.locator(`[data-testid="card-${code}"]`);
        const text = (await card.textContent()) ?? "";
        if (!e) {
          expect(text, `${code} ${year}`).toMatch(/Không có số liệu năm \d{4}|Không công bố|Không có số liệu/);
          continue;
        }
        const rank = (await card.locator('[data-testid="card-rank"]').textContent()) ?? "";
        expect(rank, `${code} ${year}`).toContain(`Xếp thứ ${e.text} năm ${year}`);
        expect(rank.includes("(tính từ số liệu)"), `${code} ${year} marked computed`).toBe(e.computed);
        checked++;
      }
    }
    // The chart and its table on /chi-so, every year at once.
    for (const code of CODES) {
      await page.goto(`${env.stack().webUrl}/chi-so/${code}?subject=40`);
      const rows = new Map((await tableRows(page, '[data-testid="series-table"]')).map((r) => [Number(r[0]), r]));
      const chart = page.locator('[data-testid="index-series-chart"]');
      const chartRanks =
        (await chart.count()) > 0
          ? new Map(JSON.parse((await chart.getAttribute("data-ranks")) ?? "[]") as [number, string][])
          : new Map<number, string>();
      for (const p of withData(code)) {
        const f = (await profile(p.year)).get(code);
        expect(rows.get(p.year)?.[2], `${code} ${p.year} table`).toBe(cell(f));
        // The series the chart draws and the profile the cards read are the same figure.
        expect(cell(p), `${code} ${p.year} series`).toBe(cell(f));
        if (chartRanks.size) expect(chartRanks.get(p.year), `${code} ${p.year} chart`).toBe(cell(f));
      }
    }
    // PAPI 2024 has no published rank: 37 among the 61 provinces with data, never /63.
    const papi2024 = (await profile(2024)).get("PAPI")!;
    expect(cell(papi2024)).toBe(`${papi2024.rank}/61 (tính từ số liệu)`);
    expect(checked).toBeGreaterThanOrEqual(40);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists the largest fall among PAPI's dimensions in “Điều gì đã thay đổi”, in both directions by size", async () => {
    const comps = (
      await apiQuery<{
        subjectProfile: {
          indices: {
            index: { code: string };
            total: { valueChange: number };
            components: { component: { nameVi: string }; valueChange: number | null }[];
          }[];
        };
      }>(
        env.stack(),
        `{ subjectProfile(subject: "40", year: 2024) { indices { index { code } total { valueChange } components { component { nameVi } valueChange } } } }`,
      )
    ).subjectProfile.indices.find((i) => i.index.code === "PAPI")!;
    const fall = comps.components.reduce((a, c) => ((c.valueChange ?? 0) < (a.valueChange ?? 0) ? c : a));
    expect(comps.total.valueChange).toBeGreaterThan(0); // the total rose…
    expect(fall.valueChange).toBeLessThan(-0.5); // …while service delivery fell by more than half a point
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1100 } });
    await page.goto(`${env.stack().webUrl}/chi-so/PAPI?subject=40&year=2024`);
    const items = await page.$$eval('[data-testid="drivers"] li', (lis) => lis.map((li) => li.textContent ?? ""));
    expect(items[0]).toBe(`${fall.component.nameVi}: −${vi(Math.abs(fall.valueChange!))}`);
    const sizes = items.map((t) => Number(t.split(": ")[1]!.replace("−", "-").replace(/\./g, "").replace(",", ".")));
    expect(sizes.map(Math.abs)).toEqual([...sizes.map(Math.abs)].sort((a, b) => b - a));
    expect(sizes.some((s) => s > 0) && sizes.some((s) => s < 0)).toBe(true);
    expect(await page.locator('[data-testid="drivers-unexplained"]').textContent()).toMatch(
      /^Phần chưa giải thích bởi các thành phần liệt kê: [−+]?\d+,\d+ điểm/,
    );
    await page.close();
  });

  it("prints /chi-so/PAPI with its data table, though “Xem bảng số liệu” is collapsed on screen", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1100 }, locale: "vi-VN" });
    await page.goto(`${env.stack().webUrl}/chi-so/PAPI?subject=40&year=2024`);
    await waitForCharts(page, '[data-testid="index-series-chart"]');
    expect(await page.locator('details:has([data-testid="series-table"])').getAttribute("open")).toBeNull();
    await page.emulateMedia({ media: "print" });
    const pdf = resolve(artifactsDir, "chi-so-papi-print.pdf");
    writeFileSync(pdf, await page.pdf({ format: "A4", printBackground: true }));
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    const s = await series("PAPI");
    expect(text).toContain("PAPI của Nghệ An theo năm"); // the table's caption
    // pdftotext -layout keeps a row on its line, a wrapped cell on the lines either side.
    const lines = text.split("\n");
    for (const p of s) {
      const at = lines.findIndex((l) => new RegExp(`^\\s*${p.year}\\s+${vi(p.value!).replace(".", "\\.")}\\s`).test(l));
      expect(at, `row ${p.year} printed`).toBeGreaterThan(0);
      expect(lines.slice(at - 1, at + 2).join(" "), `rank ${p.year} printed`).toContain(expected(p)!.text);
    }
    expect(text).toContain("tính từ số liệu");
    await page.close();
  });

  it("draws no empty axis and no lone dot: SIPAS has ranks only, PAR INDEX one score, and the page says what to import", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1100 }, locale: "vi-VN" });
    for (const [code, said] of [
      ["SIPAS", "Chưa có điểm SIPAS năm nào (chỉ có thứ hạng công bố)"],
      ["PAR_INDEX", "Chỉ có điểm PAR INDEX năm 2021 (87,59): một điểm chưa đủ để vẽ đường điểm"],
    ] as const) {
      await page.goto(`${env.stack().webUrl}/chi-so/${code}?subject=40`);
      await waitForCharts(page, '[data-testid="index-series-chart"]');
      const missing = (await page.locator('[data-testid="series-missing"]').textContent()) ?? "";
      expect(missing).toContain(said);
      expect(missing).toContain("Nhập dữ liệu");
      // The chart still draws the five published ranks (2020–2024).
      const ranks = JSON.parse((await page.getAttribute('[data-testid="index-series-chart"]', "data-ranks")) ?? "[]");
      expect(ranks.filter(([, r]: [number, string]) => r !== "—")).toHaveLength(5);
      await page.screenshot({ path: resolve(artifactsDir, `index-${code.toLowerCase()}.png`), fullPage: true });
    }
    await page.close();
  });

  it("Về số liệu lists, per index and year, the provinces with values, the source, the import batch and the last change", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1100 } }, "viewer");
    await page.goto(`${env.stack().webUrl}/ve-so-lieu`);
    const papi = new Map((await tableRows(page, '[data-testid="coverage-table-PAPI"]')).map((r) => [r[0], r]));
    expect(papi.size).toBe(14);
    expect(papi.get("2024")?.[2]).toBe("61/63");
    expect(papi.get("2024")?.[9]).toMatch(/^#\d+ papi-subdims \(\d{2}\/\d{2}\/\d{4}, npm start \(shared data\)\)$/);
    expect(papi.get("2024")?.[10]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    const sipas = await page.locator('[data-testid="coverage-todo-SIPAS"]').textContent();
    expect(sipas).toContain("Chưa có điểm của tỉnh nào năm 2020, 2021, 2022, 2023, 2024");
    // Years since the index began with nothing stored at all: PAR INDEX from 2012 (QĐ 2948), SIPAS from 2017.
    expect(await page.locator('[data-testid="coverage-PAR_INDEX"] .note').first().textContent()).toContain(
      "Chưa có số liệu nào các năm 2012–2019",
    );
    expect(await page.locator('[data-testid="coverage-SIPAS"] .note').first().textContent()).toContain("2017–2019");
    await page.screenshot({ path: resolve(artifactsDir, "ve-so-lieu.png"), fullPage: true });
    await page.close();
  });

  it("puts every index card's headline figure on the first screen of a 390 × 844 phone", async () => {
    const page = await env
      .browser()
      .newPage({ viewport: { width: 390, height: 844 }, locale: "vi-VN", isMobile: true });
    await page.goto(`${env.stack().webUrl}/`);
    await waitForCharts(page, '[data-testid="sparkline"]');
    for (const code of CODES) {
      const headline = page.locator(
        `[data-testid="card-${code}"] :is([data-testid="card-value"], [data-testid="card-empty"])`,
      );
      const box = await headline.boundingBox();
      expect(box, code).not.toBeNull();
      expect(box!.y + box!.height, `${code} headline bottom`).toBeLessThanOrEqual(844);
    }
    // Sparklines name their first and last year.
    const ends = await page.$$eval('[data-testid="sparkline-years"]', (els) =>
      els.map((e) => Array.from(e.children, (c) => c.textContent)),
    );
    for (const [first, , last] of ends) {
      expect(first).toMatch(/^\d{4}$/);
      expect(last).toMatch(/^\d{4}$/);
    }
    await page.screenshot({ path: resolve(artifactsDir, "overview-390.png") });
    await page.close();
  });
});
