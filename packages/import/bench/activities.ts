/**
 * npm run bench:import — generates a 100,000-row activity log (CSV), imports it
 * into a fresh, seeded PGlite database in a data directory on disk, as
 * `npm start` runs it (and PostgreSQL with TEST_DATABASE_URL), and prints the
 * time and the peak memory. A benchmark, not a test.
 *
 * BENCH_DRIVER=pglite|postgres, BENCH_ROWS (default 100,000),
 * BENCH_READER_THREAD=0|1 to force reading on this thread or its own (default: by file size),
 * BENCH_PROFILE=<file>: a CPU profile of the first import only (<file>.<driver>.cpuprofile).
 */
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type DbHandle, migrate, seed } from "@cchc/db";
import { createTestDb, testDrivers } from "@cchc/db/testing";
import { runImport } from "../src/index";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const units = [
  "Văn phòng Sở",
  "Trung tâm Thông tin KHCN và Tin học",
  "Tạp chí KH&CN",
  "Phòng chuyên môn",
  "Bộ phận một cửa",
];
const topics = ["N01", "N02", "N03", "N04.02", "N04.03", "N04.08", "N04.11", "N04.14"];
const path = join(mkdtempSync(join(tmpdir(), "cchc-bench-")), "activities.csv");
const out = createWriteStream(path);
out.write("Ngày bắt đầu,Ngày kết thúc,Đơn vị,Hình thức,Kênh,Nội dung,Tiêu đề,Số lượt tiếp cận\n");
for (let i = 0; i < ROWS; i++) {
  const d = new Date(Date.UTC(2021, 0, 1 + (i % 1460)));
  const dd = `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
  const line = `${dd},${dd},${units[i % 5]},F${(i % 5) + 1},ngheandost.gov.vn,"${topics[i % 8]}; ${topics[(i + 3) % 8]}",Tin bài cải cách hành chính số ${i + 1},${(i * 37) % 5000}\n`;
  if (!out.write(line)) await new Promise<void>((r) => out.once("drain", () => r()));
}
await new Promise<void>((r) => out.end(() => r()));

// PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server (a throw-away database is created on it).
for (const driver of testDrivers().filter((d) => !process.env.BENCH_DRIVER || d === process.env.BENCH_DRIVER)) {
  // In-memory PGlite would time its in-memory file system growing (a third of the run), which `npm start` does not have.
  const dataDir = driver === "pglite" ? mkdtempSync(join(tmpdir(), "cchc-bench-pglite-")) : null;
  const h: DbHandle = dataDir ? await createDb({ dataDir }) : await createTestDb(driver);
  if (dataDir) await migrate(h);
  await seed(h.db, { demo: false });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const profiler = process.env.BENCH_PROFILE ? new Session() : null;
  profiler?.connect();
  await profiler?.post("Profiler.enable");
  await profiler?.post("Profiler.start");
  const t0 = performance.now();
  const report = await runImport(h.db, path, {
    by: "bench",
    ...(process.env.BENCH_READER_THREAD ? { readerThread: process.env.BENCH_READER_THREAD === "1" } : {}),
  });
  const ms = performance.now() - t0;
  if (profiler)
    writeFileSync(
      `${process.env.BENCH_PROFILE}.${driver}.cpuprofile`,
      JSON.stringify((await profiler.post("Profiler.stop")).profile),
    );
  clearInterval(timer);
  console.log(
    `${driver}: import of ${ROWS.toLocaleString("vi-VN")} activity rows (${(statSync(path).size / 1048576).toFixed(1)} MB CSV): ${(ms / 1000).toFixed(2)} s, ${report.insert} inserted, ${report.rejected.length} rejected, peak RSS ${(peak / 1048576).toFixed(0)} MB`,
  );
  const t1 = performance.now();
  const again = await runImport(h.db, path, { by: "bench" });
  console.log(
    `${driver}: re-import of the same file: ${((performance.now() - t1) / 1000).toFixed(2)} s, ${again.unchanged} unchanged, ${again.insert + again.update} written`,
  );
  await h.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
