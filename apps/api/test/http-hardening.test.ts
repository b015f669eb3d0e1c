import { request } from "node:http";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, safeError } from "../src/plugins/logging";
import { testDrivers } from "@cchc/db/testing";
import { fetchChecked, type Started, startApi } from "./helpers";

type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

describe.each(testDrivers())("HTTP hardening: headers, statuses, codes, logs (%s)", (driver) => {
  let api: Started;
  let base: string;
  const lines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    // The real pino logger, its JSON lines collected here.
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    api = await startApi(driver, {
      deps: {
        logger: createLogger("info", sink),
        // A request with the cookie "slow" takes a second to identify: a client can leave meanwhile.
        sessions: (headers) =>
          new Promise((r) => setTimeout(() => r(null), String(headers.cookie).includes("slow") ? 1_000 : 0)),
      },
    });
    base = api.url.replace(/\/graphql$/, "");
  });
  afterAll(() => api?.close());

  const post = async (query: string, variables?: Record<string, unknown>, token: string | null = api.viewerToken) => {
    const res = await fetchChecked(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as Body };
  };
  const get = (path: string, token: string | null = api.viewerToken, init: RequestInit = {}) =>
    fetchChecked(base + path, { ...init, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}) } });

  it("sends the security headers on every answer", async () => {
    const answers = [
      await fetchChecked(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }),
      await get("/health"),
      await get("/export/ranking.csv?index=PAPI&year=2023"),
      await get("/uploads"),
      await get("/nowhere"),
      await get("/export/ranking.csv?index=PAPI&year=2023", null),
    ];
    for (const res of answers) {
      expect(res.headers.get("x-content-type-options"), res.url).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get("cross-origin-resource-policy")).toBe("same-site");
    }
  });

  it("answers 401 for a missing, malformed or unknown token on /graphql, /uploads and /export/*", async () => {
    const none = await post("{ indices { code } }", undefined, null);
    expect(none.status).toBe(401);
    expect(none.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await post("{ indices { code } }", undefined, "cchc_nope")).status).toBe(401);
    const malformed = await fetchChecked(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Token abc" },
      body: JSON.stringify({ query: "{ indices { code } }" }),
    });
    expect(malformed.status).toBe(401);
    for (const token of [null, "cchc_nope"]) {
      expect((await get("/export/ranking.csv?index=PAPI&year=2023", token)).status).toBe(401);
      expect((await get("/export/report.docx?plan=1", token)).status).toBe(401);
      const upload = await fetchChecked(`${base}/uploads?name=a.csv`, {
        method: "POST",
        headers: token ? { authorization: `Bearer ${token}` } : {},
        body: "x",
      });
      expect(upload.status).toBe(401);
    }
  });

  it("answers 400 BAD_USER_INPUT for a NUL character in a variable or an export parameter", async () => {
    const res = await post("query($s: String) { activities(filter: { search: $s }) { totalCount } }", { s: "a\u0000" });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.body.errors?.[0]?.message).toMatch(/NUL/);
    const nested = await post("query($f: ActivityFilter) { activities(filter: $f) { totalCount } }", {
      f: { units: ["VP", "x\u0000"] },
    });
    expect(nested.status).toBe(400);
    const exported = await get("/export/profile.csv?subject=%00&year=2023");
    expect(exported.status).toBe(400);
  });

  it("answers 400 BAD_USER_INPUT for a 20-digit id, not a masked 500", async () => {
    const big = "12345678901234567890";
    for (const [query, variables] of [
      [`{ plan(id: "${big}") { id } }`, undefined],
      [`query($p: ID) { activities(filter: { plan: $p }) { totalCount } }`, { p: big }],
      [`query($p: ID!) { planProgress(plan: $p) { __typename } }`, { p: big }],
      [`query($p: ID!) { orientationReport(plan: $p) { __typename } }`, { p: "2147483648" }],
    ] as const) {
      const res = await post(query, variables);
      expect(res.status, query).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code, query).toBe("BAD_USER_INPUT");
    }
    // An Int argument: graphql-js refuses it before any resolver (literal: validation; variable: coercion).
    const literal = await post(`{ ranking(index: PAPI, year: ${big}) { year } }`);
    expect(literal.status).toBe(400);
    const variable = await post("query($y: Int!) { ranking(index: PAPI, year: $y) { year } }", { y: Number(big) });
    expect(variable.status).toBe(400);
    expect(variable.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers 400 for export parameters outside the schema's values", async () => {
    for (const path of [
      "/export/ranking.csv?index=NOPE&year=2023",
      "/export/ranking.csv?index=PAPI&year=abc",
      "/export/ranking.csv?index=PAPI&year=12345678901234567890",
      "/export/activity-stats.csv?groupBy=NOPE",
      "/export/activity-stats.csv?period=DAY",
      "/export/series.csv?subject=40&index=PAPI&from=abc",
      "/export/activities.csv?filter=notjson",
      `/export/activities.csv?filter=${encodeURIComponent(JSON.stringify({ plan: "12345678901234567890" }))}`,
      "/export/plan-progress.csv?plan=12345678901234567890",
      "/export/plan.docx?plan=12345678901234567890",
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
    }
  });

  it("answers 413 to an oversized body on every route", async () => {
    const big = "x".repeat(1_100_000);
    const graphql = await fetchChecked(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${api.viewerToken}` },
      body: JSON.stringify({ query: `{ indices { code } } #${big}` }),
    });
    expect(graphql.status).toBe(413);
    expect(((await graphql.json()) as Body).errors?.[0]?.extensions?.code).toBe("PAYLOAD_TOO_LARGE");
    for (const path of ["/export/report.docx?plan=1", "/export/ranking.csv?index=PAPI&year=2023", "/nowhere"]) {
      const res = await fetchChecked(base + path, {
        method: "POST",
        headers: { authorization: `Bearer ${api.viewerToken}` },
        body: big,
      });
      expect(res.status, path).toBe(413);
    }
    // An upload announcing more than MAX_FILE_BYTES is refused before a byte is stored.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${base}/uploads?name=a.csv`, {
        method: "POST",
        headers: { authorization: `Bearer ${api.viewerToken}`, "content-length": String(200 * 1024 * 1024) },
      });
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.write("a,b\n");
    });
    expect(status).toBe(413);
  });

  // The database is closed under the server to make an unexpected error: on PostgreSQL that is an outage (503, db-outage.test.ts).
  it.skipIf(driver !== "pglite")("never sends a stack trace unless NODE_ENV=development", async () => {
    const before = process.env.NODE_ENV;
    const broken = await startApi(driver);
    process.env.NODE_ENV = "development";
    const dev = await startApi(driver);
    process.env.NODE_ENV = before;
    try {
      await broken.handle.close();
      await dev.handle.close();
      // gql fails the test itself if an answer holds "stacktrace" or a file path.
      const res = await broken.gql("{ indices { code } }");
      expect(res.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      const raw = await fetch(dev.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${dev.viewerToken}` },
        body: JSON.stringify({ query: "{ indices { code } }" }),
      });
      expect(await raw.text()).toMatch(/stacktrace/);
    } finally {
      await broken.server.stop();
      await dev.server.stop();
    }
  });

  it("refuses an answer over MAX_RESPONSE_BYTES and one later than REQUEST_TIMEOUT_MS", async () => {
    const small = await startApi(driver, { deps: { maxResponseBytes: 2_000 } });
    // A session lookup that takes 2 s (a stalled database would look the same), a 50 ms limit.
    const slow = await startApi(driver, {
      deps: { requestTimeoutMs: 50, sessions: () => new Promise((r) => setTimeout(() => r(null), 2_000)) },
    });
    try {
      const big = await fetchChecked(small.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${small.viewerToken}` },
        body: JSON.stringify({ query: "{ provinces { code nameVi region { code } } }" }),
      });
      expect(big.status).toBe(500);
      const body = (await big.json()) as Body;
      expect(body.errors?.[0]?.extensions?.code).toBe("RESPONSE_TOO_LARGE");
      expect(body.errors?.[0]?.message).toMatch(/^Kết quả lớn hơn 2000 byte .*\(RESPONSE_TOO_LARGE\)$/);
      expect(body.data).toBeUndefined();
      const t0 = performance.now();
      const late = await fetchChecked(slow.url, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: "session=x", "x-cchc-session": "1" },
        body: JSON.stringify({ query: "{ indices { code } }" }),
      });
      expect(performance.now() - t0).toBeLessThan(1_000);
      expect(late.status).toBe(504);
      expect(((await late.json()) as Body).errors?.[0]?.extensions?.code).toBe("TIMEOUT");
    } finally {
      await small.close();
      await slow.close();
    }
  });

  it("logs one JSON line per request with its id, user, operation, status and duration; never a token", async () => {
    const res = await fetchChecked(api.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${api.viewerToken}`,
        "x-request-id": "req-test-42",
      },
      body: JSON.stringify({ query: "query Catalogue { indices { code } }" }),
    });
    expect(res.headers.get("x-request-id")).toBe("req-test-42");
    await res.text();
    await new Promise((r) => setTimeout(r, 50));
    const line = lines.find((l) => l.reqId === "req-test-42");
    expect(line).toMatchObject({
      level: 30,
      msg: "request",
      method: "POST",
      path: "/graphql",
      operation: "Catalogue",
      status: 200,
      service: "cchc-api",
    });
    expect(line?.user).toMatch(/^Lãnh đạo Sở \(token \d+\)$/);
    expect(typeof line?.ms).toBe("number");
    // A download names its user too; a client that goes away is logged 499.
    await (await get("/export/ranking.csv?index=PAPI&year=2023")).text();
    const aborted = new AbortController();
    const gone = fetch(api.url, {
      method: "POST",
      signal: aborted.signal,
      headers: {
        "content-type": "application/json",
        cookie: "slow=1",
        "x-cchc-session": "1",
        "x-request-id": "gone-1",
      },
      body: JSON.stringify({ query: "query Slow { ranking(index: PAPI, year: 2023) { rows { rank } } }" }),
    }).catch(() => null);
    setTimeout(() => aborted.abort(), 100);
    await gone;
    await new Promise((r) => setTimeout(r, 1_200));
    expect(lines.find((l) => l.path === "/export/ranking.csv")?.user).toMatch(/^Lãnh đạo Sở/);
    expect(lines.find((l) => l.reqId === "gone-1")?.status).toBe(499);
    expect((await post("{ indices { code } }")).status).toBe(200); // and the server goes on
    const all = JSON.stringify(lines);
    expect(all).not.toContain(api.viewerToken);
    expect(all).not.toMatch(/Bearer/);
  });

  it("logs a failed statement's SQL (truncated) and codes, never its parameters or row data", () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `secret-row-${i}`);
    const pg = Object.assign(new Error('duplicate key value violates unique constraint "x_pkey"'), {
      name: "PostgresError",
      code: "23505",
      detail: "Key (id)=(secret-row-1) already exists.",
      parameters: rows,
      query: `insert into activities values ${"($1, $2), ".repeat(500)}`,
    });
    const drizzle = Object.assign(new Error(`Failed query: insert into activities …\nparams: ${rows.join(",")}`), {
      name: "DrizzleQueryError",
      query: pg.query,
      params: rows,
      cause: pg,
    });
    const logged = JSON.stringify(safeError(drizzle));
    expect(logged).not.toContain("secret-row");
    expect(logged.length).toBeLessThan(3_000);
    expect(logged).toContain('"code":"23505"');
    expect(logged).toContain("insert into activities");
  });
});
