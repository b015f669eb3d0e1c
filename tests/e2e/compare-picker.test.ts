import type { APIResponse } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiQuery } from "../helpers/api";
import { tableRows, useStackAndBrowser, waitForCharts } from "../helpers/browser";
import { haveChromium } from "../helpers/stack";

type Provinces = { provinces: { code: string; nameVi: string }[] };
const BTB = ["38", "40", "42", "44", "45", "46"]; // Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị, Thừa Thiên Huế

/**
 * Where a response sends the browser: a 30x Location, or (once the page has
 * started streaming behind the loading skeleton) Next's meta refresh, which
 * browsers follow without JavaScript too.
 */
async function redirectTarget(res: APIResponse): Promise<URL> {
  const location = res.headers().location;
  if (location) return new URL(location, res.url());
  const meta = /<meta[^>]*http-equiv="refresh"[^>]*content="\d+;\s*url=([^"]+)"/i.exec(await res.text());
  expect(meta, "a redirect").not.toBeNull();
  return new URL(meta![1]!.replaceAll("&amp;", "&"), res.url());
}

describe.skipIf(!haveChromium)("compare (So sánh): picking provinces", () => {
  const env = useStackAndBrowser();
  const subjectsOf = (url: string) => new URL(url).searchParams.getAll("subjects").sort();

  it("ticks provinces found by a filter that ignores diacritics, clears all, and takes the peer group in one click", async () => {
    const { provinces } = await apiQuery<Provinces>(env.stack(), "{ provinces { code nameVi } }");
    const code = (name: string) => provinces.find((p) => p.nameVi === name)!.code;
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1300 } });
    await page.goto(`${env.stack().webUrl}/so-sanh?index=PAPI&year=2023`);
    await page.waitForSelector('[data-testid="province-picker"][data-hydrated]');
    const picker = page.getByTestId("province-picker");
    const visible = () =>
      picker
        .locator("li:visible label")
        .evaluateAll((ls) => ls.map((l) => l.textContent?.replace(/\(.*\)/, "").trim()));
    // By default the Bắc Trung Bộ peers are ticked; every checkbox is a `subjects` field of the GET form.
    expect(await picker.locator('input[name="subjects"]').count()).toBe(63);
    expect(
      (
        await picker
          .locator('input[name="subjects"]:checked')
          .evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value))
      ).sort(),
    ).toEqual(BTB);

    await page.getByTestId("province-filter").fill("thua thien");
    expect(await visible()).toEqual(["Thừa Thiên Huế"]);
    await page.getByTestId("province-filter").fill("ĐẮK");
    expect(await visible()).toEqual(["Đắk Lắk", "Đắk Nông"]);
    await page.getByTestId("province-filter").fill("ha giang");
    expect(await visible()).toEqual(["Hà Giang"]);
    // One click ticks it (no Ctrl), and the rest stay ticked.
    await picker.getByLabel("Hà Giang").click();
    await picker.getByRole("button", { name: "Áp dụng" }).click();
    await page.waitForURL((u) => u.searchParams.getAll("subjects").includes(code("Hà Giang")));
    expect(subjectsOf(page.url())).toEqual([...BTB, code("Hà Giang")].sort());
    await waitForCharts(page, '[data-testid="compare-lines"]');
    expect((await tableRows(page, '[data-testid="compare-table"]')).map((r) => r[0])).toContain("Hà Giang");

    // Bỏ chọn tất cả keeps only the province being viewed; then pick two others.
    await page.waitForSelector('[data-testid="province-picker"][data-hydrated]');
    await picker.getByRole("button", { name: "Bỏ chọn tất cả" }).click();
    expect(await picker.locator('input[name="subjects"]:checked').count()).toBe(1);
    await expect.poll(() => page.getByTestId("picker-status").textContent()).toContain("Đã chọn 1/12");
    await page.getByTestId("province-filter").fill("hai duong");
    expect(await visible()).toEqual(["Hải Dương"]);
    await picker.getByLabel("Hải Dương").check();
    await page.getByTestId("province-filter").fill("Hai Phong");
    expect(await visible()).toEqual(["Hải Phòng"]);
    await picker.getByLabel("Hải Phòng").check();
    await picker.getByRole("button", { name: "Áp dụng" }).click();
    await page.waitForURL((u) => u.searchParams.getAll("subjects").includes(code("Hải Phòng")));
    expect(subjectsOf(page.url())).toEqual(["40", code("Hải Dương"), code("Hải Phòng")].sort());
    expect((await tableRows(page, '[data-testid="compare-table"]')).map((r) => r[0]).sort()).toEqual([
      "Hải Dương",
      "Hải Phòng",
      "Nghệ An",
    ]);

    // The peer group, one click away.
    await page.waitForSelector('[data-testid="province-picker"][data-hydrated]');
    await picker.getByRole("button", { name: /Chọn nhóm Bắc Trung Bộ/ }).click();
    await page.waitForURL((u) => !u.searchParams.getAll("subjects").includes(code("Hải Phòng")));
    expect(subjectsOf(page.url())).toEqual(BTB);
    expect(new URL(page.url()).searchParams.get("index")).toBe("PAPI");
    await page.close();
  });

  it("is a GET form that repeats `subjects`, and its buttons work without JavaScript", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1300 } });
    await page.goto(`${env.stack().webUrl}/so-sanh?index=PAPI&year=2023`);
    // The checkboxes are plain fields of the page's GET form: submitting without JavaScript builds the same URL.
    const form = page.locator('form[action="/so-sanh"]');
    expect(await form.evaluate((f) => (f as HTMLFormElement).method)).toBe("get");
    expect(await form.locator('input[type="checkbox"][name="subjects"]').count()).toBe(63);
    const query = await form.evaluate((f) => {
      const boxes = f.querySelectorAll<HTMLInputElement>('input[name="subjects"]');
      for (const b of boxes) b.checked = ["01", "40", "38"].includes(b.value);
      return new URLSearchParams(new FormData(f as HTMLFormElement) as never).getAll("subjects");
    });
    expect(query.sort()).toEqual(["01", "38", "40"]);
    // The peer-group and clear buttons submit `peers` / `clear` without JavaScript; the page answers
    // with a redirect to a URL of repeated `subjects`.
    const base = `${env.stack().webUrl}/so-sanh?subject=40&index=PAPI&year=2023&subjects=01`;
    const peers = await page.request.get(
      `${base}&peers=${await form.locator('button[name="peers"]').getAttribute("value")}`,
      {
        maxRedirects: 0,
      },
    );
    const to = await redirectTarget(peers);
    expect(to.searchParams.getAll("subjects").sort()).toEqual(BTB);
    expect([to.searchParams.get("index"), to.searchParams.get("year"), to.searchParams.has("peers")]).toEqual([
      "PAPI",
      "2023",
      false,
    ]);
    const clear = await page.request.get(`${base}&clear=1`, { maxRedirects: 0 });
    expect((await redirectTarget(clear)).searchParams.getAll("subjects")).toEqual(["40"]);
    // And the URL it builds renders those provinces.
    await page.goto(`${env.stack().webUrl}/so-sanh?index=PAPI&year=2023&subjects=01&subjects=40&subjects=38`);
    expect((await tableRows(page, '[data-testid="compare-table"]')).map((r) => r[0]).sort()).toEqual([
      "Hà Nội",
      "Nghệ An",
      "Thanh Hóa",
    ]);
    await page.close();
  });
});
