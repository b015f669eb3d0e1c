import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startApi } from "./helpers";

/** The README's Analysts section promises its curl examples work as written: run each body. */
const readme = readFileSync(resolve(import.meta.dirname, "../../../README.md"), "utf8");
const bodies = [...readme.matchAll(/curl -s localhost:4000\/graphql[^\n]*\\\n\s*-d '([^']+)'/g)].map((m) => m[1]!);

describe("README examples", () => {
  let api: Started;
  beforeAll(async () => {
    api = await startApi("pglite");
  });
  afterAll(() => api?.close());

  it("finds the examples", () => expect(bodies.length).toBeGreaterThanOrEqual(6));

  it.each(bodies.map((b, i) => [i + 1, b] as const))("example %i runs without errors", async (_i, body) => {
    const res = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${api.viewerToken}` },
      body,
    });
    const json = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    expect(json.errors).toBeUndefined();
    expect(Object.values(json.data ?? {}).every((v) => v !== null)).toBe(true);
  });
});
