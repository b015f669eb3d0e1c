import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { useStackAndBrowser } from "../helpers/browser";
import { artifactsDir, haveChromium } from "../helpers/stack";

describe.skipIf(!haveChromium)("GraphiQL in Chromium", () => {
  const env = useStackAndBrowser();

  it("loads from the project with no outside requests and runs the example query", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 900 } });
    const outside: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(env.stack().webUrl) && !r.url().startsWith("data:")) outside.push(r.url());
    });
    await page.goto(`${env.stack().webUrl}/graphiql`);
    // The editor loads on the client: wait until it shows the example before running it.
    await page.locator(".graphiql-query-editor").getByText("subjectProfile").first().waitFor();
    // Signed in, the query runs as that person; a token typed under Headers takes over, a dead one is refused.
    await page.getByRole("button", { name: /Execute query/i }).click();
    await expect
      .poll(() => page.locator(".result-window").innerText(), { timeout: 15_000 })
      .toContain('"subjectProfile"');
    await page.getByText("Headers", { exact: true }).click();
    await page.locator(".graphiql-editor-tool .graphiql-editor:not(.hidden)").last().click();
    await page.keyboard.type(`{"Authorization": "Bearer cchc_revoked_or_unknown"}`);
    await page.getByRole("button", { name: /Execute query/i }).click();
    await expect
      .poll(() => page.locator(".result-window").innerText(), { timeout: 15_000 })
      .toContain("UNAUTHENTICATED");
    await page.locator(".graphiql-editor-tool .graphiql-editor:not(.hidden)").last().click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(`{"Authorization": "Bearer ${env.stack().viewerToken}"}`);
    await page.getByRole("button", { name: /Execute query/i }).click();
    await expect
      .poll(() => page.locator(".result-window").innerText(), { timeout: 15_000 })
      .toContain('"subjectProfile"');
    const text = await page.locator(".result-window").innerText();
    expect(text).toContain('"shortName": "PAPI"');
    await page.screenshot({ path: resolve(artifactsDir, "graphiql.png") });
    expect(outside).toEqual([]);
    await page.close();
  });

  it("lends nobody's rights: without a session or token a mutation is refused 401 before reaching the API", async () => {
    const res = await fetch(`${env.stack().webUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: 'mutation { deleteActivity(id: "1") }' }),
    });
    expect(res.status).toBe(401);
  });
});
