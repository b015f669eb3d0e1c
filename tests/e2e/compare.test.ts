import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { apiQuery, vi } from "../helpers/api";
import { drawnPixels, tableRows, useStackAndBrowser, waitForCharts, watchErrors } from "../helpers/browser";
import { artifactsDir, haveChromium } from "../helpers/stack";

type Ranking = {
  ranking: {
    rows: { rank: number | null; outOf: number; value: number | null; subject: { code: string; nameVi: string } }[];
  };
};

describe.skipIf(!haveChromium)("compare (So sánh) in Chromium", () => {
  const env = useStackAndBrowser();

  it("compares Nghệ An with its Bắc Trung Bộ peers by default: lines, ranking with Nghệ An highlighted, and the map of 63 provinces", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1300 }, locale: "vi-VN" });
    const errors = watchErrors(page);
    await page.goto(`${env.stack().webUrl}/so-sanh?index=PAPI&year=2023`);
    expect(await waitForCharts(page, '[data-testid="compare-lines"], [data-testid="choropleth"]')).toBe(2);
    const lines = await tableRows(page, '[data-testid="compare-table"]');
    expect(lines.map((r) => r[0]).sort()).toEqual([
      "Hà Tĩnh",
      "Nghệ An",
      "Quảng Bình",
      "Quảng Trị",
      "Thanh Hóa",
      "Thừa Thiên Huế",
    ]);
    const { ranking } = await apiQuery<Ranking>(
      env.stack(),
      `{ ranking(index: PAPI, year: 2023) { rows { rank outOf value subject { code nameVi } } } }`,
    );
    const rows = await tableRows(page, '[data-testid="ranking-table"]');
    expect(rows).toHaveLength(ranking.rows.length);
    // The rank reads "37/61": out of the provinces ranked that year, from the data.
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual(
      ranking.rows.map((r) => [
        r.rank == null ? "—" : `${r.rank}/${r.outOf}`,
        r.subject.nameVi,
        r.value == null ? expect.any(String) : vi(r.value),
      ]),
    );
    const highlighted = await page.$$eval('[data-testid="ranking-table"] tr.highlight td:nth-child(2)', (tds) =>
      tds.map((td) => td.textContent),
    );
    expect(highlighted).toEqual(["Nghệ An"]);
    const map = page.locator('[data-testid="choropleth"]');
    expect(await map.getAttribute("data-provinces")).toBe("63");
    expect(await map.getAttribute("data-with-value")).toBe(String(ranking.rows.filter((r) => r.value != null).length));
    expect(await drawnPixels(page, '[data-testid="choropleth"]')).toBeGreaterThan(20_000);
    await page.screenshot({ path: resolve(artifactsDir, "compare.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("compares with Hà Tĩnh and Thanh Hóa chosen in the URL, on a PAPI dimension, matching the API's series", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1300 } });
    await page.goto(`${env.stack().webUrl}/so-sanh?subject=40&subjects=42&subjects=38&index=PAPI&component=PAPI.D3`);
    await waitForCharts(page, '[data-testid="compare-lines"]');
    const { compareSeries } = await apiQuery<{
      compareSeries: { subject: { nameVi: string }; points: { year: number; value: number | null }[] }[];
    }>(
      env.stack(),
      `{ compareSeries(subjects: ["40", "42", "38"], index: PAPI, component: "PAPI.D3") { subject { nameVi } points { year value } } }`,
    );
    const rows = await tableRows(page, '[data-testid="compare-table"]');
    expect(rows.map((r) => r[0])).toEqual(compareSeries.map((s) => s.subject.nameVi));
    const header = await page.$$eval('[data-testid="compare-table"] thead th', (ths) =>
      ths.map((th) => th.textContent),
    );
    for (const [i, s] of compareSeries.entries())
      for (const p of s.points)
        expect(rows[i]![header.indexOf(String(p.year))], `${s.subject.nameVi} ${p.year}`).toBe(
          p.value == null ? "—" : vi(p.value),
        );
    // Changing the index with the form keeps the chosen provinces in the URL.
    await page.locator('select[name="index"]').selectOption("PCI");
    await page.waitForURL(/index=PCI/);
    expect(new URL(page.url()).searchParams.getAll("subjects").sort()).toEqual(["38", "40", "42"]);
    await page.close();
  });
});
