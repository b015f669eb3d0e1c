import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { useStackAndBrowser, waitForCharts } from "../helpers/browser";
import { artifactsDir, haveChromium } from "../helpers/stack";

describe.skipIf(!haveChromium)("compare (So sánh): lines told apart without colour", () => {
  const env = useStackAndBrowser();

  it("gives every series its own dash pattern and point shape, and keeps them apart under deuteranopia", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1300 } });
    await page.goto(`${env.stack().webUrl}/so-sanh?index=PAPI&year=2023`);
    await waitForCharts(page, '[data-testid="compare-lines"]');
    const series = JSON.parse((await page.getAttribute('[data-testid="compare-lines"]', "data-series"))!) as {
      name: string;
      dash: number[];
      point: string;
    }[];
    expect(series).toHaveLength(6);
    expect(new Set(series.map((s) => JSON.stringify(s.dash))).size).toBe(6);
    expect(new Set(series.map((s) => s.point)).size).toBe(6);

    // Twelve provinces (the most the page compares) still differ pairwise in dash or shape.
    await page.goto(
      `${env.stack().webUrl}/so-sanh?index=PAPI&year=2023&${["01", "38", "40", "42", "44", "45", "46", "48", "49", "51", "52", "79"].map((c) => `subjects=${c}`).join("&")}`,
    );
    await waitForCharts(page, '[data-testid="compare-lines"]');
    const twelve = JSON.parse((await page.getAttribute('[data-testid="compare-lines"]', "data-series"))!) as {
      dash: number[];
      point: string;
    }[];
    expect(twelve).toHaveLength(12);
    expect(new Set(twelve.map((s) => `${JSON.stringify(s.dash)} ${s.point}`)).size).toBe(12);

    await page.goto(`${env.stack().webUrl}/so-sanh?index=PAPI&year=2023`);
    await waitForCharts(page, '[data-testid="compare-lines"]');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setEmulatedVisionDeficiency", { type: "deuteranopia" });
    const chart = page.getByTestId("compare-lines");
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: resolve(artifactsDir, "compare-lines-deuteranopia.png") });
    await cdp.send("Emulation.setEmulatedVisionDeficiency", { type: "none" });
    await page.close();
  });
});
