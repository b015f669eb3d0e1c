import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { drawnPixels, useStackAndBrowser, watchErrors } from "../helpers/browser";
import { artifactsDir, haveChromium } from "../helpers/stack";

describe.skipIf(!haveChromium)("overview page in Chromium", () => {
  const env = useStackAndBrowser();

  async function apiSeries(index: string) {
    const res = await fetch(env.stack().apiUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ indexSeries(subject: "40", index: ${index}) { year value publishedRank publishedOutOf } }` }),
    });
    return ((await res.json()) as { data: { indexSeries: { year: number; value: number | null; publishedRank: number | null; publishedOutOf: number | null }[] } }).data.indexSeries;
  }

  it("shows Nghệ An's four index cards and draws the chart without console errors", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1000 }, locale: "vi-VN" });
    const errors = watchErrors(page);
    const started = Date.now();
    await page.goto(`${env.stack().webUrl}/`);
    await page.waitForSelector('[data-testid="series-chart"][data-drawn="true"]');
    const paintMs = Date.now() - started;
    for (const name of ["PAR INDEX", "SIPAS", "PAPI", "PCI"]) await expect(page.locator(`[data-testid="card-${name}"]`).count()).resolves.toBe(1);
    await expect(page.locator('[data-testid="card-PAPI"]').textContent()).resolves.toMatch(/42,8474[\s\S]*Xếp thứ 25\/63 năm 2023[\s\S]*giảm 8 bậc/);
    expect(await drawnPixels(page, '[data-testid="series-chart"]')).toBeGreaterThan(5000);
    await page.screenshot({ path: resolve(artifactsDir, "overview.png"), fullPage: true });
    console.log(`overview: chart drawn ${paintMs} ms after navigation (headless Chromium, production build)`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("switches index through the URL and its data table matches the API", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${env.stack().webUrl}/`);
    await page.getByRole("link", { name: "PCI", exact: true }).click();
    await page.waitForURL(/index=PCI/);
    await page.waitForSelector('[data-testid="series-chart"][data-drawn="true"]');
    await page.locator("details summary").click();
    const rows = await page.$$eval('[data-testid="series-table"] tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent)));
    const series = await apiSeries("PCI");
    for (const p of series) {
      const row = rows.find((r) => r[0] === String(p.year));
      expect(row, `row for ${p.year}`).toBeDefined();
      expect(row![2]).toBe(p.publishedRank != null ? `${p.publishedRank}/${p.publishedOutOf}` : "—");
      if (p.value != null) expect(row![1]).toBe(new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 4 }).format(p.value));
    }
    await page.screenshot({ path: resolve(artifactsDir, "overview-pci.png"), fullPage: true });
    await page.close();
  });
});
