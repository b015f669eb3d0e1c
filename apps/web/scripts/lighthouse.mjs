#!/usr/bin/env node
/**
 * Lighthouse (12.2.3, its default mobile preset: a mid-range phone, simulated
 * slow 4G and 4× CPU slowdown) on a running dashboard, signed in: performance
 * and accessibility of /, /chien-dich and /so-sanh (or the paths given as
 * arguments). A measurement printed for the record, not a test.
 *
 *   npm start                      # or any running build and API
 *   LH_USERNAME=… LH_PASSWORD=… npm run lighthouse:web [-- /theo-doi …]
 *
 * Signing in: the API's POST /auth/sign-in with LH_USERNAME / LH_PASSWORD
 * (as the dashboard's sign-in form does), or a session cookie as it is in the
 * browser, SESSION_COOKIE="cchc.session_token=…"; it travels to every
 * request Lighthouse makes (extraHeaders). WEB_URL (default
 * http://127.0.0.1:$WEB_PORT or 3000) and API_URL (default
 * http://127.0.0.1:4000/graphql) say where things run; CHROMIUM_PATH
 * (default /usr/bin/chromium) is the browser. lighthouse and chrome-launcher
 * are installed with the tests workspace.
 */
import { createRequire } from "node:module";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const version = createRequire(import.meta.url)("lighthouse/package.json").version;

const web = (process.env.WEB_URL ?? `http://127.0.0.1:${process.env.WEB_PORT ?? 3000}`).replace(/\/$/, "");
const api = (process.env.API_URL ?? "http://127.0.0.1:4000/graphql").replace(/\/graphql$/, "");
const paths = process.argv.slice(2).filter((a) => a.startsWith("/"));
const pages = paths.length > 0 ? paths : ["/", "/chien-dich", "/so-sanh"];

async function sessionCookie() {
  if (process.env.SESSION_COOKIE) return process.env.SESSION_COOKIE;
  const username = process.env.LH_USERNAME;
  const password = process.env.LH_PASSWORD;
  if (!username || !password) {
    console.error("Set LH_USERNAME and LH_PASSWORD (an account of the dashboard), or SESSION_COOKIE=name=value.");
    process.exit(2);
  }
  const res = await fetch(`${api}/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  const line = res.headers.getSetCookie().find((c) => c.includes("session_token="));
  if (!res.ok || !line) {
    console.error(`Sign-in at ${api}/auth/sign-in failed: HTTP ${res.status} ${await res.text()}`);
    process.exit(1);
  }
  const [name, ...value] = line.split(";")[0].split("=");
  return `${name}=${decodeURIComponent(value.join("="))}`;
}

const cookie = await sessionCookie();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const ms = (lhr, id) => lhr.audits[id]?.numericValue;
const rows = [];
const notes = [];
try {
  for (const path of pages) {
    const url = `${web}${path}`;
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      extraHeaders: { Cookie: cookie },
    });
    if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname)
      console.warn(`${path}: ended at ${lhr.finalDisplayedUrl} (not signed in?)`);
    rows.push({
      page: path,
      performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
      "FCP ms": Math.round(ms(lhr, "first-contentful-paint")),
      "LCP ms": Math.round(ms(lhr, "largest-contentful-paint")),
      "TBT ms": Math.round(ms(lhr, "total-blocking-time")),
      CLS: Number(ms(lhr, "cumulative-layout-shift")?.toFixed(3)),
    });
    // What keeps accessibility under 100, by audit: to fix, or to argue with.
    const failing = lhr.categories.accessibility.auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => `${ref.id} (${lhr.audits[ref.id].details?.items?.length ?? 0})`);
    if (failing.length > 0) notes.push(`${path}: accessibility audits not passed: ${failing.join(", ")}`);
  }
} finally {
  chrome.kill();
}
console.log(`Lighthouse ${version} · mobile preset (simulated slow 4G, 4× CPU slowdown) · ${web}`);
console.table(rows);
for (const note of notes) console.log(note);
