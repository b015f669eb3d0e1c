import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { apiQuery } from "../helpers/api";
import { useStackAndBrowser } from "../helpers/browser";
import { haveChromium } from "../helpers/stack";

type Ranking = {
  ranking: { rows: { rank: number | null; outOf: number; subject: { code: string; nameVi: string } }[] };
};

/** Whether the element's box lies inside the scroll region's visible box. */
async function inView(page: Page, selector: string): Promise<boolean> {
  // The row's cells are what sticks (the <tr> keeps its place in the table).
  return page.$eval(selector, (row) => {
    const box = row.querySelector("td")!.getBoundingClientRect();
    const region = row.closest('[data-testid="ranking-region"]')!.getBoundingClientRect();
    return box.height > 0 && box.top >= region.top - 1 && box.bottom <= region.bottom + 1;
  });
}

describe.skipIf(!haveChromium)("compare (So sánh): the ranking keeps the chosen province in view", () => {
  const env = useStackAndBrowser();

  it("shows Nghệ An's row in the scroll box with its rank out of the year's ranked provinces, and the box is reachable by keyboard", async () => {
    const { ranking } = await apiQuery<Ranking>(
      env.stack(),
      "{ ranking(index: PAPI, year: 2023) { rows { rank outOf subject { code nameVi } } } }",
    );
    const na = ranking.rows.find((r) => r.subject.code === "40")!;
    expect(na.rank).toBeGreaterThan(12);
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.stack().webUrl}/so-sanh?index=PAPI&year=2023`);
    const row = '[data-testid="ranking-table"] tr[data-pinned]';
    expect(await page.$eval(row, (tr) => tr.querySelector("td:nth-child(2)")?.textContent)).toBe("Nghệ An");
    expect(await page.$eval(row, (tr) => tr.querySelector("td")?.textContent)).toBe(`${na.rank}/${na.outOf}`);
    expect(await page.textContent('[data-testid="ranking-table"] thead th')).toBe(`Hạng/${na.outOf}`);
    // The page streams: measure once the ranking is laid out (visible, with a size), not while it is still hidden.
    await page.locator(row).waitFor({ state: "visible" });
    await expect.poll(() => inView(page, row)).toBe(true);

    // A labelled region the Tab key reaches; arrows then scroll it, and the pinned row stays in view.
    const region = page.getByRole("region", { name: /Xếp hạng PAPI năm 2023/ });
    expect(await region.getAttribute("data-testid")).toBe("ranking-region");
    let reached = false;
    for (let i = 0; i < 200 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") === "ranking-region");
    }
    expect(reached).toBe(true);
    const before = await region.evaluate((el) => el.scrollTop);
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    await expect.poll(() => region.evaluate((el) => el.scrollTop)).toBeGreaterThan(before);
    expect(await inView(page, row)).toBe(true);
    await page.keyboard.press("Home");
    await expect.poll(() => region.evaluate((el) => el.scrollTop)).toBe(0);
    expect(await inView(page, row)).toBe(true);
    // Province names link to their overview (the keyboard's way to what a click on the map does).
    expect(await page.getAttribute(`${row} a`, "href")).toBe("/?subject=40");
    await page.close();
  });

  it("keeps a province near the bottom in view by CSS alone (sticky row), with the box at its top", async () => {
    const { ranking } = await apiQuery<Ranking>(
      env.stack(),
      "{ ranking(index: PAPI, year: 2023) { rows { rank outOf subject { code nameVi } } } }",
    );
    const low = ranking.rows.filter((r) => r.rank != null).at(-2)!;
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.stack().webUrl}/so-sanh?index=PAPI&year=2023&subject=${low.subject.code}`);
    const row = '[data-testid="ranking-table"] tr[data-pinned]';
    expect(await page.$eval(row, (tr) => tr.querySelector("td:nth-child(2)")?.textContent)).toBe(low.subject.nameVi);
    await page.locator(row).waitFor({ state: "visible" });
    // Undo the scroll the page makes to the row: the sticky row alone keeps it in view.
    await page.$eval('[data-testid="ranking-region"]', (el) => {
      el.scrollTop = 0;
    });
    await expect.poll(() => inView(page, row)).toBe(true);
    expect(await page.$eval(row, (tr) => tr.querySelector("td")?.textContent)).toBe(`${low.rank}/${low.outOf}`);
    await page.close();
  });
});
