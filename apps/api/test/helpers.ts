import { createServiceToken, type DbHandle, seed } from "@cchc/db";
import { createTestDb, type TestDriver } from "@cchc/db/testing";
import { afterAll, beforeAll } from "vitest";
import { type ApiServer, createServer, type ServerDeps } from "../src/server";

/**
 * What no answer may contain: a stack trace, or an absolute file path of the
 * machine (a path at the start of a word, so "https://host/tmp/x" is not one).
 */
const LEAK = /stacktrace|file:\/\/|(?<![\w.~-])\/(?:work|home|root|tmp|usr|var|opt|srv|app|Users)\//i;

/** Throw (failing the test) when an answer's body leaks a stack trace or a file path. */
export function assertNoLeak(body: string, where: string): void {
  const m = LEAK.exec(body);
  if (m)
    throw new Error(`${where}: the answer leaks "${m[0]}": …${body.slice(Math.max(0, m.index - 80), m.index + 120)}…`);
}

/**
 * fetch, failing the test when a textual answer (JSON, text, CSV, HTML) leaks a
 * stack trace or a file path; the Response returned can still be read once.
 */
export async function fetchChecked(input: string | URL, init?: RequestInit): Promise<Response> {
  const res = await fetch(input, init);
  const type = res.headers.get("content-type") ?? "";
  if (type && !/json|text|csv|html|xml/.test(type)) return res;
  const text = await res.text();
  assertNoLeak(text, `${init?.method ?? "GET"} ${input}`);
  return new Response(res.status === 204 || res.status === 304 ? null : text, {
    status: res.status,
    statusText: res.statusText,
    headers: res.headers,
  });
}

export type GqlResult<T> = { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };

export interface Started {
  url: string;
  handle: DbHandle;
  server: ApiServer;
  /** A viewer token: reads need one (ANONYMOUS_READ is off by default). */
  viewerToken: string;
  /** POST a GraphQL operation over real HTTP. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** The same with another token (e.g. an editor's from `editorToken`). */
  gqlAs<T = Record<string, unknown>>(
    token: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export interface StartOptions {
  log?: (m: string, e?: unknown) => void;
  onQuery?: (q: string) => void;
  anonymousRead?: boolean;
  tokenCacheSeconds?: number;
  executor?: "jit" | "graphql-js";
  /** Any other createServer dependency (limits, timeouts, a logger). */
  deps?: Partial<Omit<ServerDeps, "db">>;
}

/** A migrated, seeded database and a started API on a free port; `gql` sends a viewer token. */
export async function startApi(driver: TestDriver, opts: StartOptions = {}): Promise<Started> {
  let recording = false;
  const handle = await createTestDb(driver, { onQuery: (q) => recording && opts.onQuery?.(q) });
  await seed(handle.db);
  const { token: viewerToken } = await createServiceToken(handle.db, {
    name: "Lãnh đạo Sở",
    role: "viewer",
    createdBy: "test",
  });
  recording = true;
  const server = await createServer({
    db: handle.db,
    log: opts.log ?? (() => {}),
    anonymousRead: opts.anonymousRead ?? false,
    tokenCacheSeconds: opts.tokenCacheSeconds ?? 0,
    ...(opts.executor ? { executor: opts.executor } : {}),
    ...opts.deps,
  });
  const url = await server.listen(0);
  const gqlAs = async (token: string, query: string, variables?: Record<string, unknown>) => {
    const res = await fetchChecked(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return res.json() as never;
  };
  return {
    url,
    handle,
    server,
    viewerToken,
    gql: (query, variables) => gqlAs(viewerToken, query, variables),
    gqlAs,
    close: async () => {
      await server.stop();
      await handle.close();
    },
  };
}

/** A token of the Office's editor role on the started API's database. */
export const editorToken = async (api: Started) =>
  (await createServiceToken(api.handle.db, { name: "Văn phòng Sở", role: "editor", createdBy: "test" })).token;

/**
 * The calling describe's API: started, then `setup` run on it, in a beforeAll
 * (`timeout` ms, else the configured hook timeout); closed in its afterAll.
 * The object returned is filled in by that beforeAll: use it in tests and
 * later hooks only.
 */
export function useApi(
  driver: TestDriver,
  opts: StartOptions & { setup?: (api: Started) => Promise<unknown>; timeout?: number } = {},
): Started {
  const api = {} as Started;
  beforeAll(async () => {
    Object.assign(api, await startApi(driver, opts));
    await opts.setup?.(api);
  }, opts.timeout);
  afterAll(() => api.close?.());
  return api;
}
