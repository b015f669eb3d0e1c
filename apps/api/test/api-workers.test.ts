import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { createServiceToken, type DbHandle } from "@cchc/db";
import { createTestDb } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const STATS = `{ activityStats(groupBy: [UNIT], period: YEAR) { count } }`;
const CREATE = `mutation($input: ActivityInput!) { createActivity(input: $input) { id } }`;
// TEST FIXTURE: one made-up activity.
const INPUT = {
  unit: "SKHCN_NA.TTTT",
  form: "F1",
  topics: ["N02"],
  title: "Bài thử hai tiến trình",
  startsOn: "2024-05-06",
};

// `npm run start:api` itself (src/index.ts) with API_WORKERS=2 on PostgreSQL, each worker with its own memory cache.
describe.skipIf(!process.env.TEST_DATABASE_URL)("API_WORKERS=2 on PostgreSQL", () => {
  let handle: DbHandle;
  let primary: ChildProcess;
  let url: string;
  const pids = new Set<string>();
  beforeAll(async () => {
    handle = await createTestDb("postgres");
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const dir = mkdtempSync(join(tmpdir(), "cchc-workers-"));
    primary = spawn(
      resolve(import.meta.dirname, "../../../node_modules/.bin/tsx"),
      [resolve(import.meta.dirname, "../src/index.ts")],
      {
        env: {
          ...process.env,
          DATABASE_URL: handle.location,
          API_WORKERS: "2",
          API_PORT: String(port),
          SHARED_DATA_DIR: "off",
          AUTH_SECRET_FILE: join(dir, "auth-secret"),
          UPLOAD_DIR: join(dir, "uploads"),
          LOG_LEVEL: "silent",
        },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    await new Promise<void>((res, rej) => {
      const lines = createInterface({ input: primary.stdout! });
      lines.on("line", (line) => {
        const m = /API ready at (\S+) .*worker (\d+)/.exec(line);
        if (m) {
          url = m[1]!;
          pids.add(m[2]!);
          if (pids.size === 2) res();
        }
      });
      primary.once("exit", (code) => rej(new Error(`API exited (${code})`)));
    });
  }, 180_000);
  afterAll(async () => {
    primary?.kill("SIGTERM");
    await new Promise((r) => primary?.once("exit", r));
    await handle?.close();
  });

  it("a write through one worker shows on the next read through either", async () => {
    const viewer = (await createServiceToken(handle.db, { name: "Đọc", role: "viewer", createdBy: "test" })).token;
    const editor = (await createServiceToken(handle.db, { name: "Ghi", role: "editor", createdBy: "test" })).token;
    const gql = async (token: string, query: string, variables?: unknown) => {
      const body = (await (
        await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}`, connection: "close" },
          body: JSON.stringify({ query, variables }),
        })
      ).json()) as { data?: { activityStats?: { count: number }[] }; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      return body.data!;
    };
    const total = async () => (await gql(viewer, STATS)).activityStats!.reduce((a, g) => a + g.count, 0);
    // Every worker reads (and caches) the count first: new connections are dealt round-robin.
    const before = await Promise.all(Array.from({ length: 6 }, total));
    expect(new Set(before).size).toBe(1);
    await gql(editor, CREATE, { input: INPUT });
    const after = await Promise.all(Array.from({ length: 6 }, total));
    expect(after).toEqual(Array(6).fill(before[0]! + 1));
  });
});
