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
    // Without a token the API refuses; the analyst pastes theirs under Headers, as the example says.
    await page.getByRole("button", { name: /Execute query/i }).click();
    await expect
      .poll(() => page.locator(".result-window").innerText(), { timeout: 15_000 })
      .toContain("UNAUTHENTICATED");
    await page.getByText("Headers", { exact: true }).click();
    await page.locator(".graphiql-editor-tool .graphiql-editor:not(.hidden)").last().click();
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

  it("does not lend the server's token: a mutation without the user's token is UNAUTHENTICATED", async () => {
    const res = await fetch(`${env.stack().webUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: 'mutation { deleteActivity(id: "1") }' }),
    });
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
  });
});
