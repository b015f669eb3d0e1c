import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { chromiumPath, type Stack, startStack } from "./stack";

/** Debian's Chromium, headless, with the flags that keep it off the (closed) network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** Collects console errors and page errors of a page, for a "no console errors" assertion. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

/** Pixels of a canvas that are not fully transparent: > 0 means the chart drew. */
export function drawnPixels(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (el) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  });
}

/**
 * The stack (seeded database, API, `next start`) and a browser for one e2e
 * file: registers beforeAll/afterAll and hands back getters for the tests.
 */
export function useStackAndBrowser(): { stack: () => Stack; browser: () => SignedInBrowser } {
  let stack: Stack | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    stack = await startStack();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });
  return { stack: () => stack!, browser: () => signedIn(browser!, stack!) };
}

/** A browser whose new pages are signed in (as the Office's editor unless another person is named). */
export interface SignedInBrowser {
  newPage(options?: BrowserContextOptions, who?: "editor" | "viewer" | "admin" | "anonymous"): Promise<Page>;
  raw: Browser;
}

function signedIn(browser: Browser, stack: Stack): SignedInBrowser {
  return {
    raw: browser,
    newPage: async (options = {}, who = "editor") => {
      const context = await browser.newContext(options);
      if (who !== "anonymous") {
        const cookie = await stack.sessionCookie(who);
        await context.addCookies([{ ...cookie, url: stack.webUrl, httpOnly: true, sameSite: "Lax" }]);
      }
      const page = await context.newPage();
      // Closing the page closes its context too, as Browser.newPage's pages do. When the test's last
      // page closes just before afterAll closes the browser, that close loses the race: not an error.
      page.once("close", () => void context.close().catch(() => {}));
      return page;
    },
  };
}

/** The cells of a table's body rows, as text. */
export function tableRows(page: Page, selector: string): Promise<string[][]> {
  return page.$$eval(`${selector} tbody tr`, (trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => (td.textContent ?? "").trim())),
  );
}

/**
 * Paint timing of the page's navigation: the server's first byte and the
 * first chart drawn (performance mark set by the chart kit), in ms from
 * navigation start.
 */
export function paintTiming(page: Page): Promise<{ firstByte: number; firstChart: number | null }> {
  return page.evaluate(() => ({
    firstByte: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).responseStart,
    firstChart: performance.getEntriesByName("first-chart-drawn")[0]?.startTime ?? null,
  }));
}

/** Waits until every canvas matching the selector is drawn and returns how many there are. */
export async function waitForCharts(page: Page, selector: string): Promise<number> {
  await page.waitForFunction((s) => {
    const all = document.querySelectorAll<HTMLCanvasElement>(s);
    return all.length > 0 && Array.from(all).every((c) => c.dataset.drawn === "true");
  }, selector);
  return page.locator(selector).count();
}
