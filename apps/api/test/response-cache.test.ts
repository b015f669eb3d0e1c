import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryStore, redisStore } from "../src/plugins/response-cache";
import { editorToken, type Started, startApi } from "./helpers";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const STATS = `{ activityStats(groupBy: [UNIT], period: YEAR) { period keys count } }`;
const CREATE = `mutation($input: ActivityInput!) { createActivity(input: $input) { id } }`;
// TEST FIXTURE: one made-up activity.
const INPUT = {
  unit: "SKHCN_NA.TTTT",
  form: "F1",
  topics: ["N02"],
  title: "Bài thử bộ nhớ đệm",
  startsOn: "2024-05-06",
  plan: null,
  reach: 10,
};
type Stats = { activityStats: { period: string; keys: string[]; count: number }[] };

async function post(url: string, token: string, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Stats; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return { hit: res.headers.get("x-cache") === "hit", data: body.data! };
}
const total = (s: Stats) => s.activityStats.reduce((a, g) => a + g.count, 0);

describe("response cache in one process (memory)", () => {
  let api: Started;
  let statements = 0;
  beforeAll(async () => {
    api = await startApi("pglite", { onQuery: () => statements++, deps: { responseCache: memoryStore() } });
  });
  afterAll(() => api?.close());

  it("answers a repeated read from the cache, and a write through the API moves it on", async () => {
    const first = await post(api.url, api.viewerToken, STATS);
    statements = 0;
    const again = await post(api.url, api.viewerToken, STATS);
    expect([first.hit, again.hit]).toEqual([false, true]);
    expect(again.data).toEqual(first.data);
    expect(statements).toBeLessThanOrEqual(2); // the token and the data version, not the operation's
    const editor = await editorToken(api);
    await post(api.url, editor, CREATE, { input: INPUT });
    const after = await post(api.url, api.viewerToken, STATS);
    expect(after.hit).toBe(false);
    expect(total(after.data)).toBe(total(first.data) + 1);
  });
});

// Two API processes on one PostgreSQL database and one Redis: the brief's multi-process set-up.
describe.skipIf(!process.env.TEST_DATABASE_URL)("response cache shared by two API processes (Redis)", () => {
  let api: Started;
  let child: ChildProcess;
  let otherUrl: string;
  const namespace = `test-${randomBytes(6).toString("hex")}`;
  beforeAll(async () => {
    api = await startApi("postgres", { deps: { responseCache: redisStore(REDIS_URL, namespace) } });
    child = spawn(
      resolve(import.meta.dirname, "../../../node_modules/.bin/tsx"),
      [resolve(import.meta.dirname, "fixtures/cached-api.ts")],
      {
        env: { ...process.env, DATABASE_URL: api.handle.location, REDIS_URL, CACHE_NAMESPACE: namespace },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    otherUrl = await new Promise<string>((res, rej) => {
      createInterface({ input: child.stdout! }).once("line", res);
      child.once("exit", (code) => rej(new Error(`second API exited (${code})`)));
    });
  }, 120_000);
  afterAll(async () => {
    child?.kill("SIGTERM");
    await api?.close();
  });

  it("serves one process's cached answer from the other, and a write through either shows on the next read", async () => {
    const a1 = await post(api.url, api.viewerToken, STATS);
    const b1 = await post(otherUrl, api.viewerToken, STATS);
    expect(a1.hit).toBe(false);
    expect(b1.hit).toBe(true); // stored by the first process, read by the second
    expect(b1.data).toEqual(a1.data);
    const editor = await editorToken(api);
    await post(otherUrl, editor, CREATE, { input: INPUT });
    const a2 = await post(api.url, api.viewerToken, STATS);
    expect(a2.hit).toBe(false);
    expect(total(a2.data)).toBe(total(a1.data) + 1);
    const b2 = await post(otherUrl, api.viewerToken, STATS);
    expect(b2).toEqual({ hit: true, data: a2.data });
  });
});
