#!/usr/bin/env node
/**
 * First-load JS per route of the production build, from the manifests that
 * `next build` leaves in .next (Next 16 with Turbopack no longer prints
 * sizes): the root main files every page loads, plus the chunks of the
 * route's layouts and page. Sizes are raw and gzip (what travels).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const next = resolve(import.meta.dirname, "../.next");
if (!existsSync(join(next, "BUILD_ID"))) {
  console.error("apps/web is not built: run `npx turbo run build --filter=@cchc/web` first.");
  process.exit(1);
}
const build = JSON.parse(readFileSync(join(next, "build-manifest.json"), "utf8"));
const sizeOf = new Map();
function size(file) {
  if (!sizeOf.has(file)) {
    const body = readFileSync(join(next, file));
    sizeOf.set(file, { raw: body.length, gzip: gzipSync(body).length });
  }
  return sizeOf.get(file);
}

function* manifests(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* manifests(path);
    else if (entry === "page_client-reference-manifest.js") yield path;
  }
}

const rows = [];
for (const file of manifests(join(next, "server/app"))) {
  globalThis.__RSC_MANIFEST = {};
  new Function(readFileSync(file, "utf8"))();
  const [[key, manifest]] = Object.entries(globalThis.__RSC_MANIFEST);
  const route = key.replace(/\/page$/, "") || "/";
  if (route.startsWith("/_")) continue;
  const files = new Set([...build.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()]);
  const total = [...files]
    .map(size)
    .reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
  rows.push({ route, files: files.size, ...total });
}
rows.sort((a, b) => a.route.localeCompare(b.route));
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log("First-load JS per route (production build)");
console.log(`${"route".padEnd(22)}${"files".padStart(6)}${"raw".padStart(12)}${"gzip".padStart(12)}`);
for (const r of rows)
  console.log(`${r.route.padEnd(22)}${String(r.files).padStart(6)}${kB(r.raw).padStart(12)}${kB(r.gzip).padStart(12)}`);
const shared = build.rootMainFiles.map(size).reduce((a, s) => a + s.gzip, 0);
console.log(`shared by all routes: ${kB(shared)} gzip (${build.rootMainFiles.length} files)`);
