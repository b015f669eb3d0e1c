import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { constants, crc32, createDeflateRaw, deflateRawSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { writeTable } from "../src/export";
import { FileError, openTable } from "../src/read-table";

const dir = mkdtempSync(join(tmpdir(), "xlsx-bomb-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Part {
  name: string;
  /** Deflated bytes. */
  data: Buffer;
  size: number;
  crc: number;
}

/** A minimal zip writer (deflate, no data descriptors), enough to build an xlsx-shaped archive. */
function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc, 16);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(p.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    centrals.push(central, name);
    offset += local.length + name.length + p.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const small = (name: string, text: string): Part => {
  const raw = Buffer.from(text);
  return { name, data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
};

/** `mb` MB of zeros, deflated a megabyte at a time (never held inflated). */
async function zeros(name: string, mb: number): Promise<Part> {
  const block = Buffer.alloc(1 << 20);
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  let crc = 0;
  for (let i = 0; i < mb; i++) {
    crc = crc32(block, crc);
    if (!deflate.write(block)) await new Promise((r) => deflate.once("drain", r));
  }
  await new Promise((r) => deflate.end(r));
  return { name, data: Buffer.concat(out), size: mb << 20, crc };
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** Time and resident-memory growth of refusing a file. */
async function refusal(path: string) {
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  const error = await openTable(path).then(
    () => null,
    (e: unknown) => e,
  );
  const result = { error, ms: performance.now() - started, rssGrowthMb: (process.memoryUsage().rss - rss) / 1048576 };
  console.log(`${path}: refused in ${result.ms.toFixed(1)} ms, RSS +${result.rssGrowthMb.toFixed(1)} MB`);
  return result;
}

describe("XLSX zip bombs", () => {
  it("refuses 400 MB of zeros deflated to under 2 MB from the zip's directory, in well under a second", async () => {
    const sheet = await zeros("xl/worksheets/sheet1.xml", 400);
    const path = join(dir, "bomb.xlsx");
    writeFileSync(path, zip([small("[Content_Types].xml", CONTENT_TYPES), sheet]));
    expect(sheet.data.length).toBeLessThan(2 << 20);
    const { error, ms, rssGrowthMb } = await refusal(path);
    expect(error).toBeInstanceOf(FileError);
    expect((error as Error).message).toBe("Tệp XLSX giải nén ra quá lớn (400 MB > 200 MB) (FILE_TOO_LARGE)");
    expect(ms).toBeLessThan(1000);
    expect(rssGrowthMb).toBeLessThan(50);
  }, 60_000);

  it("refuses a part that inflates more than 100 times, even under 200 MB in all", async () => {
    const path = join(dir, "ratio.xlsx");
    const sheet = await zeros("xl/worksheets/sheet1.xml", 150);
    writeFileSync(path, zip([small("[Content_Types].xml", CONTENT_TYPES), sheet]));
    const { error, ms, rssGrowthMb } = await refusal(path);
    expect((error as Error).message).toMatch(
      /^Tệp XLSX có phần nén bất thường: xl\/worksheets\/sheet1\.xml giải nén ra 150 MB từ 0\.1 MB \(gấp \d+ lần > 100 lần\) \(FILE_TOO_LARGE\)$/,
    );
    expect(ms).toBeLessThan(1000);
    expect(rssGrowthMb).toBeLessThan(50);
  }, 60_000);

  it("refuses a part that inflates to more than its entry declares, as soon as it passes that size", async () => {
    const path = join(dir, "liar.xlsx");
    const sheet = await zeros("xl/worksheets/sheet1.xml", 400);
    // The directory declares 100 kB: under every limit, so only inflating tells.
    writeFileSync(path, zip([small("[Content_Types].xml", CONTENT_TYPES), { ...sheet, size: 100_000 }]));
    const { error, ms, rssGrowthMb } = await refusal(path);
    expect((error as Error).message).toMatch(
      /^Tệp XLSX hỏng hoặc khai sai kích thước khi giải nén \(too many bytes in the stream\. expected 100000\. got at least \d+\) \(INVALID_XLSX\)$/,
    );
    expect(ms).toBeLessThan(5000);
    expect(rssGrowthMb).toBeLessThan(100);
  }, 60_000);

  it("refuses something that starts like a zip but is not one", async () => {
    const path = join(dir, "broken.xlsx");
    writeFileSync(path, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(1000, 7)]));
    const { error } = await refusal(path);
    expect(error).toBeInstanceOf(FileError);
    expect((error as Error).message).toMatch(/^Tệp không phải XLSX hợp lệ: .* \(INVALID_XLSX\)$/);
  });
});

describe("a normal XLSX", () => {
  it("is read as before, parsed on a reader thread: the importer's event loop keeps turning", async () => {
    const path = join(dir, "log.xlsx");
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      i,
      title: `Hoạt động số ${i}`,
      when: new Date(2024, 0, 1),
    }));
    type R = (typeof rows)[number];
    await writeTable(
      path,
      "xlsx",
      [
        { header: "Số", value: (r: R) => r.i },
        { header: "Tiêu đề", value: (r: R) => r.title },
        { header: "Ghi chú", value: (r: R) => (r.i % 2 ? "=1+1" : null) },
      ],
      rows,
    );
    const before = performance.eventLoopUtilization();
    const started = performance.now();
    const table = await openTable(path);
    const elapsed = performance.now() - started;
    const busy = performance.eventLoopUtilization(before).utilization;
    console.log(`read in ${elapsed.toFixed(0)} ms, this thread busy ${(busy * 100).toFixed(0)} % of it`);
    expect(table.headers).toEqual(["Số", "Tiêu đề", "Ghi chú"]);
    const read: unknown[][] = [];
    for await (const r of table.rows) read.push([r.rowNumber, ...r.cells.values()]);
    expect(read).toHaveLength(20_000);
    expect(read[0]).toEqual([2, 0, "Hoạt động số 0", null]);
    expect(read[19_999]).toEqual([20_001, 19_999, "Hoạt động số 19999", "=1+1"]);
    // ExcelJS needs most of a second for 20,000 rows; on this thread that time would be nearly all busy.
    expect(elapsed).toBeGreaterThan(200);
    expect(busy).toBeLessThan(0.35);
  }, 60_000);

  it("keeps the XLSX thread for the next file, without keeping a finished process alive", async () => {
    const path = join(dir, "small.xlsx");
    await writeTable(path, "xlsx", [{ header: "A", value: (r: number) => r }], [1, 2, 3]);
    const script = join(dir, "open-twice.mts");
    const src = join(import.meta.dirname, "../src/read-table.ts");
    writeFileSync(
      script,
      `import { openTable } from ${JSON.stringify(src)};
for (let i = 0; i < 2; i++) {
  const t0 = performance.now();
  const table = await openTable(${JSON.stringify(path)});
  for await (const _ of table.rows);
  console.log(Math.round(performance.now() - t0));
}
`,
    );
    const started = performance.now();
    const out = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ["--import", "tsx", script], { cwd: import.meta.dirname }, (e, stdout, stderr) =>
        e ? reject(new Error(`${e.message}\n${stderr}`)) : resolve(stdout),
      ),
    );
    const [first, second] = out.trim().split("\n").map(Number);
    console.log(
      `first open ${first} ms (thread start), second ${second} ms; process done in ${Math.round(performance.now() - started)} ms`,
    );
    expect(second).toBeLessThan(first! / 3);
    // The idle thread lives 30 s; the process ended long before.
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);
});
