import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { apiQuery } from "../helpers/api";
import { tableRows, useStackAndBrowser, waitForCharts, watchErrors } from "../helpers/browser";
import { artifactsDir, haveChromium } from "../helpers/stack";

describe.skipIf(!haveChromium)("campaigns vs indices (Chiến dịch & chỉ số) in Chromium", () => {
  const env = useStackAndBrowser();

  it("draws the 2021–2024 monthly dose by form and the same campaign bands on every index chart", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1400 }, locale: "vi-VN" });
    const errors = watchErrors(page);
    await page.goto(`${env.stack().webUrl}/chien-dich`);
    await waitForCharts(page, '[data-testid="dose-chart"], [data-testid="campaign-index-chart"]');
    const { campaigns, stats } = await apiQuery<{ campaigns: { totalCount: number }; stats: { count: number }[] }>(
      env.stack(),
      `{ campaigns: activities(first: 1, filter: { from: "2021-01-01", to: "2024-12-31", minDays: 7 }) { totalCount }
         stats: activityStats(period: MONTH, filter: { from: "2021-01-01", to: "2024-12-31" }) { count } }`,
    );
    expect(campaigns.totalCount).toBeGreaterThan(0);
    const bands = await page.$$eval('[data-testid="dose-chart"], [data-testid="campaign-index-chart"]', (cs) =>
      cs.map((c) => (c as HTMLElement).dataset.bands),
    );
    expect(bands.length).toBeGreaterThanOrEqual(3); // dose + every index with data in 2021–2024
    expect(new Set(bands)).toEqual(new Set([String(campaigns.totalCount)]));
    // The table behind the dose chart adds up to the API's monthly counts.
    const rows = await tableRows(page, '[data-testid="dose-table"]');
    expect(rows.reduce((a, r) => a + Number(r.at(-1)), 0)).toBe(stats.reduce((a, g) => a + g.count, 0));
    expect(rows[0]![0]).toMatch(/^\d{2}\/2021$/);
    await page.screenshot({ path: resolve(artifactsDir, "campaigns.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the alignment of a topic with its linked components, in alignment wording, and follows the lag selector", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1400 } });
    await page.goto(`${env.stack().webUrl}/chien-dich?topic=N04.14&lag=1`);
    const result = (await page.locator('[data-testid="alignment-result"]').textContent()) ?? "";
    const { alignment } = await apiQuery<{
      alignment: { interpretation: string; years: { year: number; dose: number; doseObserved: boolean }[] };
    }>(
      env.stack(),
      `{ alignment(subject: "40", topic: "N04.14", lagYears: 1) { interpretation years { year dose doseObserved } } }`,
    );
    expect(result).toContain(alignment.interpretation);
    expect(result).not.toMatch(/\bnhờ\b/);
    const rows = await tableRows(page, '[data-testid="alignment-table"]');
    expect(rows.map((r) => [Number(r[0]), Number(r[1])])).toEqual(
      alignment.years.filter((y) => y.doseObserved).map((y) => [y.year, y.dose]),
    );
    await page.locator('select[name="lag"]').selectOption("0");
    await page.waitForURL(/lag=0/);
    await expect
      .poll(() => page.locator('[data-testid="alignment-table"] th').nth(2).textContent())
      .toBe("Thay đổi z trung bình năm Y + 0");
    await page.close();
  });
});
