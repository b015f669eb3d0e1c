import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DbHandle } from "@cchc/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCatalogues, type CatalogueRows } from "../src/catalogues";
import { runImport } from "../src/index";
import { type ActivityRecord, readActivityChunks } from "../src/kinds/activities";
import { loadCatalogueRows } from "../src/matchers";
import { FileError } from "../src/read-table";
import { readActivityChunksInThread } from "../src/reader";
import type { Rejection } from "../src/report";
import { fingerprint, seededDb, tmp } from "./helpers";

/**
 * Large activity logs are parsed and validated on a thread of their own. It
 * must give exactly what reading on the importer's thread gives: the same
 * records in the same chunks, the same rejections in the same order.
 */
describe("reading an activity log on its own thread", () => {
  let h: DbHandle;
  let catalogueRows: CatalogueRows;
  const dir = tmp();
  beforeAll(async () => {
    h = await seededDb("pglite", false);
    catalogueRows = await loadCatalogueRows(h.db);
  });
  afterAll(() => h?.close());

  const header = "Ngày bắt đầu,Ngày kết thúc,Đơn vị,Hình thức,Kênh,Nội dung,Tiêu đề,Số lượt tiếp cận\n";
  /** 30 rows, a bad one every seventh (an unknown unit, a negative reach or a duplicate, in turn). */
  function logFile(): string {
    const lines = Array.from({ length: 30 }, (_, i) => {
      const day = String((i % 28) + 1).padStart(2, "0");
      if (i % 7 === 3) return `${day}/03/2024,${day}/03/2024,Phòng không có,F1,,N01,Tin số ${i},10`;
      if (i % 7 === 5) return `${day}/03/2024,${day}/03/2024,Văn phòng Sở,F1,,N01,Tin số ${i},-4`;
      if (i === 20) return `01/03/2024,01/03/2024,Văn phòng Sở,F1,,N01; N03,Tin số 0,10`;
      return `${day}/03/2024,${day}/03/2024,Văn phòng Sở,F1,,N01; N03,Tin số ${i},${i * 10}`;
    });
    const path = join(dir, "log.csv");
    writeFileSync(path, header + lines.join("\n"));
    return path;
  }

  async function collect(chunks: AsyncIterable<ActivityRecord[]>) {
    const out: ActivityRecord[][] = [];
    for await (const c of chunks) out.push(c);
    return out;
  }

  it("yields the same chunks and rejections as reading on this thread", async () => {
    const path = logFile();
    const inline: Rejection[] = [];
    const threaded: Rejection[] = [];
    const expected = await collect(readActivityChunks(path, buildCatalogues(catalogueRows), inline, 4));
    const actual = await collect(readActivityChunksInThread(path, catalogueRows, threaded, 4));
    expect(expected.flat()).toHaveLength(21);
    expect(inline.map((r) => r.row)).toEqual([5, 7, 12, 14, 19, 21, 22, 26, 28]);
    expect(actual).toEqual(expected);
    expect(threaded).toEqual(inline);
  });

  it("reports a whole-file problem as a FileError with the same message", async () => {
    const path = join(dir, "binary.csv");
    writeFileSync(path, Buffer.from([0x4e, 0x67, 0, 1, 2, 3]));
    const inline = await collect(readActivityChunks(path, buildCatalogues(catalogueRows), [])).catch((e: unknown) => e);
    const threaded = await collect(readActivityChunksInThread(path, catalogueRows, [])).catch((e: unknown) => e);
    expect(inline).toBeInstanceOf(FileError);
    expect(threaded).toBeInstanceOf(FileError);
    expect((threaded as Error).message).toBe((inline as Error).message);
  });

  it("stops the thread when the importer stops early", async () => {
    const chunks = readActivityChunksInThread(logFile(), catalogueRows, [], 2);
    const first = await chunks.next();
    expect(first.value).toHaveLength(2);
    await chunks.return(undefined);
    expect((await chunks.next()).done).toBe(true);
  });

  it("imports through the thread with the same report, and a refused file writes nothing", async () => {
    const path = logFile();
    const before = await fingerprint(h);
    const viaThread = await runImport(h.db, path, { by: "test", readerThread: true }).catch(
      (e: { report?: unknown }) => e.report,
    );
    const inline = await runImport(h.db, path, { by: "test", readerThread: false }).catch(
      (e: { report?: unknown }) => e.report,
    );
    expect(viaThread).toEqual(inline);
    expect(viaThread).toMatchObject({ committed: false, rows: 30, insert: 21 });
    expect(await fingerprint(h)).toEqual(before);
  });
});
