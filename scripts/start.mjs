#!/usr/bin/env node
/**
 * `npm start`: the API (migrates and seeds the database on first run, then
 * serves GraphQL) and, once it answers, the dashboard. One process tree;
 * Ctrl-C stops both. The web build is done by the npm script before this runs.
 */
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";

// .data holds the database, the tokens and the uploads: only this account may enter it (created or tightened to 700).
mkdirSync(resolve(".data"), { recursive: true, mode: 0o700 });
chmodSync(resolve(".data"), 0o700);

const apiPort = process.env.API_PORT || "4000";
const webPort = process.env.WEB_PORT || "3000";
const host = process.env.API_HOST || "127.0.0.1";
const env = {
  ...process.env,
  // Production unless asked otherwise: no stack traces or file paths in answers.
  NODE_ENV: process.env.NODE_ENV || "production",
  VIEWER_TOKEN_FILE: resolve(process.env.VIEWER_TOKEN_FILE || ".data/viewer-token"),
  NEXT_TELEMETRY_DISABLED: "1",
  API_URL: process.env.API_URL || `http://${host}:${apiPort}/graphql`,
};

const children = [];
function run(name, args) {
  // Own process group: npm → tsx → node is three processes; stopping must reach all of them.
  const child = spawn("npm", ["run", "--silent", ...args], { env, stdio: "inherit", detached: true });
  children.push(child);
  child.on("exit", (code, signal) => {
    if (stopping) return;
    console.error(`${name} exited (${signal ?? code}); stopping.`);
    stop(code ?? 1);
  });
  return child;
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const c of children) {
    try {
      process.kill(-c.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  setTimeout(() => process.exit(code), 3000).unref();
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

const started = Date.now();
run("API", ["start", "-w", "@cchc/api"]);
if (!(await waitFor(`http://${host}:${apiPort}/health`, 120_000))) {
  console.error("The API did not answer within 120 s.");
  stop(1);
} else {
  run("web", ["start", "-w", "@cchc/web"]);
  if (await waitFor(`http://127.0.0.1:${webPort}/`, 60_000)) {
    console.log(`\nReady in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
    console.log(`  Dashboard  http://localhost:${webPort}`);
    console.log(`  GraphQL    http://localhost:${apiPort}/graphql\n`);
  }
}
