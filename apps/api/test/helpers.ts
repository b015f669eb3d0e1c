import { type DbHandle, seed } from "@cchc/db";
import { createTestDb, type TestDriver } from "@cchc/db/testing";
import { type ApiServer, createServer } from "../src/server";

export interface Started {
  url: string;
  handle: DbHandle;
  server: ApiServer;
  /** POST a GraphQL operation over real HTTP. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

/** A migrated, seeded database and a started API on a free port. */
export async function startApi(driver: TestDriver, opts: { log?: (m: string, e?: unknown) => void; onQuery?: (q: string) => void } = {}): Promise<Started> {
  const handle = await createTestDb(driver, { onQuery: (q) => opts.onQuery?.(q) });
  await seed(handle.db);
  const server = await createServer({ db: handle.db, log: opts.log ?? (() => {}) });
  const url = await server.listen(0);
  return {
    url,
    handle,
    server,
    gql: async (query, variables) => {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
      return res.json() as never;
    },
    close: async () => {
      await server.stop();
      await handle.close();
    },
  };
}
