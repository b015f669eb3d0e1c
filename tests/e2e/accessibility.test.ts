import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useStackAndBrowser } from "../helpers/browser";
import { artifactsDir, haveChromium } from "../helpers/stack";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const screenshots = resolve(root, "docs/screenshots/routes");
/**
 * Screenshots always go to the artifacts; they replace the committed ones in
 * docs/screenshots/routes only when asked (UPDATE_SCREENSHOTS=1), so a test
 * run leaves the working tree as it was.
 */
const publish = (file: string) => {
  if (process.env.UPDATE_SCREENSHOTS === "1") copyFileSync(resolve(artifactsDir, file), resolve(screenshots, file));
};

/** Values for the dynamic segments of the app's routes. */
const SEGMENTS: Record<string, string> = { "[index]": "PAPI", "[id]": "1" };
/** Pages seen without a session; the rest as an admin (every nav link, every control). */
const ANONYMOUS = new Set(["/dang-nhap", "/thiet-lap"]);
/** Pages that need a query to show what they are for. */
const QUERY: Record<string, string> = {
  "/khong-co-quyen": "?can=admin",
  // The calculator with an answer shown, beside the impact panel of a component.
  "/chi-so/PAPI": "?whatIfComponent=PAPI.D5&delta=0%2C5&impactComponent=PAPI.D5",
};
/** The third-party GraphiQL editor is checked by its makers, not here; the page around it is. */
const EXCLUDE: Record<string, string[]> = { "/graphiql": [".graphiql-container"] };
const NOT_FOUND = "/khong-co-trang-nay";

/**
 * Every page of the production build, from its manifest: a page added later
 * cannot escape the checks. Route handlers (downloads, the map, /graphql) and
 * Next's own error pages are not pages; the 404 page is visited by a made-up address.
 */
function routes(): string[] {
  const manifest = JSON.parse(
    readFileSync(resolve(root, "apps/web/.next/server/app-paths-manifest.json"), "utf8"),
  ) as Record<string, string>;
  const pages = Object.keys(manifest)
    .filter((k) => k.endsWith("/page") && !k.startsWith("/_"))
    .map((k) => k.replace(/\/page$/, "") || "/")
    .map((k) => k.replace(/\[[^\]]+\]/g, (s) => SEGMENTS[s] ?? "1"))
    .sort();
  return [...pages, NOT_FOUND];
}

const VIEWPORTS = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
] as const;

/** Until the page's data has streamed in (no loading skeleton) and its charts have drawn. */
async function settle(page: Page): Promise<void> {
  await page.waitForSelector('main#noi-dung:not([aria-busy="true"])', { timeout: 30_000 });
  await page
    .waitForFunction(() => Array.from(document.querySelectorAll("canvas")).every((c) => c.dataset.drawn === "true"), {
      timeout: 10_000,
    })
    .catch(() => {});
}

const slug = (path: string) => (path === "/" ? "tong-quan" : path.slice(1).replaceAll("/", "-"));

describe.skipIf(!haveChromium)("every page: WCAG 2.1 AA (axe), one h1 and main, no sideways scroll on a phone", () => {
  const env = useStackAndBrowser();

  it("passes axe at 1366×900 and 390×844, fits 390 px, and names itself", async () => {
    const all = routes();
    expect(all.length).toBeGreaterThanOrEqual(16);
    mkdirSync(screenshots, { recursive: true });
    const problems: string[] = [];
    const titles = new Map<string, string>();
    for (const viewport of VIEWPORTS) {
      for (const path of all) {
        const who = ANONYMOUS.has(path) ? "anonymous" : "admin";
        const page = await env.browser().newPage({ viewport, locale: "vi-VN", bypassCSP: true }, who);
        const res = await page.goto(`${env.stack().webUrl}${path}${QUERY[path] ?? ""}`);
        const where = `${path} @${viewport.width}`;
        if (path === NOT_FOUND) expect(res?.status(), where).toBe(404);
        expect(new URL(page.url()).pathname, `${where} was redirected`).toBe(path);
        await settle(page).catch((e: Error) => {
          throw new Error(`${where}: ${e.message}`);
        });

        let axe = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
        for (const selector of EXCLUDE[path] ?? []) axe = axe.exclude(selector);
        const { violations } = await axe.analyze();
        for (const v of violations)
          problems.push(
            `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(" "))
              .join(" | ")}`,
          );

        const shape = await page.evaluate(() => ({
          mains: document.querySelectorAll("main").length,
          target: document.querySelectorAll("main#noi-dung").length,
          h1: Array.from(document.querySelectorAll("h1"), (h) => h.textContent?.trim() ?? ""),
          width: document.scrollingElement?.scrollWidth ?? 0,
          title: document.title,
        }));
        if (shape.mains !== 1 || shape.target !== 1)
          problems.push(`${where}: ${shape.mains} <main>, skip target ×${shape.target}`);
        if (shape.h1.length !== 1 || !shape.h1[0]) problems.push(`${where}: h1 ${JSON.stringify(shape.h1)}`);
        // Measured against the viewport asked for, not innerWidth (which grows with the page on a phone).
        if (viewport.width < 400 && shape.width > viewport.width)
          problems.push(`${where}: ${shape.width} px wide on a ${viewport.width} px screen`);
        titles.set(path, shape.title);

        const file = `${slug(path)}-${viewport.width}.png`;
        await page.screenshot({ path: resolve(artifactsDir, file) });
        publish(file);
        await page.close();
      }
    }
    // On a phone the pages and the person fold behind "Menu": it opens, says so, passes axe open and fits.
    const phone = await env.browser().newPage({ viewport: VIEWPORTS[1], locale: "vi-VN", bypassCSP: true }, "admin");
    await phone.goto(`${env.stack().webUrl}/`);
    await settle(phone);
    const menu = phone.getByRole("button", { name: "Menu" });
    const nav = phone.getByRole("navigation", { name: "Các trang" });
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await nav.isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    expect(await nav.getByRole("link").count()).toBeGreaterThanOrEqual(11);
    expect(await phone.getByRole("button", { name: "Đăng xuất" }).isVisible()).toBe(true);
    const open = await new AxeBuilder({ page: phone }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    for (const v of open.violations) problems.push(`menu open @390: ${v.id} ${v.help}`);
    const width = await phone.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    if (width > 390) problems.push(`menu open @390: ${width} px wide`);
    await phone.screenshot({ path: resolve(artifactsDir, "menu-open-390.png") });
    publish("menu-open-390.png");
    await phone.keyboard.press("Escape");
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    await phone.close();

    // Each page its own title: no two pages share one.
    const seen = new Map<string, string>();
    for (const [path, title] of titles) {
      if (seen.has(title)) problems.push(`${path} has the same <title> as ${seen.get(title)}: ${title}`);
      seen.set(title, path);
    }
    console.log(
      `accessibility: ${all.length} routes × ${VIEWPORTS.length} sizes; ${problems.length} problems`,
      ...problems.map((p) => `\n  ${p}`),
    );
    expect(problems).toEqual([]);
  }, 600_000); // 38 page loads with axe: about two minutes on two cores
});
