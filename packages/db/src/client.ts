import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { acquireDataDirLock, privateDir } from "./lock";
import * as schema from "./schema/index";

export type Schema = typeof schema;
/** The drizzle database, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DbConfig =
  /** A real PostgreSQL server (postgres.js). */
  (
    | {
        url: string;
        max?: number;
        /** PostgreSQL's statement_timeout on every connection, in ms (the API: STATEMENT_TIMEOUT_MS); unset: none. */
        statementTimeoutMs?: number;
        /** Give up opening a connection after this many seconds (default 3), so an unreachable server fails fast. */
        connectTimeoutSeconds?: number;
      }
    /** Embedded PGlite persisted in a directory, or in memory when dataDir is "memory://". */
    | { dataDir: string }
  ) & {
    /** Called with every SQL statement drizzle sends (tests record statements per operation). */
    onQuery?: (query: string, params: unknown[]) => void;
  };

export interface DbHandle {
  db: Db;
  driver: "postgres" | "pglite";
  /** Where the data lives, for logs (the URL without its password, or the directory). */
  location: string;
  close(): Promise<void>;
}

const casing = "snake_case" as const;
const loggerFor = (config: DbConfig) => (config.onQuery ? { logQuery: config.onQuery } : undefined);

/** Open the database described by config. The caller owns the handle and must close it. */
export async function createDb(config: DbConfig): Promise<DbHandle> {
  if ("url" in config) {
    const client = postgres(config.url, {
      max: config.max ?? 10,
      onnotice: () => {},
      // postgres.js waits 30 s by default; a refused or silent server should answer a request within seconds.
      connect_timeout: config.connectTimeoutSeconds ?? 3,
      // Reconnect after 0.1-0.2 s, not postgres.js's exponential backoff (up to 20 s): while the server
      // is down every query would otherwise wait that long before failing, and as long again once it is back.
      backoff: () => 0.1 + Math.random() / 10,
      // Sent in the startup packet: the server cancels any statement running longer (SQLSTATE 57014).
      ...(config.statementTimeoutMs ? { connection: { statement_timeout: config.statementTimeoutMs } } : {}),
      // numeric and bigint arrive as strings; drizzle's numeric({mode:"number"}) converts.
    });
    const db = drizzlePostgres(client, { schema, casing, logger: loggerFor(config) }) as unknown as Db;
    return {
      db,
      driver: "postgres",
      location: redactUrl(config.url),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const inMemory = config.dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : acquireDataDirLock(config.dataDir);
  try {
    if (!inMemory) privateDir(config.dataDir);
    const client = await PGlite.create({
      dataDir: inMemory ? undefined : config.dataDir,
      extensions: { unaccent, pg_trgm },
    });
    const db = drizzlePglite(client, { schema, casing, logger: loggerFor(config) }) as unknown as Db;
    return {
      db,
      driver: "pglite",
      location: inMemory ? "memory" : config.dataDir,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres://…";
  }
}
