import { createServer as createTcpServer, connect, type Server, type Socket } from "node:net";
import { createDb, createServiceToken, type DbHandle, seed, sql } from "@cchc/db";
import { createTestDb } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifyError } from "../src/errors";
import { type ApiServer, createServer } from "../src/server";
import { fetchChecked } from "./helpers";

type Body = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

/**
 * A TCP proxy in front of the test PostgreSQL that the test takes down and
 * brings back on the same port: "forward" passes bytes, "blackhole" accepts
 * connections and never answers (a server that hangs), "closed" refuses.
 */
class TcpProxy {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  port = 0;
  constructor(
    private readonly upstreamHost: string,
    private readonly upstreamPort: number,
  ) {}

  async open(mode: "forward" | "blackhole"): Promise<void> {
    const server = createTcpServer((client) => {
      this.sockets.add(client);
      client.on("close", () => this.sockets.delete(client));
      client.on("error", () => {});
      if (mode === "blackhole") return;
      const upstream = connect(this.upstreamPort, this.upstreamHost);
      this.sockets.add(upstream);
      upstream.on("close", () => {
        this.sockets.delete(upstream);
        client.destroy();
      });
      upstream.on("error", () => client.destroy());
      client.on("close", () => upstream.destroy());
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** Stop listening and cut every connection (what the API sees when the database goes away). */
  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("the database goes away and comes back (PostgreSQL)", () => {
  let real: DbHandle;
  let viaProxy: DbHandle;
  let proxy: TcpProxy;
  let api: ApiServer;
  let url: string;
  let cachedToken: string;
  let freshToken: string;
  let editor: string;
  const logged: string[] = [];

  beforeAll(async () => {
    real = await createTestDb("postgres");
    await seed(real.db);
    cachedToken = (await createServiceToken(real.db, { name: "Lãnh đạo Sở", role: "viewer", createdBy: "test" })).token;
    freshToken = (await createServiceToken(real.db, { name: "Chuyên viên", role: "viewer", createdBy: "test" })).token;
    editor = (await createServiceToken(real.db, { name: "Văn phòng Sở", role: "editor", createdBy: "test" })).token;
    // The test database's own URL, with host and port replaced by the proxy's.
    const target = new URL(process.env.TEST_DATABASE_URL!);
    target.pathname = new URL(real.location).pathname;
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.open("forward");
    target.hostname = "127.0.0.1";
    target.port = String(proxy.port);
    viaProxy = await createDb({ url: target.toString(), max: 4, statementTimeoutMs: 10_000 });
    api = await createServer({ db: viaProxy.db, log: (m) => logged.push(m), tokenCacheSeconds: 600 });
    url = await api.listen(0);
  });
  afterAll(async () => {
    await api?.stop();
    await viaProxy?.close().catch(() => {});
    await proxy?.close();
    await real?.close();
  });

  const ask = async (token: string, query = "{ indices { code } }") => {
    const t0 = performance.now();
    const res = await fetchChecked(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as Body, ms: performance.now() - t0 };
  };
  const expectUnavailable = (a: Awaited<ReturnType<typeof ask>>) => {
    expect(a.status).toBe(503);
    expect(a.headers.get("retry-after")).toBe("5");
    expect(a.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(a.body.errors?.[0]?.message).toBe(
      "Cơ sở dữ liệu tạm thời không truy cập được, vui lòng thử lại sau ít giây (SERVICE_UNAVAILABLE)",
    );
    expect(a.ms).toBeLessThan(5_000);
    // The id the client sees is the one logged with the error.
    expect(logged).toContain(`SERVICE_UNAVAILABLE ${a.body.errors?.[0]?.extensions?.errorId}`);
  };

  it("answers normally through the proxy", async () => {
    const ok = await ask(cachedToken);
    expect(ok.status).toBe(200);
    expect((ok.body.data?.indices as unknown[] | undefined)?.length).toBeGreaterThan(0);
  });

  it("answers 503 with Retry-After within 5 s when connections are refused", async () => {
    await proxy.close();
    // A remembered token: the resolvers meet the outage (jit and graphql-js paths).
    expectUnavailable(await ask(cachedToken));
    expectUnavailable(await ask(cachedToken, "{ ranking(index: PAPI, year: 2023) { rows { rank } } }"));
    // A mutation (graphql-js, not graphql-jit): the request policy sets the status.
    expectUnavailable(await ask(editor, 'mutation { deleteActivity(id: "1") }'));
    // A token not yet remembered: the lookup in the context meets it.
    expectUnavailable(await ask(freshToken));
    // A download too.
    const t0 = performance.now();
    const csv = await fetchChecked(url.replace(/\/graphql$/, "/export/ranking.csv?index=PAPI&year=2023"), {
      headers: { authorization: `Bearer ${freshToken}` },
    });
    expect(csv.status).toBe(503);
    expect(csv.headers.get("retry-after")).toBe("5");
    expect(performance.now() - t0).toBeLessThan(5_000);
    // Several at once do not queue behind each other.
    const many = await Promise.all(Array.from({ length: 6 }, () => ask(cachedToken)));
    for (const a of many) expectUnavailable(a);
  });

  it("answers 503 within 5 s when the server accepts connections and never answers", async () => {
    await proxy.open("blackhole");
    const a = await ask(cachedToken);
    console.log(`black hole: answered ${a.status} in ${a.ms.toFixed(0)} ms`);
    expectUnavailable(a);
    await proxy.close();
  }, 15_000);

  it("answers correctly again once the database is back, without a restart", async () => {
    await proxy.open("forward");
    const ok = await ask(cachedToken);
    expect(ok.status).toBe(200);
    expect((ok.body.data?.indices as unknown[] | undefined)?.length).toBeGreaterThan(0);
    expect((await ask(freshToken)).status).toBe(200);
    expect((await ask(editor, "{ plans { id } }")).status).toBe(200);
    const csv = await fetchChecked(url.replace(/\/graphql$/, "/export/ranking.csv?index=PAPI&year=2023"), {
      headers: { authorization: `Bearer ${freshToken}` },
    });
    expect(csv.status).toBe(200);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("statement_timeout (PostgreSQL)", () => {
  it("cancels a statement running longer than STATEMENT_TIMEOUT_MS, which the API answers 504 TIMEOUT", async () => {
    const handle = await createDb({ url: process.env.TEST_DATABASE_URL!, max: 1, statementTimeoutMs: 200 });
    try {
      const t0 = performance.now();
      const error = await handle.db.execute(sql`select pg_sleep(3)`).then(
        () => null,
        (e: unknown) => e,
      );
      expect(performance.now() - t0).toBeLessThan(2_000);
      expect(classifyError(error)).toMatchObject({ code: "TIMEOUT", status: 504 });
      // The connection is still usable.
      await expect(handle.db.execute(sql`select 1 as one`)).resolves.toBeTruthy();
    } finally {
      await handle.close();
    }
  });
});
