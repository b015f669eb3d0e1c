import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { apiQuery, vi } from "../helpers/api";
import { useStackAndBrowser, waitForCharts, watchErrors } from "../helpers/browser";
import { artifactsDir, haveChromium } from "../helpers/stack";

type Ranking = {
  ranking: { rows: { rank: number | null; outOf: number; value: number | null; subject: { code: string } }[] };
};

describe.skipIf(!haveChromium)("compare (So sánh): the map", () => {
  const env = useStackAndBrowser();

  it("has a titled legend of the index's groups, a tooltip with value and rank / out of, and opens the overview on click", async () => {
    const { ranking } = await apiQuery<Ranking>(
      env.stack(),
      "{ ranking(index: PAPI, year: 2023) { rows { rank outOf value subject { code } } } }",
    );
    const na = ranking.rows.find((r) => r.subject.code === "40")!;
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1300 } });
    const errors = watchErrors(page);
    await page.goto(`${env.stack().webUrl}/so-sanh?index=PAPI&year=2023`);
    await waitForCharts(page, '[data-testid="choropleth"]');
    const legend = page.getByTestId("map-legend");
    expect(await legend.locator("h3").textContent()).toBe("Nhóm PAPI năm 2023");
    expect(await legend.locator("li").allTextContents()).toEqual([
      "Nhóm cao nhất",
      "Nhóm trung bình cao",
      "Nhóm trung bình thấp",
      "Nhóm thấp nhất",
      "Không có số liệu",
    ]);
    expect(await legend.textContent()).toContain(`tứ phân vị của ${na.outOf} tỉnh`);
    const timing = await page.evaluate(() => performance.getEntriesByName("map-draw")[0]?.duration ?? null);
    console.log(`map drawn in ${timing?.toFixed(0)} ms (main thread, from features to first paint)`);

    const map = page.getByTestId("choropleth");
    await map.scrollIntoViewIfNeeded();
    const box = (await map.boundingBox())!;
    const x = box.x + Number(await map.getAttribute("data-highlight-x"));
    const y = box.y + Number(await map.getAttribute("data-highlight-y"));
    await page.mouse.move(x, y);
    const tooltip = page.getByTestId("map-tooltip");
    await tooltip.waitFor({ state: "visible" });
    const text = (await tooltip.textContent()) ?? "";
    expect(text).toContain("Nghệ An");
    expect(text).toContain(`Điểm: ${vi(na.value!)}`);
    expect(text).toContain(`Hạng: ${na.rank}/${na.outOf}`);
    expect(text).toMatch(/Nhóm (cao nhất|trung bình cao|trung bình thấp|thấp nhất)/);
    await page.screenshot({
      path: resolve(artifactsDir, "compare-map-tooltip.png"),
      clip: { ...box, height: box.height + 120 },
    });
    await page.mouse.click(x, y);
    await page.waitForURL((u) => u.pathname === "/" && u.searchParams.get("subject") === "40");
    expect(errors).toEqual([]);
    await page.close();
  });
});
