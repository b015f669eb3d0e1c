import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { MAX_FILE_BYTES } from "@cchc/import";

export class UploadTooLarge extends Error {}

/**
 * Files sent for import are stored here (POST /uploads) and referred to by id
 * from previewImport / commitImport, so a 50 MB spreadsheet never travels
 * inside a GraphQL document. Uploads older than a day are removed on start.
 */
export class Uploads {
  constructor(readonly dir: string) {}

  async save(req: IncomingMessage, fileName: string, uploadedBy: string): Promise<{ id: string; size: number }> {
    await mkdir(this.dir, { recursive: true });
    const id = randomUUID();
    const path = join(this.dir, id);
    let size = 0;
    const limited = async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        size += chunk.length;
        if (size > MAX_FILE_BYTES) throw new UploadTooLarge(`upload over ${MAX_FILE_BYTES / 1048576} MB`);
        yield chunk;
      }
    };
    try {
      await pipeline(req, limited, createWriteStream(path));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    await writeFile(
      `${path}.json`,
      JSON.stringify({ fileName: fileName.normalize("NFC"), uploadedBy, size, at: new Date().toISOString() }),
    );
    return { id, size };
  }

  /** Path and original name of an upload, or null when the id is unknown. */
  async get(id: string): Promise<{ path: string; fileName: string } | null> {
    if (!/^[0-9a-f-]{36}$/.test(id)) return null;
    const path = join(this.dir, id);
    const meta = await readFile(`${path}.json`, "utf8").catch(() => null);
    if (!meta || !(await stat(path).catch(() => null))) return null;
    return { path, fileName: (JSON.parse(meta) as { fileName: string }).fileName };
  }
}
