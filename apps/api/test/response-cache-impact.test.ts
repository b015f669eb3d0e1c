import { resolve } from "node:path";
import { runImport } from "@cchc/import";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryStore } from "../src/plugins/response-cache";
import { type Started, startApi } from "./helpers";

const PAPI_DIR = resolve(import.meta.dirname, "../../../../shared/data/papi-subdims");
const RANK_TARGET = `{ rankTarget(subject: "40", index: PAPI, year: 2023, targetRank: 10) {
  rankBefore outOf components { component { id } delta rankReached } } }`;

async function post(url: string, token: string, query: string) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return { hit: res.headers.get("x-cache") === "hit", data: body.data };
}

// The impact ladder's reads are the heaviest (a synthetic control with every placebo): the dashboard's
// /chien-dich and /chi-so ask for them on every view, so a repeat must come from the cache.
describe("response cache serves the impact ladder's reads (PGlite, memory)", () => {
  let api: Started;
  let statements = 0;
  beforeAll(async () => {
    api = await startApi("pglite", { onQuery: () => statements++, deps: { responseCache: memoryStore() } });
    await runImport(api.handle.db, PAPI_DIR, { by: "test" });
  }, 300_000); // importing the PAPI panel takes a minute on a busy machine
  afterAll(() => api?.close());

  it("answers a repeated rankTarget from the cache with the same figures", async () => {
    const first = await post(api.url, api.viewerToken, RANK_TARGET);
    statements = 0;
    const again = await post(api.url, api.viewerToken, RANK_TARGET);
    expect([first.hit, again.hit]).toEqual([false, true]);
    expect(again.data).toEqual(first.data);
    expect(statements).toBeLessThanOrEqual(2); // the token and the data version, not the operation's
  });
});
