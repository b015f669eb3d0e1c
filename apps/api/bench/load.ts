/**
 * npm run bench:load — the dashboard under many users: a mix of its read
 * operations (profile, ranking, series, comparison, activity statistics,
 * alignment), each request a different one in turn, at 50 and then 200
 * connections for BENCH_LOAD_SECONDS (default 30) each, against one API
 * process on the benchmark dataset (bench/serve.ts: BENCH_DRIVER,
 * BENCH_ACTIVITIES, BENCH_DATABASE_URL to reuse a generated database) with
 * the product's default in-memory response cache (BENCH_CACHE=off to run
 * every operation). Prints requests/s, p50/p95/p99 latency, errors, and the
 * API process's resident memory before and after each run. A benchmark, not a test.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import autocannon from "autocannon";

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const CONNECTIONS = (process.env.BENCH_LOAD_CONNECTIONS ?? "50,200").split(",").map(Number);

/** The dashboard's reads, with the years and subjects its pages ask for. */
const MIX = [
  `{ subjectProfile(subject: "40", year: 2024) { indices { index { code } total { value rank outOf previousValue rankChange nationalMean nationalMedian regionMean peerMean zScore percentile } components { component { id nameVi } value rank outOf valueChange nationalMean zScore } drivers { component { id } valueChange } } } }`,
  `{ ranking(index: PAPI, year: 2023) { rows { subject { code nameVi region { nameVi } } value rank publishedRank outOf status } stats { count mean median min max } } }`,
  `{ indexSeries(subject: "40", index: PAPI) { year value rank outOf zScore methodologyVersion { code } } }`,
  `{ compareSeries(subjects: ["40", "42", "38", "44"], index: PAPI) { subject { code nameVi } points { year value rank } } }`,
  `{ activityStats(groupBy: [UNIT], period: MONTH) { period keys count reachSum } }`,
  `{ alignment(subject: "40", topic: "N04", lagYears: 1) { years { year dose meanZChange } spearman n insufficientData } }`,
];

const rssMb = (pid: number) => {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
  return kb / 1024;
};
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const fmt = (n: number, d = 1) => n.toLocaleString("vi-VN", { maximumFractionDigits: d, minimumFractionDigits: d });

const driver = process.env.BENCH_DRIVER ?? (process.env.TEST_DATABASE_URL ? "postgres" : "pglite");
const child = spawn(
  resolve(import.meta.dirname, "../../../node_modules/.bin/tsx"),
  [resolve(import.meta.dirname, "serve.ts")],
  {
    env: { BENCH_CACHE: "memory", ...process.env, BENCH_DRIVER: driver },
    stdio: ["ignore", "pipe", "inherit"],
  },
);
const ready = await new Promise<{
  pid: number;
  graphqlUrl: string;
  token: string;
  indexValues: number;
  activities: number;
}>((res, rej) => {
  createInterface({ input: child.stdout! }).once("line", (line) => res(JSON.parse(line)));
  child.once("exit", (code) => rej(new Error(`bench server exited (${code})`)));
});
const headers = { "content-type": "application/json", authorization: `Bearer ${ready.token}` };
const requests = MIX.map((query) => ({ method: "POST" as const, headers, body: JSON.stringify({ query }) }));
console.log(
  `\n${driver}: ${ready.indexValues.toLocaleString("vi-VN")} index values, ${ready.activities.toLocaleString("vi-VN")} activities; ` +
    `${MIX.length} operations in turn, ${SECONDS} s per run, response cache ${process.env.BENCH_CACHE ?? "memory"}`,
);
console.log("connections | req/s  | p50 ms | p95 ms | p99 ms | errors | API RSS MB before → 3 s → 10 s after");
try {
  // Warm-up: every operation once, so the first run does not pay for plans and compilation alone.
  for (const r of requests) await fetch(ready.graphqlUrl, r);
  for (const connections of CONNECTIONS) {
    const before = rssMb(ready.pid);
    const times: number[] = [];
    const result = await new Promise<autocannon.Result>((res, rej) => {
      const run = autocannon(
        { url: ready.graphqlUrl, connections, duration: SECONDS, requests, timeout: 10 },
        (err, r) => (err ? rej(err) : res(r)),
      );
      run.on("response", (_c, _s, _b, ms) => times.push(ms));
    });
    // RSS "after": 3 s after the run, and 10 s after (V8 gives unused heap pages back once the
    // process is idle for a few seconds): what a user would see a moment later.
    await new Promise((r) => setTimeout(r, 3_000));
    const after = rssMb(ready.pid);
    await new Promise((r) => setTimeout(r, 7_000));
    const settled = rssMb(ready.pid);
    times.sort((a, b) => a - b);
    const errors = result.errors + result.non2xx + result.timeouts;
    console.log(
      `${String(connections).padStart(11)} | ${fmt(result.requests.average, 0).padStart(6)} | ${fmt(pct(times, 50)).padStart(6)} | ${fmt(pct(times, 95)).padStart(6)} | ${fmt(pct(times, 99)).padStart(6)} | ${String(errors).padStart(6)} | ${fmt(before, 0)} → ${fmt(after, 0)} → ${fmt(settled, 0)}`,
    );
  }
} finally {
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
}
