import { createServiceToken, type DbHandle, seed } from "@cchc/db";
import { createTestDb, type TestDriver } from "@cchc/db/testing";
import { type ApiServer, createServer } from "../src/server";

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

/** A migrated, seeded database and a started API on a free port; `gql` sends a viewer token. */
export async function startApi(
  driver: TestDriver,
  opts: {
    log?: (m: string, e?: unknown) => void;
    onQuery?: (q: string) => void;
    anonymousRead?: boolean;
    tokenCacheSeconds?: number;
    executor?: "jit" | "graphql-js";
  } = {},
): Promise<Started> {
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
  });
  const url = await server.listen(0);
  const gqlAs = async (token: string, query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(url, {
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
