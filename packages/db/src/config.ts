import { z } from "zod";
import type { DbConfig } from "./client";

/**
 * DATABASE_URL selects a PostgreSQL server; otherwise PGlite persists under
 * DATA_DIR (default ./.data/pglite, relative to where the process was started).
 */
export const dbEnvSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL").optional(),
  DATA_DIR: z.string().min(1).default("./.data/pglite"),
});

export function dbConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DbConfig {
  const parsed = dbEnvSchema.safeParse({ DATABASE_URL: env.DATABASE_URL || undefined, DATA_DIR: env.DATA_DIR || undefined });
  if (!parsed.success) throw new Error(`Invalid database configuration: ${z.prettifyError(parsed.error)}`);
  return parsed.data.DATABASE_URL ? { url: parsed.data.DATABASE_URL } : { dataDir: parsed.data.DATA_DIR };
}
