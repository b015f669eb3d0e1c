import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiQuery } from "../helpers/api";
import { useStackAndBrowser, waitForCharts, watchErrors } from "../helpers/browser";
import { artifactsDir, haveChromium } from "../helpers/stack";

/**
 * TEST FIXTURE — generated SIPAS tables for 2024 (the 63) and 2025 (the 34),
 * made up for this test and loaded through the import page as the Office
 * would; never seeded, never real. Values repeat on purpose (ties).
 */
const FIXTURE_SOURCE = "TEST FIXTURE — generated for the e2e test; not published data";
type Units = { provinces: { code: string; nameVi: string }[] };
const value = (i: number, year: number) => 60 + ((i * 7 + year) % 30);
const table = (year: number, units: Units["provinces"]) =>
  [
    "Đối tượng,Chỉ số,Chỉ số thành phần,Năm,Điểm,Xếp hạng,Trên tổng số,Nguồn",
    ...units.map((u, i) => `${u.nameVi},SIPAS,,${year},${value(i, year)},,,${FIXTURE_SOURCE}`),
  ].join("\n");

type Profile = {
  subjectProfile: {
    indices: {
      index: { code: string };
      total: { rank: number; outOf: number; percentile: number; rankChange: number | null; mergerBreak: boolean };
    }[];
  };
};

/** Imports a table through the import page; returns the preview's list of units read by the row's year. */
async function importTable(page: Page, web: string, name: string, csv: string): Promise<string[]> {
  const path = resolve(artifactsDir, name);
  writeFileSync(path, csv);
  await page.goto(`${web}/nhap-du-lieu`);
  await page.setInputFiles('[data-testid="import-file"]', path);
  await page.getByRole("button", { name: "Xem trước" }).click();
  const commit = page.locator('[data-testid="import-commit"]');
  await commit.waitFor();
  const units = await page.locator('[data-testid="import-units"] tbody tr').allTextContents();
  await commit.click();
  // A commit rebuilds the year's statistics: on a busy shared machine that can take a while.
  await page.waitForSelector('[data-testid="import-done"]', { timeout: 100_000 });
  return units;
}

const breaksOf = async (page: Page, testId: string) =>
  JSON.parse((await page.getByTestId(testId).first().getAttribute("data-breaks")) ?? "[]") as [number, string][];

describe.skipIf(!haveChromium)("the 2025 results: 34 provinces (TEST FIXTURE tables)", () => {
  const env = useStackAndBrowser();

  const q = "query ($year: Int!) { provinces(year: $year) { code nameVi } }";

  it("loads a 2024 table of the 63 through the import page", async () => {
    const stack = env.stack();
    const u2024 = (await apiQuery<Units>(stack, q, { year: 2024 })).provinces;
    expect(u2024).toHaveLength(63);
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1400 } });
    await importTable(page, stack.webUrl, "sipas-2024-fixture.csv", table(2024, u2024));
    await page.close();
  });

  it("loads a 2025 table of the 34; the preview says how each new unit's name was read", async () => {
    const stack = env.stack();
    const u2025 = (await apiQuery<Units>(stack, q, { year: 2025 })).provinces;
    expect(u2025).toHaveLength(34);
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1400 } });
    const read = await importTable(page, stack.webUrl, "sipas-2025-fixture.csv", table(2025, u2025));
    // The 23 units formed on 01/07/2025 are each named in the preview.
    expect(read).toHaveLength(23);
    expect(read.find((r) => r.includes("“Quảng Trị” năm 2025"))).toContain("hợp nhất Quảng Bình, Quảng Trị");
    await page.close();
  });

  it("the overview for 2025 says “xếp thứ n/34” and no rank change against 2024, the percentiles instead", async () => {
    const stack = env.stack();
    const { subjectProfile } = await apiQuery<Profile>(
      stack,
      `{ subjectProfile(subject: "40", year: 2025) { indices { index { code }
         total { rank outOf percentile rankChange mergerBreak } } } }`,
    );
    const sipas = subjectProfile.indices.find((i) => i.index.code === "SIPAS")!.total;
    expect(sipas).toMatchObject({ outOf: 34, rankChange: null, mergerBreak: true });
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1400 } });
    const errors = watchErrors(page);
    await page.goto(`${stack.webUrl}/?subject=40&year=2025&index=SIPAS`);
    const card = page.getByTestId("card-SIPAS");
    const rank = (await card.getByTestId("card-rank").textContent()) ?? "";
    expect(rank).toContain(`Xếp thứ ${sipas.rank}/34 năm 2025`);
    expect(rank).not.toMatch(/(tăng|giảm) \d+ bậc|giữ nguyên thứ hạng/);
    const merger = (await card.getByTestId("card-merger").textContent()) ?? "";
    expect(merger).toContain(`→ ${Math.round(sipas.percentile)}`);
    expect(merger).toContain("so với 2024");
    // The overview's chart of SIPAS ranks marks the merger and does not join 2024's rank to 2025's.
    await waitForCharts(page, '[data-testid="series-chart"]');
    expect(await breaksOf(page, "series-chart")).toEqual([[2025, "merger"]]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("/so-sanh for 2025 ranks 34 and draws 34 shapes, each coloured; 2024 draws the 63", async () => {
    const stack = env.stack();
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1400 } });
    const errors = watchErrors(page);
    await page.goto(`${stack.webUrl}/so-sanh?index=SIPAS&year=2025`);
    await waitForCharts(page, '[data-testid="choropleth"]');
    expect(await page.locator('[data-testid="ranking-table"] tbody tr').count()).toBe(34);
    expect(await page.locator("#ranking-caption").textContent()).toContain("(34 tỉnh được xếp hạng)");
    const map = page.getByTestId("choropleth");
    expect(await map.getAttribute("data-provinces")).toBe("34");
    expect(await map.getAttribute("data-with-value")).toBe("34");
    expect(await map.getAttribute("data-coloured")).toBe("34");
    await page.screenshot({ path: resolve(artifactsDir, "era-2025-map.png"), fullPage: true });
    // The lines over the years break at the merger.
    await waitForCharts(page, '[data-testid="compare-lines"]');
    expect(await breaksOf(page, "compare-lines")).toContainEqual([2025, "merger"]);

    await page.goto(`${stack.webUrl}/so-sanh?index=SIPAS&year=2024`);
    await waitForCharts(page, '[data-testid="choropleth"]');
    expect(await page.getByTestId("choropleth").getAttribute("data-provinces")).toBe("63");
    expect(await page.locator('[data-testid="ranking-table"] tbody tr').count()).toBe(63);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a merged unit's history is its predecessors' own lines; Nghệ An stays one line", async () => {
    const stack = env.stack();
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1400 } });
    await page.goto(`${stack.webUrl}/so-sanh?index=SIPAS&year=2025&subject=2025-quang-tri&subjects=40`);
    await waitForCharts(page, '[data-testid="compare-lines"]');
    const series = JSON.parse((await page.getByTestId("compare-lines").getAttribute("data-series")) ?? "[]") as {
      name: string;
    }[];
    expect(series.map((s) => s.name)).toEqual([
      "Quảng Trị (từ 2025)",
      "Quảng Bình (đến 2024)",
      "Quảng Trị (đến 2024)",
      "Nghệ An",
    ]);
    const table = page.getByTestId("compare-table");
    const row = async (name: string) =>
      (await table.locator("tbody tr", { hasText: name }).first().locator("td").allTextContents()).slice(-2);
    // 2024 and 2025 columns: the new unit starts in 2025, its predecessors end in 2024.
    expect((await row("Quảng Trị (từ 2025)"))[0]).toBe("—");
    expect((await row("Quảng Bình (đến 2024)"))[1]).toBe("—");
    expect((await row("Nghệ An")).every((c) => c !== "—")).toBe(true);

    // The index page of the new unit draws its predecessors' values beside its own, the merger marked.
    await page.goto(`${stack.webUrl}/chi-so/SIPAS?subject=2025-quang-tri&year=2025`);
    await waitForCharts(page, '[data-testid="index-series-chart"]');
    const chart = page.getByTestId("index-series-chart");
    expect(JSON.parse((await chart.getAttribute("data-predecessors")) ?? "[]")).toEqual([
      "Quảng Bình (đến 2024)",
      "Quảng Trị (đến 2024)",
    ]);
    expect(await breaksOf(page, "index-series-chart")).toContainEqual([2025, "merger"]);
    await page.close();
  });
});
