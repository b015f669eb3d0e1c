import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { apiQuery, vi } from "../helpers/api";
import { tableRows, useStackAndBrowser, waitForCharts, watchErrors } from "../helpers/browser";
import { artifactsDir, haveChromium } from "../helpers/stack";

type Comp = {
  component: { id: string; nameVi: string };
  value: number | null;
  valueChange: number | null;
  nationalBest: number | null;
  nationalMean: number | null;
  peerMean: number | null;
};
const PROFILE = `query($parent: ID) { subjectProfile(subject: "40", year: 2023, parent: $parent) { indices { index { code } components { component { id nameVi } value valueChange nationalBest nationalMean peerMean } drivers { component { nameVi } } } } }`;

describe.skipIf(!haveChromium)("index detail (Chỉ số) in Chromium", () => {
  const env = useStackAndBrowser();
  const papi = async (parent: string | null) =>
    (
      await apiQuery<{
        subjectProfile: {
          indices: { index: { code: string }; components: Comp[]; drivers: { component: { nameVi: string } }[] }[];
        };
      }>(env.stack(), PROFILE, { parent })
    ).subjectProfile.indices.find((i) => i.index.code === "PAPI")!;

  it("draws PAPI's series across the 2018 methodology break and the component bars; the table matches the API", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1100 }, locale: "vi-VN" });
    const errors = watchErrors(page);
    await page.goto(`${env.stack().webUrl}/chi-so/PAPI?subject=40&year=2023`);
    expect(await waitForCharts(page, '[data-testid="index-series-chart"], [data-testid="component-bars"]')).toBe(2);
    const versions = new Set((await tableRows(page, '[data-testid="series-table"]')).map((r) => r[3]));
    expect(versions).toEqual(new Set(["PAPI_2011", "PAPI_2018"]));
    const rows = await tableRows(page, '[data-testid="components-table"]');
    const api = await papi(null);
    expect(rows.map((r) => r[0])).toEqual(api.components.map((c) => c.component.nameVi));
    expect(api.components).toHaveLength(8);
    api.components.forEach((c, i) => {
      expect(rows[i]![1]).toBe(vi(c.value!));
      expect(rows[i]![4]).toBe(vi(c.nationalBest!));
      expect(rows[i]![5]).toBe(vi(c.nationalMean!));
      expect(rows[i]![6]).toBe(vi(c.peerMean!));
    });
    // "What moved": the API's components with a change, largest change first whatever its sign, six at most.
    const drivers = await page.$$eval('[data-testid="drivers"] li', (lis) =>
      lis.map((li) => li.textContent?.split(":")[0]),
    );
    const bySize = api.components
      .filter((c) => c.valueChange != null && c.valueChange !== 0)
      .sort((a, b) => Math.abs(b.valueChange!) - Math.abs(a.valueChange!));
    expect(drivers).toEqual(bySize.slice(0, 6).map((c) => c.component.nameVi));
    await page.screenshot({ path: resolve(artifactsDir, "index-papi.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("drills into a dimension's sub-dimensions through a link that keeps the year in the URL", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1100 } });
    await page.goto(`${env.stack().webUrl}/chi-so/PAPI?subject=40&year=2023`);
    const first = page
      .locator('[data-testid="components-table"] tbody tr')
      .filter({ hasText: "Xem thành phần con" })
      .nth(2);
    await first.getByRole("link", { name: "Xem thành phần con" }).click();
    await page.waitForURL(/component=PAPI\.D3/);
    expect(page.url()).toContain("year=2023");
    await waitForCharts(page, '[data-testid="component-bars"]');
    const api = await papi("PAPI.D3");
    const rows = await tableRows(page, '[data-testid="components-table"]');
    expect(rows.map((r) => r[0])).toEqual(api.components.map((c) => c.component.nameVi));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.map((r) => r[1])).toEqual(api.components.map((c) => (c.value == null ? "—" : vi(c.value))));
    await page.screenshot({ path: resolve(artifactsDir, "index-papi-d3.png"), fullPage: true });
    await page.getByRole("link", { name: "← Về các chỉ số thành phần cấp 1" }).click();
    await page.waitForURL((u) => !u.search.includes("component="));
    await page.close();
  });
});
