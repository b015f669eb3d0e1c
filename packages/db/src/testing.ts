import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDb, type DbHandle } from "./client";
import { migrate } from "./migrate";

export type TestDriver = "pglite" | "postgres";

/** Drivers the suite runs on: PGlite always, real PostgreSQL when TEST_DATABASE_URL is set. */
export function testDrivers(): TestDriver[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new
 * database created on the TEST_DATABASE_URL server and dropped on close.
 * Tests never share state.
 */
export async function createTestDb(
  driver: TestDriver,
  options: {
    onQuery?: (query: string, params: unknown[]) => void;
    max?: number;
    /** false: leave the database empty (a test applying migrations itself). */
    migrate?: boolean;
  } = {},
): Promise<DbHandle> {
  const { max = 4, migrate: migrated = true, ...rest } = options;
  if (driver === "pglite") {
    const handle = await createDb({ dataDir: "memory://", ...rest });
    if (migrated) await migrate(handle);
    return handle;
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `cchc_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await createDb({ url: url.toString(), max, ...rest });
  if (migrated) await migrate(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
