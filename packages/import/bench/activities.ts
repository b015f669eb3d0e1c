/**
 * npm run bench:import — generates a 100,000-row activity log (CSV), imports it
 * into a fresh, seeded, in-memory PGlite database (and PostgreSQL with
 * TEST_DATABASE_URL) and prints the time and the peak memory. A benchmark, not a test.
 */
import { createWriteStream, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seed } from "@cchc/db";
import { createTestDb, testDrivers } from "@cchc/db/testing";
import { runImport } from "../src/index";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const units = ["Văn phòng Sở", "Trung tâm Thông tin KHCN và Tin học", "Tạp chí KH&CN", "Phòng chuyên môn", "Bộ phận một cửa"];
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
  const h = await createTestDb(driver);
  await seed(h.db, { demo: false });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  const report = await runImport(h.db, path, { by: "bench" });
  const ms = performance.now() - t0;
  clearInterval(timer);
  console.log(`${driver}: import of ${ROWS.toLocaleString("vi-VN")} activity rows (${(statSync(path).size / 1048576).toFixed(1)} MB CSV): ${(ms / 1000).toFixed(2)} s, ${report.insert} inserted, ${report.rejected.length} rejected, peak RSS ${(peak / 1048576).toFixed(0)} MB`);
  const t1 = performance.now();
  const again = await runImport(h.db, path, { by: "bench" });
  console.log(`${driver}: re-import of the same file: ${((performance.now() - t1) / 1000).toFixed(2)} s, ${again.unchanged} unchanged, ${again.insert + again.update} written`);
  await h.close();
}
