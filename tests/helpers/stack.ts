import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { createServer as createNetServer } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createAuth, createPerson, createServer, importSharedData } from "@cchc/api";
import { createServiceToken, type DbHandle, type Role, SYSTEM_ACTOR, seed } from "@cchc/db";
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
  /** People with accounts on this stack (test fixtures): the Office's editor, leadership's viewer, an admin. */
  people: Record<"editor" | "viewer" | "admin", { username: string; password: string; name: string }>;
  /** A signed-in session cookie for one of them, as the dashboard would hold it. */
  sessionCookie(who: "editor" | "viewer" | "admin"): Promise<{ name: string; value: string }>;
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
  const auth = createAuth(db.db, { secret: "e2e-secret-that-is-long-enough-0123456789", baseURL: "http://127.0.0.1" });
  const api = await createServer({ db: db.db, log: () => {}, auth });
  const apiUrl = await api.listen(0);
  const people = {
    editor: { username: "vanphong", password: "mat-khau-van-phong", name: "Văn phòng Sở (e2e)" },
    viewer: { username: "lanhdao", password: "mat-khau-lanh-dao", name: "Lãnh đạo Sở (e2e)" },
    admin: { username: "quantri", password: "mat-khau-quan-tri", name: "Quản trị (e2e)" },
  };
  for (const [role, p] of Object.entries(people)) await createPerson(db.db, SYSTEM_ACTOR, { ...p, role: role as Role });
  const { token: viewerToken } = await createServiceToken(db.db, {
    name: "e2e analyst",
    role: "viewer",
    createdBy: "e2e",
  });
  const port = await freePort();
  const webDir = resolve(root, "apps/web");
  if (!existsSync(resolve(webDir, ".next/BUILD_ID")))
    throw new Error("apps/web is not built: run `npm run build` (turbo builds it before `npm test`).");
  const web: ChildProcess = spawn(
    resolve(root, "node_modules/.bin/next"),
    ["start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: webDir,
      env: {
        ...process.env,
        API_URL: apiUrl,
        WEB_ALLOWED_HOSTS: `127.0.0.1:${port},localhost:${port}`,
        NEXT_TELEMETRY_DISABLED: "1",
      },
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
    people,
    sessionCookie: async (who) => {
      const res = await fetch(apiUrl.replace(/\/graphql$/, "/auth/sign-in"), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: people[who].username, password: people[who].password }),
      });
      const line = res.headers.getSetCookie().find((c) => c.includes("session_token="));
      if (!res.ok || !line) throw new Error(`sign-in of ${who} failed: ${res.status}`);
      const [name, ...value] = line.split(";")[0]!.split("=");
      return { name: name!, value: decodeURIComponent(value.join("=")) };
    },
    stop: async () => {
      web.kill("SIGTERM");
      await api.stop();
      await db.close();
    },
  };
}
