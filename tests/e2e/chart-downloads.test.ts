import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apiQuery } from "../helpers/api";
import { useStackAndBrowser, waitForCharts } from "../helpers/browser";
import { haveChromium } from "../helpers/stack";

describe.skipIf(!haveChromium)("chart downloads (PNG, CSV) and the compare page's link", () => {
  const env = useStackAndBrowser();

  it("downloads the lines as PNG and their numbers as CSV, the map's ranking as CSV, and copies the page's link", async () => {
    const { compareSeries } = await apiQuery<{
      compareSeries: { subject: { code: string }; points: { year: number; value: number | null }[] }[];
    }>(
      env.stack(),
      `{ compareSeries(subjects: ["40", "42"], index: PAPI) { subject { code } points { year value } } }`,
    );
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1300 } });
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.stack().webUrl });
    const url = `${env.stack().webUrl}/so-sanh?index=PAPI&year=2023&subject=40&subjects=40&subjects=42`;
    await page.goto(url);
    await waitForCharts(page, '[data-testid="compare-lines"], [data-testid="choropleth"]');

    const lines = page.locator(".panel", { has: page.getByTestId("compare-lines") });
    const [png] = await Promise.all([page.waitForEvent("download"), lines.getByTestId("download-png").click()]);
    expect(png.suggestedFilename()).toMatch(/^papi.*\.png$/);
    const image = readFileSync((await png.path())!);
    expect(image.subarray(1, 4).toString()).toBe("PNG");
    expect(image.length).toBeGreaterThan(10_000);

    const [csv] = await Promise.all([page.waitForEvent("download"), lines.getByTestId("download-csv").click()]);
    const text = readFileSync((await csv.path())!, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = text
      .slice(1)
      .trimEnd()
      .split("\r\n")
      .map((r) => r.split(","));
    const years = rows[0]!.slice(2).map(Number);
    for (const s of compareSeries) {
      const row = rows.find((r) => r[0] === s.subject.code)!;
      for (const p of s.points)
        expect(row[2 + years.indexOf(p.year)], `${s.subject.code} ${p.year}`).toBe(
          p.value == null ? "" : String(p.value),
        );
    }

    const map = page.locator(".panel", { has: page.getByTestId("choropleth") });
    const [mapCsv] = await Promise.all([page.waitForEvent("download"), map.getByTestId("download-csv").click()]);
    const mapText = readFileSync((await mapCsv.path())!, "utf8");
    expect(mapText.split("\r\n")[0]).toBe("\uFEFFMã tỉnh,Tỉnh,Điểm,Hạng,Trên số tỉnh,Nhóm");
    expect(mapText.split("\r\n").filter(Boolean)).toHaveLength(64);
    const [mapPng] = await Promise.all([page.waitForEvent("download"), map.getByTestId("download-png").click()]);
    expect(
      readFileSync((await mapPng.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");

    await page.getByTestId("copy-link").click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await page.close();
  });

  it("offers PNG and CSV on every chart leaf of /, /chi-so and /chien-dich", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1300 } });
    const cases: [string, string, RegExp][] = [
      ["/?subject=40", "series-chart", /^\uFEFFNăm,Thứ hạng [^,]+,Hạng \(trên số tỉnh\),Số hoạt động$/],
      ["/chi-so/PAPI?subject=40", "index-series-chart", /^\uFEFFNăm,Điểm( \(%\))?,Thứ hạng,Hạng \(trên số tỉnh\)$/],
      ["/chi-so/PAPI?subject=40", "component-bars", /^\uFEFF,Nghệ An,Cao nhất cả nước,Trung bình cả nước/],
      ["/chien-dich", "dose-chart", /^\uFEFFTháng,/],
      ["/chien-dich", "impact-series-chart", /^\uFEFFNăm,Nghệ An,Đơn vị tổng hợp,Chênh lệch$/],
      ["/chien-dich", "impact-gap-chart", /^\uFEFFMã tỉnh,Tỉnh,Vai trò,2018,/],
      ["/chien-dich", "impact-placebo-chart", /^\uFEFFHạng,Mã tỉnh,Tỉnh,Tỷ số RMSPE sau\/trước$/],
    ];
    for (const [path, testId, header] of cases) {
      await page.goto(`${env.stack().webUrl}${path}`);
      const canvas = page.getByTestId(testId).first();
      await waitForCharts(page, `[data-testid="${testId}"]`);
      const frame = page
        .locator("div", { has: canvas })
        .filter({ has: page.getByTestId("download-csv") })
        .last();
      const [csv] = await Promise.all([
        page.waitForEvent("download"),
        frame.getByTestId("download-csv").first().click(),
      ]);
      const lines = readFileSync((await csv.path())!, "utf8")
        .trimEnd()
        .split("\r\n");
      expect(lines[0], testId).toMatch(header);
      expect(lines.length, testId).toBeGreaterThan(2);
      const [png] = await Promise.all([
        page.waitForEvent("download"),
        frame.getByTestId("download-png").first().click(),
      ]);
      expect(
        readFileSync((await png.path())!)
          .subarray(1, 4)
          .toString(),
        testId,
      ).toBe("PNG");
    }
    await page.close();
  });
});
