/**
 * The server side of `npm run bench:api`, in its own process so the load
 * generator does not share its CPU: a fresh database (BENCH_DRIVER), seeded,
 * the generated dataset, the API and the hand-written-SQL baseline on free
 * ports. Prints one JSON line when ready; SIGTERM drops the database.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { createDb, createServiceToken, migrate, queryRows, seed, sql } from "@cchc/db";
import { createTestDb, type TestDriver } from "@cchc/db/testing";
import pino from "pino";
import { createLogger } from "../src/plugins/logging";
import { memoryStore } from "../src/plugins/response-cache";
import { createServer } from "../src/server";
import { startBaseline } from "./baseline";
import { generateDataset } from "./dataset";

const driver = (process.env.BENCH_DRIVER ?? "pglite") as TestDriver;
const t0 = performance.now();
const activities = Number(process.env.BENCH_ACTIVITIES ?? 200_000);
/**
 * BENCH_DATABASE_URL (PostgreSQL): a dedicated benchmark database, migrated,
 * seeded and generated on first use and reused by later runs (a million
 * activities take minutes to generate). Otherwise a fresh database, dropped
 * at the end. The production pool size (createDb's default) either way.
 */
const reuse = driver === "postgres" ? process.env.BENCH_DATABASE_URL : undefined;
const handle = reuse ? await createDb({ url: reuse, max: 10 }) : await createTestDb(driver, { max: 10 });
if (reuse) await migrate(handle);
const [existing] = reuse
  ? await queryRows<{ indexValues: number; activities: number }>(
      handle.db,
      sql`SELECT (SELECT count(*)::int FROM index_values WHERE source_url = 'bench:generated') AS "indexValues",
                 (SELECT count(*)::int FROM activities) AS activities`,
    )
  : [];
let counts: { indexValues: number; activities: number };
if (existing?.indexValues) {
  if (existing.activities !== activities)
    throw new Error(
      `${reuse} holds ${existing.activities} activities, not BENCH_ACTIVITIES=${activities}: use another database`,
    );
  counts = existing;
} else {
  await seed(handle.db, { demo: false });
  counts = await generateDataset(handle.db, activities);
  await handle.db.execute(sql`ANALYZE`);
}
const { token } = await createServiceToken(handle.db, { name: "bench", role: "viewer", createdBy: "bench" });
// BENCH_CACHE=memory: the product's default response cache (bench:load); bench:api measures the work itself.
// Errors only on stderr (pino, JSON): a line per request written to the console costs the API
// process CPU the hand-written server does not spend. BENCH_LOG_LEVEL=info logs every request.
const api = await createServer({
  db: handle.db,
  logger: createLogger(process.env.BENCH_LOG_LEVEL ?? "warn", pino.destination(2)),
  ...(process.env.BENCH_CACHE === "memory" ? { responseCache: memoryStore() } : {}),
});
const graphqlUrl = await api.listen(0);
const baseline = await startBaseline(handle.db);
// BENCH_PROFILE=<file>: a CPU profile of the serving only (not the set-up), written on SIGTERM.
const profiler = process.env.BENCH_PROFILE ? new Session() : null;
if (profiler) {
  profiler.connect();
  await profiler.post("Profiler.enable");
  await profiler.post("Profiler.start");
}
console.log(
  JSON.stringify({
    pid: process.pid,
    graphqlUrl,
    baselineUrl: baseline.url,
    token,
    ...counts,
    setupSeconds: (performance.now() - t0) / 1000,
  }),
);

process.once("SIGTERM", async () => {
  if (profiler)
    writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify((await profiler.post("Profiler.stop")).profile));
  baseline.server.close();
  await api.stop();
  await handle.close();
  process.exit(0);
});
