import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { createServer as createNetServer } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer, importSharedData } from "@cchc/api";
import { createServiceToken, type DbHandle, seed } from "@cchc/db";
import { createTestDb } from "@cchc/db/testing";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const artifactsDir = resolve(process.env.ARTIFACTS_DIR ?? resolve(root, "tests/artifacts"));
mkdirSync(artifactsDir, { recursive: true });

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Locally a missing browser skips the e2e suite with a hint; in CI it is a failure. */
export const haveChromium = existsSync(chromiumPath);
if (!haveChromium) {
  const hint = `Chromium not found at ${chromiumPath}: apt-get install chromium (or set CHROMIUM_PATH).`;
  if (process.env.CI) throw new Error(hint);
  console.warn(`e2e skipped. ${hint}`);
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createNetServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
    s.on("error", rej);
  });
}

export interface Stack {
  apiUrl: string;
  webUrl: string;
  db: DbHandle;
  /** A viewer token for requests made as an analyst would (reads need one). */
  viewerToken: string;
  stop(): Promise<void>;
}

/**
 * A seeded in-memory database, the API in this process and the production
 * build of the web app (`next start`) in a child process, on free ports.
 */
export async function startStack(): Promise<Stack> {
  const db = await createTestDb("pglite");
  await seed(db.db);
  // As on a fresh `npm start`: the published PAPI panel and PCI 2005–2016 from ../shared/data.
  await importSharedData(db.db, resolve(root, "../shared/data"), () => {});
  const api = await createServer({ db: db.db, log: () => {} });
  const apiUrl = await api.listen(0);
  // The dashboard's server imports on the Office's behalf with an editor token, as under npm start.
  const { token } = await createServiceToken(db.db, { name: "e2e web", role: "editor", createdBy: "e2e" });
  const { token: viewerToken } = await createServiceToken(db.db, { name: "e2e analyst", role: "viewer", createdBy: "e2e" });
  const port = await freePort();
  const webDir = resolve(root, "apps/web");
  if (!existsSync(resolve(webDir, ".next/BUILD_ID")))
    throw new Error("apps/web is not built: run `npm run build` (turbo builds it before `npm test`).");
  const web: ChildProcess = spawn(
    resolve(root, "node_modules/.bin/next"),
    ["start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: webDir,
      env: { ...process.env, API_URL: apiUrl, WEB_API_TOKEN: token, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  web.stdout?.on("data", (d) => (output += d));
  web.stderr?.on("data", (d) => (output += d));
  const webUrl = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${webUrl}/`)).status < 500) break;
    } catch {}
    if (Date.now() > until || web.exitCode !== null) throw new Error(`next start did not come up:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    apiUrl,
    webUrl,
    db,
    viewerToken,
    stop: async () => {
      web.kill("SIGTERM");
      await api.stop();
      await db.close();
    },
  };
}
