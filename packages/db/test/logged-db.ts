import { afterAll, beforeAll } from "vitest";
import type { DbHandle } from "../src/client";
import { seed } from "../src/seed/index";
import { createTestDb, type TestDriver } from "../src/testing";

/**
 * The calling describe's database, seeded without demo data, on one
 * connection (so a prepared statement is visible to the next query), every
 * statement sent pushed onto `logged`. Opened in a beforeAll, closed in its
 * afterAll: the handle is filled in by that beforeAll, so use it in tests only.
 */
export function useLoggedDb(driver: TestDriver): { h: DbHandle; logged: string[] } {
  const h = {} as DbHandle;
  const logged: string[] = [];
  beforeAll(async () => {
    Object.assign(h, await createTestDb(driver, { max: 1, onQuery: (q) => logged.push(q) }));
    await seed(h.db, { demo: false });
  });
  afterAll(() => h.close?.());
  return { h, logged };
}
