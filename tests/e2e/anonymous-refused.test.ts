import { readFileSync } from "node:fs";
import { request } from "node:http";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { useStackAndBrowser } from "../helpers/browser";
import { writeState } from "../helpers/db-state";
import { haveChromium } from "../helpers/stack";

const next = resolve(import.meta.dirname, "../../apps/web/.next/server");

/** Every server action of the production build, with the pages that carry it (from Next's own manifest). */
function buildActions(): { id: string; name: string; pages: string[] }[] {
  const manifest = JSON.parse(readFileSync(resolve(next, "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, v]) => ({
    id,
    name: v.exportedName ?? id,
    pages: Object.keys(v.workers).map(routeOf),
  }));
}

/** Every route handler of the build (app/…/route), as a URL path. */
function buildRouteHandlers(): string[] {
  const manifest = JSON.parse(readFileSync(resolve(next, "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((k) => k.endsWith("/route") && !k.startsWith("/icon"))
    .map((k) => fill(k.replace(/\/route$/, "")));
}

const fill = (path: string) => path.replace("[index]", "PAPI").replace("[id]", "1").replace("[file]", "activities.csv");
const routeOf = (worker: string) => fill(worker.replace(/^app/, "").replace(/\/page$/, "") || "/");

/** Pages a person without a session must reach (signing in, the first admin's set-up): their actions run, and must change nothing. */
const OPEN = new Set(["/dang-nhap", "/thiet-lap"]);

describe.skipIf(!haveChromium)("anonymous requests to the dashboard", () => {
  const env = useStackAndBrowser();

  it("every server action of the build is refused or changes nothing, on every page that carries it", async () => {
    const actions = buildActions();
    expect(actions.length).toBeGreaterThanOrEqual(10);
    const before = await writeState(env.stack().db);
    const answers: string[] = [];
    for (const action of actions)
      for (const page of action.pages) {
        const res = await fetch(`${env.stack().webUrl}${page}`, {
          method: "POST",
          redirect: "manual",
          headers: {
            "next-action": action.id,
            "content-type": "text/plain;charset=UTF-8",
            origin: env.stack().webUrl,
            accept: "text/x-component",
          },
          body: JSON.stringify(["$undefined", "$undefined"]),
        });
        answers.push(`${action.name} ${page} ${res.status}`);
        if (!OPEN.has(page)) expect(res.status, `${action.name} on ${page}`).toBe(401);
      }
    expect(answers.length).toBeGreaterThan(actions.length);
    expect(await writeState(env.stack().db)).toEqual(before);
  });

  it("every route handler of the build answers 401 or sends to sign-in, for GET and POST", async () => {
    const routes = buildRouteHandlers();
    expect(routes).toEqual(expect.arrayContaining(["/ban-do", "/graphql", "/tai-xuong/activities.csv"]));
    const before = await writeState(env.stack().db);
    for (const route of routes) {
      const get = await fetch(`${env.stack().webUrl}${route}`, { redirect: "manual" });
      expect([401, 303], `GET ${route}`).toContain(get.status);
      if (get.status === 303) expect(get.headers.get("location")).toContain("/dang-nhap");
      const post = await fetch(`${env.stack().webUrl}${route}`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      expect(post.status, `POST ${route}`).toBe(401);
    }
    expect(await writeState(env.stack().db)).toEqual(before);
  });

  it("refuses a Host header it was not configured for (DNS rebinding), even signed in", async () => {
    const url = new URL(env.stack().webUrl);
    const cookie = await env.stack().sessionCookie("editor");
    const status = (host: string) =>
      new Promise<number>((done, fail) => {
        const req = request(
          {
            host: url.hostname,
            port: url.port,
            path: "/",
            headers: { host, cookie: `${cookie.name}=${cookie.value}` },
          },
          (res) => {
            res.resume();
            done(res.statusCode ?? 0);
          },
        );
        req.on("error", fail);
        req.end();
      });
    expect(await status(`evil.example:${url.port}`)).toBe(421);
    expect(await status(`127.0.0.1:${url.port}`)).toBe(200);
  });
});
