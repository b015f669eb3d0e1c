import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { apiQuery, vi } from "../helpers/api";
import {
  drawnPixels,
  paintTiming,
  tableRows,
  useStackAndBrowser,
  waitForCharts,
  watchErrors,
} from "../helpers/browser";
import { artifactsDir, haveChromium } from "../helpers/stack";

type Point = {
  year: number;
  value: number | null;
  rank: number | null;
  outOf: number;
  publishedRank: number | null;
  publishedOutOf: number | null;
  status: string;
};
type Figure = {
  value: number | null;
  publishedRank: number | null;
  rank: number | null;
  publishedOutOf: number | null;
  outOf: number | null;
};

describe.skipIf(!haveChromium)("overview (Tổng quan) in Chromium", () => {
  const env = useStackAndBrowser();
  const series = async (index: string) =>
    (
      await apiQuery<{ indexSeries: Point[] }>(
        env.stack(),
        `{ indexSeries(subject: "40", index: ${index}) { year value rank outOf publishedRank publishedOutOf status } }`,
      )
    ).indexSeries;
  const profile = async (year: number) =>
    (
      await apiQuery<{ subjectProfile: { indices: { index: { code: string }; total: Figure }[] } }>(
        env.stack(),
        `query($y: Int!) { subjectProfile(subject: "40", year: $y) { indices { index { code } total { value rank outOf publishedRank publishedOutOf } } } }`,
        { y: year },
      )
    ).subjectProfile;

  it("shows Nghệ An's four index cards for the latest published year, as the API gives them, with no console errors", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1000 }, locale: "vi-VN" });
    const errors = watchErrors(page);
    await page.goto(`${env.stack().webUrl}/`);
    const charts = await waitForCharts(page, "canvas");
    const cold = await paintTiming(page);
    const all = await Promise.all(["PAR_INDEX", "SIPAS", "PAPI", "PCI"].map(series));
    const latest = Math.max(
      ...all
        .flat()
        .filter((p) => p.status === "PUBLISHED")
        .map((p) => p.year),
    );
    await expect(page.locator("h1").textContent()).resolves.toBe(`Nghệ An — bốn chỉ số cấp tỉnh năm ${latest}`);
    const figures = new Map((await profile(latest)).indices.map((i) => [i.index.code, i.total]));
    for (const code of ["PAR_INDEX", "SIPAS", "PAPI", "PCI"]) {
      const card = page.locator(`[data-testid="card-${code}"]`);
      await expect(card.count()).resolves.toBe(1);
      const f = figures.get(code);
      const text = (await card.textContent()) ?? "";
      if (f?.value != null) expect(text).toContain(vi(f.value));
      const rank = f?.publishedRank ?? f?.rank;
      if (rank != null) expect(text).toContain(`Xếp thứ ${rank}/${f?.publishedOutOf ?? f?.outOf} năm ${latest}`);
      if (f?.value == null && rank == null) expect(text).toMatch(/Chưa có số liệu|Không công bố|Không có số liệu/);
    }
    // PAPI comes from the imported sub-dimension panel: a value and a rank among 63.
    expect(figures.get("PAPI")?.value).not.toBeNull();
    expect(charts).toBeGreaterThanOrEqual(5); // four sparklines and the rank-vs-activities chart
    expect(await drawnPixels(page, '[data-testid="series-chart"]')).toBeGreaterThan(5000);
    expect(await page.locator('[data-testid="plan-delivery"]').textContent()).toMatch(
      /Kế hoạch 88\/SKHCN-VP \(\d{2}\/\d{2}\/2022, năm 2022\): \d+ hoạt động đã ghi nhận/,
    );
    await page.screenshot({ path: resolve(artifactsDir, "overview.png"), fullPage: true });
    // A benchmark, not a timer: printed for the record. The first load follows `next start`; the second is warm.
    await page.reload();
    await waitForCharts(page, "canvas");
    const warm = await paintTiming(page);
    const ms = (t: { firstByte: number; firstChart: number | null }) =>
      `first byte ${t.firstByte.toFixed(0)} ms, first chart drawn ${t.firstChart?.toFixed(0)} ms`;
    console.log(
      `overview paint (headless Chromium, production build, ms from navigation start): cold ${ms(cold)}; warm ${ms(warm)}`,
    );
    expect(cold.firstChart).not.toBeNull();
    expect(warm.firstChart).not.toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("switches index through the URL and its data table matches the API's series", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${env.stack().webUrl}/`);
    await page.getByRole("navigation", { name: "Chọn chỉ số" }).getByRole("link", { name: "PCI", exact: true }).click();
    await page.waitForURL(/index=PCI/);
    await page.waitForSelector('[data-testid="series-chart"][data-drawn="true"]');
    const rows = await tableRows(page, '[data-testid="series-table"]');
    const pci = await series("PCI");
    expect(pci.length).toBeGreaterThanOrEqual(12); // VCCI 2005–2016 from the shared table, and later years from the seed
    for (const p of pci) {
      const row = rows.find((r) => r[0] === String(p.year));
      expect(row, `row for ${p.year}`).toBeDefined();
      // The rank shown everywhere: published where published, else computed among provinces with data (figures-agree).
      expect(row![2]).toBe(
        p.publishedRank != null
          ? `${p.publishedRank}/${p.publishedOutOf}`
          : p.rank != null
            ? `${p.rank}/${p.outOf} (tính từ số liệu)`
            : "—",
      );
      if (p.value != null) expect(row![1]).toBe(vi(p.value));
    }
    await page.screenshot({ path: resolve(artifactsDir, "overview-pci.png"), fullPage: true });
    await page.close();
  });

  it("changes the year with the select: the URL carries it and the back button returns", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${env.stack().webUrl}/`);
    // The page streams: until its data arrives the h1 is the loading skeleton's "Tổng quan".
    const heading = /^Nghệ An — bốn chỉ số cấp tỉnh năm \d{4}$/;
    await expect.poll(() => page.locator("h1").textContent()).toMatch(heading);
    const before = await page.locator("h1").textContent();
    await page.locator('select[name="year"]').selectOption("2019");
    await page.waitForURL(/year=2019/);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Nghệ An — bốn chỉ số cấp tỉnh năm 2019");
    const papi2019 = (await profile(2019)).indices.find((i) => i.index.code === "PAPI")!.total;
    expect(await page.locator('[data-testid="card-PAPI"] [data-testid="card-value"]').textContent()).toBe(
      vi(papi2019.value!),
    );
    await page.goBack();
    await expect.poll(() => page.locator("h1").textContent()).toBe(before);
    await page.close();
  });
});
