import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { createServiceToken, type DbHandle, seed } from "@cchc/db";
import { createTestDb, testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiServer, createServer } from "../src/server";
import { UploadRefused, Uploads } from "../src/uploads";

const root = mkdtempSync(join(tmpdir(), "uploads-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = () => join(root, `u${++n}`, "uploads");
const body = (text: string | Buffer) => Readable.from([Buffer.from(text)]);
const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
const ALICE = { userId: "svc-alice", name: "Alice" };
const BOB = { userId: "svc-bob", name: "Bob" };
const HOUR = 3600_000;

describe("Uploads (the folder uploaded files wait in)", () => {
  it("keeps each person's files in a folder of their own: folders 700, files 600", async () => {
    const dir = freshDir();
    const uploads = new Uploads(dir, { sweepEveryMs: 0 });
    const { id, size } = await uploads.save(body("a,b\n1,2\n"), "Nhật ký.csv", ALICE);
    expect(size).toBe(8);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(mode(dir)).toBe("700");
    expect(mode(join(dir, "svc-alice"))).toBe("700");
    expect(mode(join(dir, "svc-alice", id))).toBe("600");
    expect(mode(join(dir, "svc-alice", `${id}.json`))).toBe("600");
    expect(await uploads.get(id, ALICE.userId)).toEqual({ path: join(dir, "svc-alice", id), fileName: "Nhật ký.csv" });
  });

  it("answers another person, a malformed id or a path as if the upload did not exist", async () => {
    const uploads = new Uploads(freshDir(), { sweepEveryMs: 0 });
    const { id } = await uploads.save(body("x"), "a.csv", ALICE);
    expect(await uploads.get(id, BOB.userId)).toBeNull();
    await uploads.remove(id, BOB.userId);
    expect(await uploads.get(id, ALICE.userId)).not.toBeNull();
    for (const bad of [`../svc-alice/${id}`, `${id}/../${id}`, id.toUpperCase(), `${id}.json`, "", "x".repeat(36)])
      expect(await uploads.get(bad, ALICE.userId)).toBeNull();
    // A user id that is not a plain name cannot climb out of the upload folder either.
    const odd = await uploads.save(body("y"), "b.csv", { userId: "../../etc", name: "?" });
    expect(readdirSync(uploads.dir).sort()).toEqual([expect.stringMatching(/^h-[0-9a-f]{40}$/), "svc-alice"]);
    expect(await uploads.get(odd.id, "../../etc")).not.toBeNull();
  });

  it("holds at most 10 files and 200 MB per person, refusing more with the limit named", async () => {
    const uploads = new Uploads(freshDir(), { sweepEveryMs: 0 });
    const ids = [];
    for (let i = 0; i < 10; i++) ids.push((await uploads.save(body("x"), `${i}.csv`, ALICE)).id);
    const over = await uploads.save(body("x"), "11.csv", ALICE).catch((e: unknown) => e);
    expect(over).toBeInstanceOf(UploadRefused);
    expect(over).toMatchObject({ status: 400, code: "UPLOAD_QUOTA" });
    expect((over as Error).message).toBe(
      "Bạn đã có 10 tệp tải lên đang chờ nhập (tối đa 10 tệp); hãy nhập hoặc chờ các tệp cũ được xoá sau 24 giờ (UPLOAD_QUOTA)",
    );
    // Someone else is not affected; a committed (removed) file frees a place.
    await uploads.save(body("x"), "b.csv", BOB);
    await uploads.remove(ids[0]!, ALICE.userId);
    await uploads.save(body("x"), "11.csv", ALICE);
    expect(readdirSync(join(uploads.dir, "svc-alice"))).toHaveLength(20);

    const small = new Uploads(freshDir(), { sweepEveryMs: 0, maxBytes: 1000 });
    await small.save(body(Buffer.alloc(600)), "a.csv", ALICE);
    const big = await small.save(body(Buffer.alloc(600)), "b.csv", ALICE).catch((e: unknown) => e);
    expect(big).toMatchObject({ status: 413, code: "UPLOAD_QUOTA" });
    expect((big as Error).message).toMatch(/vượt quá 1\.000 byte/);
    // The refused file left nothing behind and counts for nothing.
    expect(readdirSync(join(small.dir, "svc-alice"))).toHaveLength(2);
    await small.save(body(Buffer.alloc(400)), "c.csv", ALICE);
    expect((await new Uploads(small.dir, { sweepEveryMs: 0 }).save(body(Buffer.alloc(10)), "d.csv", ALICE)).size).toBe(
      10,
    );
    expect(`${200 * 1024 * 1024}`).toBe(String(new Uploads(freshDir(), { sweepEveryMs: 0 }).limits.maxBytes));
  });

  it("sweeps files older than 24 hours (and only those)", async () => {
    let now = Date.parse("2026-11-30T08:00:00Z");
    const uploads = new Uploads(freshDir(), { sweepEveryMs: 0, now: () => now });
    const old = await uploads.save(body("old"), "old.csv", ALICE);
    now += 20 * HOUR;
    const young = await uploads.save(body("young"), "young.csv", ALICE);
    now += 3 * HOUR;
    expect(await uploads.sweep()).toBe(0);
    now += 1 * HOUR + 1;
    expect(await uploads.sweep()).toBe(1);
    expect(await uploads.get(old.id, ALICE.userId)).toBeNull();
    expect(await uploads.get(young.id, ALICE.userId)).not.toBeNull();
    expect(readdirSync(join(uploads.dir, "svc-alice")).sort()).toEqual([young.id, `${young.id}.json`].sort());
    // Files left in the folder itself by earlier versions (no per-person folders) go too.
    const legacy = "0f0e0d0c-0b0a-4909-8807-060504030201";
    writeFileSync(join(uploads.dir, legacy), "x");
    writeFileSync(
      join(uploads.dir, `${legacy}.json`),
      JSON.stringify({ fileName: "a.csv", at: "2026-11-01T00:00:00Z" }),
    );
    writeFileSync(join(uploads.dir, "notes.txt"), "not an upload");
    expect(await uploads.sweep()).toBe(1);
    expect(readdirSync(uploads.dir).sort()).toEqual(["notes.txt", "svc-alice"]);
  });

  it("runs the sweep on its own timer, which does not keep the process alive", async () => {
    const dir = freshDir();
    let now = Date.now();
    const first = new Uploads(dir, { sweepEveryMs: 0, now: () => now });
    const { id } = await first.save(body("x"), "a.csv", ALICE);
    now += 25 * HOUR;
    const active = process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    const swept = new Uploads(dir, { sweepEveryMs: 20, now: () => now });
    // Unref'd timers are not counted among the resources that keep the event loop alive.
    expect(process.getActiveResourcesInfo().filter((r) => r === "Timeout").length).toBe(active);
    for (let i = 0; i < 50 && (await swept.get(id, ALICE.userId)); i++) await new Promise((r) => setTimeout(r, 20));
    expect(await swept.get(id, ALICE.userId)).toBeNull();
    swept.stop();
  });
});

const CSV =
  "Ngày bắt đầu,Ngày kết thúc,Đơn vị,Hình thức,Kênh,Nội dung,Tiêu đề,Số lượt tiếp cận\n" +
  "03/03/2031,03/03/2031,Văn phòng Sở,F2,Hội trường,N03,Tập huấn tải lên riêng,12\n";

describe.each(testDrivers())("uploads over HTTP are their uploader's own on %s", (driver) => {
  let handle: DbHandle;
  let server: ApiServer;
  let url: string;
  let dir: string;
  let alice: string;
  let bob: string;
  beforeAll(async () => {
    handle = await createTestDb(driver);
    await seed(handle.db);
    alice = (await createServiceToken(handle.db, { name: "Alice", role: "editor", createdBy: "test" })).token;
    bob = (await createServiceToken(handle.db, { name: "Bob", role: "editor", createdBy: "test" })).token;
    dir = freshDir();
    server = await createServer({ db: handle.db, uploadDir: dir, log: () => {}, tokenCacheSeconds: 0 });
    url = await server.listen(0);
  });
  afterAll(async () => {
    await server?.stop();
    await handle?.close();
  });
  const upload = (token: string, content: string | Buffer, name = "nhat-ky.csv") =>
    fetch(url.replace(/\/graphql$/, `/uploads?name=${encodeURIComponent(name)}`), {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: content,
    });
  const gql = async (token: string, query: string) =>
    (await (
      await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      })
    ).json()) as {
      data?: Record<string, Record<string, unknown>>;
      errors?: { message: string; extensions: Record<string, unknown> }[];
    };
  const files = () => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

  it("refuses another person's upload as not found; the uploader previews and commits it, and it is deleted", async () => {
    const res = await upload(alice, CSV);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect(files()).toHaveLength(2);
    for (const op of ["previewImport", "commitImport"]) {
      const other = await gql(bob, `mutation { ${op}(upload: "${id}") { insert committed } }`);
      expect(other.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    }
    const preview = await gql(alice, `mutation { previewImport(upload: "${id}") { insert committed } }`);
    expect(preview.data?.previewImport).toEqual({ insert: 1, committed: false });
    expect(files()).toHaveLength(2);
    const commit = await gql(alice, `mutation { commitImport(upload: "${id}") { insert committed } }`);
    expect(commit.data?.commitImport).toEqual({ insert: 1, committed: true });
    expect(files()).toHaveLength(0);
    const again = await gql(alice, `mutation { commitImport(upload: "${id}") { insert } }`);
    expect(again.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
  });

  it("keeps a refused commit's file (the uploader may look at the report again)", async () => {
    const { id } = (await (
      await upload(alice, `${CSV}31/02/2031,31/02/2031,Văn phòng Sở,F2,,N03,Sai ngày,1\n`)
    ).json()) as {
      id: string;
    };
    const commit = await gql(alice, `mutation { commitImport(upload: "${id}") { insert } }`);
    expect(commit.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(files().map((f) => f.name)).toContain(id);
  });

  it("answers paths and made-up ids as not found", async () => {
    for (const id of ["../../../etc/passwd", "00000000-0000-4000-8000-000000000000", "svc-alice"]) {
      const r = await gql(alice, `mutation { previewImport(upload: ${JSON.stringify(id)}) { insert } }`);
      expect(r.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    }
  });

  it("answers 400 over the file quota and 413 over the size limit, in Vietnamese, naming the limit", async () => {
    for (let i = 0; i < 10; i++) expect((await upload(bob, "a,b\n")).status).toBe(201);
    const over = await upload(bob, "a,b\n");
    expect(over.status).toBe(400);
    expect(await over.json()).toEqual({
      error:
        "Bạn đã có 10 tệp tải lên đang chờ nhập (tối đa 10 tệp); hãy nhập hoặc chờ các tệp cũ được xoá sau 24 giờ (UPLOAD_QUOTA)",
      code: "UPLOAD_QUOTA",
    });
    // Sent without a Content-Length (chunked), so the upload itself counts the bytes as they come.
    const chunks = Readable.from(
      (function* () {
        for (let i = 0; i < 51; i++) yield Buffer.alloc(1024 * 1024);
      })(),
    );
    const huge = await fetch(url.replace(/\/graphql$/, "/uploads?name=lon.csv"), {
      method: "POST",
      headers: { authorization: `Bearer ${alice}` },
      body: Readable.toWeb(chunks) as ReadableStream,
      duplex: "half",
    } as RequestInit);
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({
      error: "Tệp tải lên vượt quá 50 MB (PAYLOAD_TOO_LARGE)",
      code: "PAYLOAD_TOO_LARGE",
    });
  });
});
