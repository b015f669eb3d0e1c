/**
 * npm run bench:impact — the impact ladder through the API on the stored PAPI
 * panel (63 provinces × 14 years, 2011–2024, imported from ../shared/data as
 * `npm start` does): one panel statement, then the synthetic control with
 * every in-space placebo (each complete province refitted as if treated),
 * leave-one-out, the in-time placebo, DiD with its placebo families and the
 * relative change. The fit never crosses PAPI's 2018 methodology change, so a
 * window holds 7 of the 14 years. Sequential requests over HTTP (one at a
 * time: the work is CPU, not waiting), after warm-up. A benchmark, not a test.
 *
 * BENCH_DRIVER=pglite|postgres (default: both when TEST_DATABASE_URL is set),
 * BENCH_RUNS per case (default 20).
 */
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import { createServiceToken, seed } from "@cchc/db";
import { createTestDb, testDrivers } from "@cchc/db/testing";
import { runImport } from "@cchc/import";
import { createServer } from "../src/server";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const PAPI_DIR = resolve(import.meta.dirname, "../../../../shared/data/papi-subdims");
const FIELDS = `window { from to } donors { code } did { estimate space { inference { p } } time { inference { p } } }
  synth { weights { subject { nameVi } weight } placebos { subject { code } ratio gaps { year gap } } rank { p } filtered { p }
  leaveOneOut { min max } inTime { effect } verdict { level text } } relativeChange { percentile }`;
const CASES: Record<string, string> = {
  "ALL, total, 2018–2024 (treated 2022)": `{ impact(subject: "40", index: PAPI, treatedFrom: 2022, comparison: ALL) { ${FIELDS} } }`,
  "ALL, total, 2011–2017 (treated 2015)": `{ impact(subject: "40", index: PAPI, treatedFrom: 2015, comparison: ALL) { ${FIELDS} } }`,
  "ALL, PAPI.D5 + outcome placebos (treated 2022)": `{ impact(subject: "40", index: PAPI, component: "PAPI.D5", treatedFrom: 2022, comparison: ALL) { ${FIELDS} did { outcome { inference { p } } } } }`,
  "PEERS, total (treated 2022)": `{ impact(subject: "40", index: PAPI, treatedFrom: 2022) { ${FIELDS} } }`,
  "rankTarget, PAPI 2023, top 10": `{ rankTarget(subject: "40", index: PAPI, year: 2023, targetRank: 10) { components { delta rankReached } } }`,
};

const fmt = (n: number) => n.toLocaleString("vi-VN", { maximumFractionDigits: 0 });
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

for (const driver of testDrivers().filter((d) => !process.env.BENCH_DRIVER || d === process.env.BENCH_DRIVER)) {
  const handle = await createTestDb(driver);
  await seed(handle.db, { demo: false });
  await runImport(handle.db, PAPI_DIR, { by: "bench" });
  const { token } = await createServiceToken(handle.db, { name: "bench", role: "viewer", createdBy: "bench" });
  // Errors only: the per-request log line would drown the table.
  const api = await createServer({ db: handle.db, log: (m, e) => e instanceof Error && console.error(m, e) });
  const url = await api.listen(0);
  const ask = async (query: string) => {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { errors?: unknown; data?: { impact?: { synth: { placebos: unknown[] } } } };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 400));
    const cpu = process.cpuUsage(cpu0);
    return {
      ms: performance.now() - t0,
      cpuMs: (cpu.user + cpu.system) / 1000,
      units: body.data?.impact?.synth.placebos.length ?? 0,
    };
  };
  console.log(`\nimpact through the API on ${driver} (${RUNS} sequential requests after 3 warm-up; ms)`);
  // CPU: this process's user + system time per request (server, client and, for PGlite, the database):
  // what a request costs on an idle core, whatever else the machine runs. Wall time depends on the load.
  console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
  console.log("case | units | wall median | wall p95 | CPU median | CPU p95");
  for (const [name, query] of Object.entries(CASES)) {
    for (let i = 0; i < 3; i++) await ask(query);
    const runs: { ms: number; cpuMs: number; units: number }[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await ask(query));
    const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
    const cpu = runs.map((r) => r.cpuMs).sort((a, b) => a - b);
    console.log(
      `${name} | ${runs[0]!.units || "–"} | ${fmt(pct(ms, 50))} | ${fmt(pct(ms, 95))} | ${fmt(pct(cpu, 50))} | ${fmt(pct(cpu, 95))}`,
    );
  }
  await api.stop();
  await handle.close();
}
