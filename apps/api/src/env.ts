import { dbConfigFromEnv } from "@cchc/db";
import { resolve } from "node:path";
import { z } from "zod";

/** Everything the API reads from the environment, validated once at start-up. */
const schema = z.object({
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  API_HOST: z.string().default("127.0.0.1"),
  /** Introspection stays on by default: analysts explore the schema with it. */
  GRAPHQL_INTROSPECTION: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  /**
   * Let callers without a token run queries and downloads. Off by default: reads
   * need a viewer token (the dashboard's server sends its own). Turn on only for a
   * demo or a closed network; mutations always need an editor token.
   */
  ANONYMOUS_READ: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /** Seconds a verified API token is remembered; a revocation takes effect within this time (0: every request looks it up). */
  TOKEN_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
  /** "jit" compiles each operation once with graphql-jit (fast); "graphql-js" runs the reference executor (for comparison or if a query misbehaves). */
  GRAPHQL_EXECUTOR: z.enum(["jit", "graphql-js"]).default("jit"),
  /**
   * Where uploaded import files wait for previewImport / commitImport: one
   * private folder per person (mode 700, files 600), under the data directory
   * rather than the shared temp folder. Relative to where npm was run, like DATA_DIR.
   */
  UPLOAD_DIR: z
    .string()
    .default("./.data/uploads")
    .transform((v) => resolve(process.env.INIT_CWD || process.cwd(), v)),
  /** When set, the API keeps a live viewer token in this file for whoever runs it (npm start: ./.data/viewer-token). */
  VIEWER_TOKEN_FILE: z.string().optional(),
  /**
   * Where the published tables live (../shared/data beside the repository); a
   * fresh database imports the PAPI panel and PCI 2005–2016 from there.
   * "off" starts with the seed only.
   */
  SHARED_DATA_DIR: z
    .string()
    .default(resolve(process.env.INIT_CWD ?? process.cwd(), "../shared/data"))
    .transform((v) => (v === "off" ? null : v)),
  /**
   * Signs session cookies (at least 32 characters). When unset, AUTH_SECRET_FILE
   * is read, or created with a random secret (npm start: ./.data/auth-secret, mode 600).
   */
  AUTH_SECRET: z.string().min(32).optional(),
  AUTH_SECRET_FILE: z.string().default(resolve(process.env.INIT_CWD ?? process.cwd(), ".data/auth-secret")),
  /** The dashboard's address as people open it; https:// makes the session cookie Secure. */
  PUBLIC_URL: z.url().default("http://localhost:3000"),
  /** Days a session lasts. */
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /** PostgreSQL cancels a statement running longer than this (ms; DATABASE_URL only, PGlite runs in-process). */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** A GraphQL request not answered within this many ms is answered 504 TIMEOUT and abandoned. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  /** A GraphQL answer larger than this many bytes is refused (RESPONSE_TOO_LARGE) instead of sent. */
  MAX_RESPONSE_BYTES: z.coerce.number().int().min(1_000).default(20_000_000),
  /** pino's level for the JSON log lines on stdout. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /**
   * Read answers cached by (operation, variables, role, data version): "memory"
   * (default) in each API process, shared between processes in Redis when
   * REDIS_URL is set; "off" runs every operation. A write moves the data version,
   * so a cached answer is never served after a write.
   */
  RESPONSE_CACHE: z.enum(["memory", "off"]).default("memory"),
  /** Redis (redis://host:port/db) holding the response cache for every API process. */
  REDIS_URL: z
    .url()
    .refine((u) => /^rediss?:\/\//.test(u), "must start with redis:// or rediss://")
    .optional(),
  /** API processes serving one port (node:cluster); more than 1 needs DATABASE_URL (PGlite is one process per data directory). */
  API_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  /** A PostgreSQL read replica: GraphQL queries read from it, mutations and everything else use DATABASE_URL. */
  DATABASE_READ_URL: z
    .url()
    .refine((u) => /^postgres(ql)?:\/\//.test(u), "must start with postgres:// or postgresql://")
    .optional(),
  /** Seed demo activities on an empty database (set false for a real deployment). */
  SEED_DEMO: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});

export type ApiEnv = z.infer<typeof schema> & { db: ReturnType<typeof dbConfigFromEnv> };

export function readEnv(env: NodeJS.ProcessEnv = process.env): ApiEnv {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!parsed.success) throw new Error(`Invalid API configuration:\n${z.prettifyError(parsed.error)}`);
  const db = dbConfigFromEnv(env);
  if (parsed.data.API_WORKERS > 1 && !("url" in db))
    throw new Error(
      `Invalid API configuration:\n✖ API_WORKERS=${parsed.data.API_WORKERS} needs DATABASE_URL (PostgreSQL): the embedded database (PGlite, DATA_DIR) is opened by one process only. Set API_WORKERS=1 or DATABASE_URL.`,
    );
  if (parsed.data.DATABASE_READ_URL && !("url" in db))
    throw new Error(
      "Invalid API configuration:\n✖ DATABASE_READ_URL needs DATABASE_URL: a read replica follows a PostgreSQL primary.",
    );
  return { ...parsed.data, db: "url" in db ? { ...db, statementTimeoutMs: parsed.data.STATEMENT_TIMEOUT_MS } : db };
}
