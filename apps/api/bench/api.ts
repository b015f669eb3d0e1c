/**
 * npm run bench:api — latency and throughput of the analysts' main operations
 * against a generated dataset (63 provinces × 2011–2025 × every component;
 * 200,000 activities), side by side with the same data served by hand-written
 * SQL over node:http (bench/baseline.ts). The servers run in a child process;
 * autocannon (10 connections) runs here. A benchmark, not a test.
 *
 * BENCH_DRIVER=pglite|postgres (default: both when TEST_DATABASE_URL is set),
 * BENCH_SECONDS per run (default 8), BENCH_WARMUP seconds before each
 * (default 5), BENCH_ACTIVITIES (default 200,000), BENCH_OPS=ranking,activityStats
 * to run only some operations.
 *
 * Besides latency, each run prints the server process's CPU time per request
 * (user + system, from process.cpuUsage()): on a shared 2-core machine where
 * the load generator, the server and PostgreSQL compete, latency moves by a
 * third between runs of the same code; the API's own CPU per request moves far
 * less, and it is what a change to the API changes.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { resolve } from "node:path";
import autocannon from "autocannon";
import { testDrivers } from "@cchc/db/testing";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
/**
 * A fresh server needs several seconds of load before V8 has optimised the
 * hot paths and sized its heap: measured per request, its CPU in the first
 * 5 s was 1,5–2× the steady state's (ranking 0,99 vs 0,53 ms, profile 1,45 vs
 * 0,76 ms). A 2 s warm-up left the first operation measured half cold.
 */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const CONNECTIONS = 10;

/** What each operation asks for; bench/baseline.ts serves the same data. */
const OPERATIONS: Record<string, string> = {
  subjectProfile: `{ subjectProfile(subject: "40", year: 2024) { indices { index { code } total { value rank outOf previousValue rankChange nationalMean nationalMedian regionMean peerMean zScore percentile } components { component { id nameVi } value rank outOf valueChange nationalMean zScore } drivers { component { id } valueChange } } } }`,
  ranking: `{ ranking(index: PAPI, year: 2023) { rows { subject { code nameVi region { nameVi } } value rank publishedRank outOf status } stats { count mean median min max } } }`,
  activityStats: `{ activityStats(groupBy: [UNIT], period: MONTH) { period keys count reachSum } }`,
  alignment: `{ alignment(subject: "40", topic: "N04", lagYears: 1) { years { year dose meanZChange } spearman n insufficientData } }`,
};

/** Operations the API answers from rollups; the baseline has a rollup version of these too. */
const ROLLUP_BASELINES = ["activityStats", "alignment"];

interface Figures {
  median: number;
  p95: number;
  rps: number;
  errors: number;
  /** The server process's CPU (user + system) per answered request, µs. */
  cpu: number;
}

/** The server process's CPU time so far, µs (serve.ts answers /__cpu on the baseline's port). */
let cpuUrl = "";
const serverCpu = async () => {
  const { user, system } = (await (await fetch(cpuUrl)).json()) as { user: number; system: number };
  return user + system;
};

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function load(
  url: string,
  init: { method: "GET" | "POST"; headers?: Record<string, string>; body?: string },
  seconds: number,
): Promise<Figures> {
  const times: number[] = [];
  const cpuBefore = await serverCpu();
  const result = await new Promise<autocannon.Result>((res, rej) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds, ...init }, (err, r) =>
      err ? rej(err) : res(r),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  const cpu = (await serverCpu()) - cpuBefore;
  times.sort((a, b) => a - b);
  return {
    median: percentile(times, 50),
    p95: percentile(times, 95),
    rps: result.requests.average,
    errors: result.errors + result.non2xx,
    cpu: times.length ? cpu / times.length : Number.NaN,
  };
}

async function check(url: string, init: RequestInit, name: string) {
  const res = await fetch(url, init);
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (res.status !== 200 || body.errors || !body.data)
    throw new Error(`${name} at ${url}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
}

const fmt = (n: number, digits = 1) =>
  n.toLocaleString("vi-VN", { maximumFractionDigits: digits, minimumFractionDigits: digits });

for (const driver of testDrivers().filter((d) => !process.env.BENCH_DRIVER || d === process.env.BENCH_DRIVER)) {
  const child = spawn(
    resolve(import.meta.dirname, "../../../node_modules/.bin/tsx"),
    [resolve(import.meta.dirname, "serve.ts")],
    {
      env: { ...process.env, BENCH_DRIVER: driver },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const ready = await new Promise<{
    graphqlUrl: string;
    baselineUrl: string;
    token: string;
    indexValues: number;
    activities: number;
    setupSeconds: number;
  }>((res, rej) => {
    createInterface({ input: child.stdout! }).once("line", (line) => res(JSON.parse(line)));
    child.once("exit", (code) => rej(new Error(`bench server exited (${code})`)));
  });
  console.log(
    `\n${driver}: ${ready.indexValues.toLocaleString("vi-VN")} generated index values, ${ready.activities.toLocaleString("vi-VN")} activities (set up in ${fmt(ready.setupSeconds)} s); ${CONNECTIONS} connections, ${SECONDS} s per run`,
  );
  cpuUrl = `${ready.baselineUrl}/__cpu`;
  console.log(
    "operation        | GraphQL median / p95 ms, req/s, CPU µs/req | SQL median / p95 ms, req/s, CPU µs/req | ratio (median) | ratio (req/s)",
  );
  try {
    const only = process.env.BENCH_OPS?.split(",");
    for (const [name, query] of Object.entries(OPERATIONS).filter(([n]) => !only || only.includes(n))) {
      const gql = {
        method: "POST" as const,
        headers: { "content-type": "application/json", authorization: `Bearer ${ready.token}` },
        body: JSON.stringify({ query }),
      };
      const base = { method: "GET" as const };
      const baseUrl = `${ready.baselineUrl}/${name}`;
      // GraphQL first, warm-up and run, then the baseline: a slow baseline's warm-up requests (alignment
      // scanning a million activities) keep running in the database after autocannon stops, and the
      // GraphQL run measured next would mostly wait for them.
      await check(ready.graphqlUrl, gql, name);
      await load(ready.graphqlUrl, gql, WARMUP); // warm-up: plans cached, JIT warm (WARMUP)
      const g = await load(ready.graphqlUrl, gql, SECONDS);
      await check(baseUrl, base, name);
      await load(baseUrl, base, WARMUP);
      const b = await load(baseUrl, base, SECONDS);
      if (g.errors || b.errors) console.log(`  ${name}: ${g.errors} GraphQL / ${b.errors} SQL failed requests`);
      const line = (label: string, b: Figures) =>
        console.log(
          `${label.padEnd(16)} | ${fmt(g.median).padStart(7)} / ${fmt(g.p95).padStart(7)}, ${fmt(g.rps, 0).padStart(6)}, ${fmt(g.cpu, 0).padStart(6)}  | ${fmt(b.median).padStart(7)} / ${fmt(b.p95).padStart(7)}, ${fmt(b.rps, 0).padStart(6)}, ${fmt(b.cpu, 0).padStart(6)} | ${fmt(g.median / b.median, 2).padStart(14)} | ${fmt(b.rps / g.rps, 2).padStart(13)}`,
        );
      line(name, b);
      // Where the API reads a rollup, the SQL side also reads it: the ratio of GraphQL's own cost.
      if (ROLLUP_BASELINES.includes(name)) {
        const rollupUrl = `${ready.baselineUrl}/${name}.rollup`;
        await check(rollupUrl, base, `${name}.rollup`);
        await load(rollupUrl, base, WARMUP);
        const r = await load(rollupUrl, base, SECONDS);
        if (r.errors) console.log(`  ${name}.rollup: ${r.errors} SQL failed requests`);
        line("  SQL on rollup", r);
      }
    }
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}
