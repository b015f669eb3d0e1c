import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useStackAndBrowser } from "../helpers/browser";
import { haveChromium } from "../helpers/stack";

/**
 * Every named control of the page's filter form with what it shows: a select's
 * value, the chosen options of a multiple select and the ticked boxes of a
 * name (joined with ","), an input's text.
 */
function controls(page: Page): Promise<Record<string, string>> {
  return page.$$eval("form.filters :is(input, select, textarea)[name]", (els) => {
    const out: Record<string, string[]> = {};
    for (const el of els) {
      const name = el.getAttribute("name") ?? "";
      out[name] ??= [];
      const values = out[name];
      if (el instanceof HTMLSelectElement) values.push(...Array.from(el.selectedOptions, (o) => o.value));
      else if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
        if (el.checked) values.push(el.value);
      } else if (!(el instanceof HTMLInputElement && ["hidden", "submit", "button"].includes(el.type)))
        values.push((el as HTMLInputElement).value);
      else delete out[name];
    }
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.join(",")]));
  });
}

/** Until the page for the current URL has streamed in (its skeleton gone). */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector('main#noi-dung:not([aria-busy="true"]) form.filters');
}

describe.skipIf(!haveChromium)("state lives in the URL: Back and Forward show the URL's choices", () => {
  const env = useStackAndBrowser();

  /**
   * The oracle: what the same URL shows when opened afresh. After Back or
   * Forward every control must show exactly that (and the URL's own value
   * where it names one).
   */
  async function expectControlsOf(page: Page, fresh: Page, why: string) {
    await settled(page);
    const url = page.url();
    await fresh.goto(url);
    await settled(fresh);
    const expected = await controls(fresh);
    const params = new URL(url).searchParams;
    await expect.poll(() => controls(page), { message: `${why}: ${url}` }).toEqual(expected);
    for (const [name, value] of Object.entries(expected))
      if (params.has(name)) expect(value, `${why}: ${name} of ${url}`).toBe(params.getAll(name).join(","));
  }

  it("on / the year select follows Back and Forward, and arrowing through it does not load a page per step", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 900 } });
    const fresh = await env.browser().newPage({ viewport: { width: 1280, height: 900 } });
    const web = env.stack().webUrl;
    await page.goto(`${web}/`);
    await settled(page);
    const latest = await page.locator('select[name="year"]').inputValue();

    await page.locator('select[name="year"]').selectOption("2019");
    await page.waitForURL(/year=2019/);
    await expectControlsOf(page, fresh, "after choosing 2019");
    await page.locator('select[name="subject"]').selectOption({ label: "Hà Tĩnh" });
    await page.waitForURL(/subject=42/);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Hà Tĩnh — bốn chỉ số cấp tỉnh năm 2019");

    await page.getByRole("navigation", { name: "Các trang" }).getByRole("link", { name: "So sánh" }).click();
    await page.waitForURL(/\/so-sanh/);
    await settled(page);

    await page.goBack();
    await page.waitForURL(/subject=42/);
    await expectControlsOf(page, fresh, "Back to Hà Tĩnh 2019");
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get("subject") !== "42" && u.searchParams.get("year") === "2019");
    await expectControlsOf(page, fresh, "Back to Nghệ An 2019");
    expect(await page.locator('select[name="subject"]').inputValue()).toBe("40");
    await page.goBack();
    await page.waitForURL((u) => u.pathname === "/" && !u.searchParams.has("year"));
    await expectControlsOf(page, fresh, "Back to the first visit");
    expect(await page.locator('select[name="year"]').inputValue()).toBe(latest);
    await page.goForward();
    await page.waitForURL(/year=2019/);
    await expectControlsOf(page, fresh, "Forward to 2019");
    expect(await page.locator('select[name="year"]').inputValue()).toBe("2019");

    // Keyboard: arrowing through the closed select changes its value but loads nothing; Enter applies it.
    const before = page.url();
    await page.locator('select[name="year"]').focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.waitForTimeout(700);
    expect(page.url()).toBe(before);
    const stepped = await page.locator('select[name="year"]').inputValue();
    expect(stepped).not.toBe("2019");
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`year=${stepped}`));
    // The new page's select has the focus again, on the value chosen.
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.name))
      .toBe("year");
    expect(await page.locator('select[name="year"]').inputValue()).toBe(stepped);
    await page.close();
    await fresh.close();
  });

  it("on /so-sanh the index, year and provinces follow Back and Forward", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 900 } });
    const fresh = await env.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.stack().webUrl}/so-sanh`);
    await settled(page);
    const first = await controls(page);

    await page.locator('select[name="index"]').selectOption("PCI");
    await page.waitForURL(/index=PCI/);
    await expectControlsOf(page, fresh, "after choosing PCI");
    const pci = page.url();
    await page.locator('select[name="year"]').selectOption("2012");
    await page.waitForURL(/year=2012/);
    await expectControlsOf(page, fresh, "after choosing 2012");
    const pci2012 = page.url();
    // The provinces to compare with: several ticks, applied with the button.
    const boxes = page.locator('input[name="subjects"]');
    for (const box of await boxes.all()) await box.setChecked(["40", "42", "01"].includes(await box.inputValue()));
    await page.getByRole("button", { name: "Xem", exact: true }).click();
    await page.waitForURL((u) => u.searchParams.getAll("subjects").sort().join() === "01,40,42");
    await expectControlsOf(page, fresh, "after choosing three provinces");
    const three = page.url();

    await page.getByRole("navigation", { name: "Các trang" }).getByRole("link", { name: "Hoạt động" }).click();
    await page.waitForURL(/\/hoat-dong/);
    await page.goBack();
    await page.waitForURL(three);
    await expectControlsOf(page, fresh, "Back to three provinces");
    await page.goBack();
    await page.waitForURL(pci2012);
    await expectControlsOf(page, fresh, "Back to PCI 2012");
    await page.goBack();
    await page.waitForURL(pci);
    await expectControlsOf(page, fresh, "Back to PCI");
    await page.goBack();
    await page.waitForURL((u) => u.pathname === "/so-sanh" && u.search === "");
    await settled(page);
    await expect.poll(() => controls(page)).toEqual(first);
    await page.goForward();
    await page.goForward();
    await page.waitForURL(pci2012);
    await expectControlsOf(page, fresh, "Forward to PCI 2012");
    expect(await page.locator('select[name="index"]').inputValue()).toBe("PCI");
    await page.close();
    await fresh.close();
  });

  it("says what it could not use from the URL instead of showing something else", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 900 } });
    const web = env.stack().webUrl;
    await page.goto(`${web}/chi-so/SIPAS?year=2012`);
    await settled(page);
    expect(await page.locator('select[name="year"]').inputValue()).toBe("2012");
    expect(await page.locator('select[name="year"] option:checked').textContent()).toBe("2012 (không có số liệu)");
    expect(await page.locator('[data-testid="url-notice"]').textContent()).toMatch(/^Không có số liệu năm 2012/);
    await page.goto(`${web}/?index=XYZ`);
    await settled(page);
    expect(await page.locator('[data-testid="url-notice"]').textContent()).toBe(
      "Không có chỉ số “XYZ”; đang hiển thị PAPI.",
    );
    await page.goto(`${web}/so-sanh?index=ABC&year=1990`);
    await settled(page);
    const notice = await page.locator('[data-testid="url-notice"]').textContent();
    expect(notice).toContain("Không có chỉ số “ABC”; đang hiển thị PAPI.");
    expect(notice).toContain("Năm “1990” không dùng được");
    await page.goto(`${web}/chien-dich?topic=N99`);
    await settled(page);
    expect(await page.locator('[data-testid="url-notice"]').textContent()).toBe(
      "Không có chủ đề “N99”; đang hiển thị N04.",
    );
    await page.goto(`${web}/hoat-dong?after=xyz`);
    await settled(page);
    expect(await page.locator('[data-testid="url-notice"]').textContent()).toBe(
      "Không mở được trang danh sách “xyz”; đang hiển thị trang đầu.",
    );
    await page.goto(`${web}/chi-so/PAPI?subject=99`);
    await page.locator('[data-testid="url-notice"]').waitFor();
    expect(await page.locator('[data-testid="url-notice"]').textContent()).toMatch(/^Không tìm thấy tỉnh “99”/);
    await page.goto(`${web}/chi-so/KHONG-CO`);
    // The page streams: the loading skeleton's heading shows first, then the 404 replaces it.
    await page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" }).waitFor();
    expect(await page.locator("main h1").allTextContents()).toEqual(["Không tìm thấy trang"]);
    await page.close();
  });
});
