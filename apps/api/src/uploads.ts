import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { chmod, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { MAX_FILE_BYTES } from "@cchc/import";

/** An upload refused for its size or the person's quota; `status` is the HTTP answer (413 or 400). */
export class UploadRefused extends Error {
  constructor(
    message: string,
    readonly status: 413 | 400,
    readonly code: "PAYLOAD_TOO_LARGE" | "UPLOAD_QUOTA",
  ) {
    super(message);
  }
}

export interface UploadLimits {
  /** Files one person may have waiting at once (default 10). */
  maxFiles: number;
  /** Bytes one person may have waiting at once (default 200 MB). */
  maxBytes: number;
  /** Age after which a waiting file is removed (default 24 h). */
  maxAgeMs: number;
  /** How often the sweeper runs (default hourly; 0: never, call sweep() yourself). */
  sweepEveryMs: number;
  /** The clock (tests move it). */
  now: () => number;
}

const DEFAULTS: UploadLimits = {
  maxFiles: 10,
  maxBytes: 200 * 1024 * 1024,
  maxAgeMs: 24 * 60 * 60 * 1000,
  sweepEveryMs: 60 * 60 * 1000,
  now: Date.now,
};

/** Upload ids are random (v4) UUIDs: 122 random bits, never guessed; nothing else names a file. */
const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface Meta {
  fileName: string;
  userId: string;
  uploadedBy: string;
  size: number;
  at: string;
}

const parseMeta = (raw: string | null): Meta | null => {
  try {
    return raw ? (JSON.parse(raw) as Meta) : null;
  } catch {
    return null;
  }
};

const mb = (bytes: number) =>
  bytes >= 1048576 ? `${Math.round(bytes / 1048576)} MB` : `${bytes.toLocaleString("vi-VN")} byte`;

/**
 * Files sent for import (POST /uploads) wait here until previewImport /
 * commitImport name them by id, so a 50 MB spreadsheet never travels inside a
 * GraphQL document. Each person has a folder of their own (mode 700, files 600)
 * and sees only their own uploads: an id uploaded by someone else is "not
 * found", so an import is committed by the person who previewed it. A file is
 * deleted once its import is committed (remove), and a sweeper removes anything
 * older than a day. A person may have at most 10 files and 200 MB waiting.
 */
export class Uploads {
  readonly limits: UploadLimits;
  /** Waiting files and bytes per folder, counted from disk on first use, then kept here (one process owns the folder). */
  private usage = new Map<string, { files: number; bytes: number }>();
  private loading = new Map<string, Promise<{ files: number; bytes: number }>>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly dir: string,
    limits: Partial<UploadLimits> = {},
  ) {
    this.limits = { ...DEFAULTS, ...limits };
    if (this.limits.sweepEveryMs > 0) {
      const sweep = () => void this.sweep().catch(() => {});
      setTimeout(sweep, 0).unref();
      this.timer = setInterval(sweep, this.limits.sweepEveryMs).unref();
    }
  }

  /** Stop the sweeper (the timer is unref'd: it never keeps the process alive anyway). */
  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** A person's folder: the user id itself when it is a plain name (it is: "svc-…" or better-auth's ids), else its hash. */
  private folder(userId: string): string {
    const name = /^[A-Za-z0-9_-]{1,100}$/.test(userId)
      ? userId
      : `h-${createHash("sha256").update(userId).digest("hex").slice(0, 40)}`;
    return join(this.dir, name);
  }

  private async privateDir(path: string) {
    await mkdir(path, { recursive: true, mode: 0o700 });
    await chmod(path, 0o700);
  }

  private usageOf(folder: string): Promise<{ files: number; bytes: number }> {
    const known = this.usage.get(folder);
    if (known) return Promise.resolve(known);
    let pending = this.loading.get(folder);
    if (!pending) {
      pending = (async () => {
        const usage = { files: 0, bytes: 0 };
        for (const name of await readdir(folder).catch(() => [] as string[])) {
          if (!name.endsWith(".json")) continue;
          const info = await stat(join(folder, name.slice(0, -5))).catch(() => null);
          if (!info) continue;
          usage.files++;
          usage.bytes += info.size;
        }
        this.usage.set(folder, usage);
        this.loading.delete(folder);
        return usage;
      })();
      this.loading.set(folder, pending);
    }
    return pending;
  }

  async save(
    req: AsyncIterable<Buffer> | IncomingMessage,
    fileName: string,
    owner: { userId: string; name: string },
  ): Promise<{ id: string; size: number }> {
    const { maxFiles, maxBytes } = this.limits;
    await this.privateDir(this.dir);
    const folder = this.folder(owner.userId);
    await this.privateDir(folder);
    const usage = await this.usageOf(folder);
    // From here to the end of the stream, the counts are checked and changed without awaiting in between.
    if (usage.files >= maxFiles)
      throw new UploadRefused(
        `Bạn đã có ${usage.files} tệp tải lên đang chờ nhập (tối đa ${maxFiles} tệp); hãy nhập hoặc chờ các tệp cũ được xoá sau 24 giờ (UPLOAD_QUOTA)`,
        400,
        "UPLOAD_QUOTA",
      );
    usage.files++;
    const id = randomUUID();
    const path = join(folder, id);
    let size = 0;
    const limited = async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        size += chunk.length;
        usage.bytes += chunk.length;
        if (size > MAX_FILE_BYTES)
          throw new UploadRefused(
            `Tệp tải lên vượt quá ${mb(MAX_FILE_BYTES)} (PAYLOAD_TOO_LARGE)`,
            413,
            "PAYLOAD_TOO_LARGE",
          );
        if (usage.bytes > maxBytes)
          throw new UploadRefused(
            `Các tệp tải lên đang chờ nhập của bạn vượt quá ${mb(maxBytes)}; hãy nhập hoặc chờ các tệp cũ được xoá sau 24 giờ (UPLOAD_QUOTA)`,
            413,
            "UPLOAD_QUOTA",
          );
        yield chunk;
      }
    };
    try {
      await pipeline(req, limited, createWriteStream(path, { flags: "wx", mode: 0o600 }));
      const meta: Meta = {
        fileName: fileName.normalize("NFC"),
        userId: owner.userId,
        uploadedBy: owner.name,
        size,
        at: new Date(this.limits.now()).toISOString(),
      };
      await writeFile(`${path}.json`, JSON.stringify(meta), { flag: "wx", mode: 0o600 });
    } catch (error) {
      usage.files--;
      usage.bytes -= size;
      await rm(path, { force: true });
      await rm(`${path}.json`, { force: true });
      throw error;
    }
    return { id, size };
  }

  /**
   * Path and original name of one of this person's uploads, or null when the
   * id is unknown, malformed or someone else's (the caller answers NOT_FOUND
   * for all three alike).
   */
  async get(id: string, userId: string): Promise<{ path: string; fileName: string } | null> {
    if (!UPLOAD_ID.test(id)) return null;
    const path = join(this.folder(userId), id);
    const meta = parseMeta(await readFile(`${path}.json`, "utf8").catch(() => null));
    if (!meta || meta.userId !== userId || !(await stat(path).catch(() => null))) return null;
    return { path, fileName: meta.fileName };
  }

  /** Delete one of this person's uploads (after its import is committed); unknown ids are ignored. */
  async remove(id: string, userId: string): Promise<void> {
    if (!(await this.get(id, userId))) return;
    await this.drop(this.folder(userId), id, true);
  }

  /** Delete a file and its description; `counted`: it was a complete upload, counted in the folder's usage. */
  private async drop(folder: string, id: string, counted: boolean) {
    const info = await stat(join(folder, id)).catch(() => null);
    await rm(join(folder, id), { force: true });
    await rm(join(folder, `${id}.json`), { force: true });
    const usage = this.usage.get(folder);
    if (usage && info && counted) {
      usage.files--;
      usage.bytes -= info.size;
    }
  }

  /** Remove every upload (and any leftover of an interrupted one) older than maxAgeMs; returns how many files went. */
  async sweep(): Promise<number> {
    const cutoff = this.limits.now() - this.limits.maxAgeMs;
    let removed = 0;
    const entries = await readdir(this.dir, { withFileTypes: true }).catch(() => []);
    // The folder itself too: uploads kept there, one level up, by earlier versions.
    const folders = [this.dir, ...entries.filter((e) => e.isDirectory()).map((e) => join(this.dir, e.name))];
    for (const folder of folders) {
      const names =
        folder === this.dir
          ? entries.filter((e) => e.isFile()).map((e) => e.name)
          : await readdir(folder).catch(() => [] as string[]);
      for (const name of names) {
        const id = name.replace(/\.json$/, "");
        if (!UPLOAD_ID.test(id)) continue;
        const described = name.endsWith(".json");
        if (!described && names.includes(`${id}.json`)) continue;
        const at = described
          ? Date.parse(parseMeta(await readFile(join(folder, name), "utf8").catch(() => null))?.at ?? "")
          : // A file without its description (an upload cut off mid-way, or being written): its own time counts.
            ((await stat(join(folder, name)).catch(() => null))?.mtimeMs ?? Number.NaN);
        if (Number.isNaN(at) || at > cutoff) continue;
        await this.drop(folder, id, described);
        removed++;
      }
    }
    return removed;
  }
}
