import { isAbsolute, resolve } from "node:path";
import { z } from "zod";
import type { DbConfig } from "./client";

/**
 * DATABASE_URL selects a PostgreSQL server; otherwise PGlite persists under
 * DATA_DIR (default ./.data/pglite). A relative DATA_DIR is resolved against
 * the directory npm was invoked from (INIT_CWD), so `npm start` at the root and
 * `npm run db:seed` (which npm runs inside packages/db) open the same directory.
 */
export const dbEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  DATA_DIR: z.string().min(1).default("./.data/pglite"),
});

export function dbConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DbConfig {
  const parsed = dbEnvSchema.safeParse({
    DATABASE_URL: env.DATABASE_URL || undefined,
    DATA_DIR: env.DATA_DIR || undefined,
  });
  if (!parsed.success) throw new Error(`Invalid database configuration: ${z.prettifyError(parsed.error)}`);
  if (parsed.data.DATABASE_URL) return { url: parsed.data.DATABASE_URL };
  const dir = parsed.data.DATA_DIR;
  return {
    dataDir: dir.startsWith("memory://") || isAbsolute(dir) ? dir : resolve(env.INIT_CWD || process.cwd(), dir),
  };
}
