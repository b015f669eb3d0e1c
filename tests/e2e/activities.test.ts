import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { apiQuery } from "../helpers/api";
import { tableRows, useStackAndBrowser, watchErrors } from "../helpers/browser";
import { artifactsDir, haveChromium } from "../helpers/stack";

describe.skipIf(!haveChromium)("activities (Hoạt động) in Chromium", () => {
  const env = useStackAndBrowser();

  it("searches without diacritics and filters by form through the URL; the list and the export match the API", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1200 }, locale: "vi-VN" });
    const errors = watchErrors(page);
    await page.goto(`${env.stack().webUrl}/hoat-dong`);
    await page.locator('input[name="q"]').fill("hoi nghi");
    await page.getByRole("button", { name: "Xem" }).click();
    await page.waitForURL(/q=hoi\+nghi/);
    const { activities } = await apiQuery<{ activities: { totalCount: number } }>(
      env.stack(),
      `{ activities(filter: { search: "hoi nghi" }) { totalCount } }`,
    );
    expect(activities.totalCount).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator("h2", { hasText: "Danh sách" }).textContent())
      .toBe(`Danh sách (${activities.totalCount} hoạt động)`);
    const rows = await tableRows(page, '[data-testid="activities-table"]');
    expect(rows.length).toBe(Math.min(50, activities.totalCount));
    for (const r of rows) expect(r[0]).toContain("Hội nghị");

    await page.locator('select[name="form"]').selectOption("F2");
    await page.waitForURL(/form=F2/);
    expect(new URL(page.url()).searchParams.get("q")).toBe("hoi nghi");
    const both = await apiQuery<{ activities: { totalCount: number } }>(
      env.stack(),
      `{ activities(filter: { search: "hoi nghi", forms: ["F2"] }) { totalCount } }`,
    );
    await expect
      .poll(() => page.locator("h2", { hasText: "Danh sách" }).textContent())
      .toBe(`Danh sách (${both.activities.totalCount} hoạt động)`);

    // The CSV link exports exactly the filtered list.
    const href = await page.getByRole("link", { name: "CSV" }).getAttribute("href");
    const csv = await page.request.get(`${env.stack().webUrl}${href}`);
    expect(csv.status()).toBe(200);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines.length - 1).toBe(both.activities.totalCount);
    await page.screenshot({ path: resolve(artifactsDir, "activities.png"), fullPage: true });
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes("form=F2"));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("compares periods: each year's count with the previous year's", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1200 } });
    await page.goto(`${env.stack().webUrl}/hoat-dong?period=YEAR&compare=PREVIOUS_PERIOD`);
    const rows = await tableRows(page, '[data-testid="stats-table"]');
    const { activityStats } = await apiQuery<{
      activityStats: { period: string; keys: string[]; count: number; comparedCount: number | null }[];
    }>(
      env.stack(),
      `{ activityStats(period: YEAR, groupBy: [FORM], compareTo: PREVIOUS_PERIOD) { period keys count comparedCount } }`,
    );
    expect(rows).toHaveLength(activityStats.length);
    expect(rows.map((r) => [r[0], Number(r[2]), r[4] === "—" ? null : Number(r[4])])).toEqual(
      activityStats.map((g) => [g.period, g.count, g.comparedCount]),
    );
    await page.close();
  });
});
