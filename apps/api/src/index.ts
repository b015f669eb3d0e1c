/**
 * The only file that listens: read env, open and prepare the database, serve.
 * API_WORKERS=N (PostgreSQL only): this process prepares the database, then
 * N worker processes (node:cluster) serve the same port; they share tokens,
 * sessions, the subjects' names and cached answers through the database's
 * data versions (and Redis, when REDIS_URL is set).
 */
import cluster from "node:cluster";
import { createHash } from "node:crypto";
import { createDb, DataDirInUseError, migrate, needsSeed, seed } from "@cchc/db";
import { readEnv } from "./env";
import { memoryStore, redisStore } from "./plugins/response-cache";
import { importSharedData } from "./shared-data";
import { ensureTokenFile } from "./web-token";
import { createAuth } from "./modules/auth/better-auth";
import { authSecret } from "./modules/auth/secret";
import { createSetupCode } from "./modules/auth/users.service";
import { createLogger } from "./plugins/logging";
import { createServer } from "./server";

const env = readEnv();
const worker = cluster.isWorker;
let handle: Awaited<ReturnType<typeof createDb>>;
try {
  // Migrations, the seed and the first import run without STATEMENT_TIMEOUT_MS: they may rightly take longer
  // than any request should. On PostgreSQL the API then serves through connections that have it (below).
  handle = await createDb("url" in env.db ? { ...env.db, statementTimeoutMs: undefined } : env.db);
} catch (error) {
  if (error instanceof DataDirInUseError) {
    console.error(error.message);
    process.exit(3);
  }
  throw error;
}
if (!worker) await migrate(handle);
if (!worker && (await needsSeed(handle.db))) {
  const report = await seed(handle.db, { demo: env.SEED_DEMO });
  console.log(
    `seeded a fresh ${handle.driver} database (${Object.values(report.inserted).reduce((a, b) => a + b, 0)} rows)`,
  );
  if (env.SHARED_DATA_DIR) await importSharedData(handle.db, env.SHARED_DATA_DIR);
}
if ("url" in env.db && env.db.statementTimeoutMs) {
  await handle.close();
  handle = await createDb(env.db);
}
if (!worker && env.VIEWER_TOKEN_FILE)
  await ensureTokenFile(handle.db, env.VIEWER_TOKEN_FILE, "viewer", "Người chạy máy chủ (GraphiQL, curl)");
// Nothing is usable from the network by default: the first admin is made with a
// one-time link printed here (or `npm run user -- create --role admin`).
const setupCode = worker ? null : await createSetupCode(handle.db);
if (setupCode)
  console.log(
    `No admin account yet. Create the first one within 24 h at:\n  ${env.PUBLIC_URL}/thiet-lap?ma=${setupCode}\n` +
      "(or: npm run user -- create --role admin --username … --name …)",
  );
if (!worker && env.API_WORKERS > 1) await startWorkers(env.API_WORKERS);
else await serve();

/** The primary of API_WORKERS > 1: fork the workers, replace one that dies, stop them on a signal. */
async function startWorkers(n: number) {
  await handle.close();
  console.log(`starting ${n} API workers on ${env.API_HOST}:${env.API_PORT}`);
  for (let i = 0; i < n; i++) cluster.fork();
  let stopping = false;
  cluster.on("exit", (w, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`API worker ${w.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  for (const sig of ["SIGINT", "SIGTERM"] as const)
    process.once(sig, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
      setTimeout(() => process.exit(0), 5_000).unref();
    });
}

async function serve() {
  const auth = createAuth(handle.db, {
    secret: await authSecret(env.AUTH_SECRET, env.AUTH_SECRET_FILE),
    baseURL: env.PUBLIC_URL,
    sessionDays: env.SESSION_DAYS,
  });
  // One namespace per database in a shared Redis: two deployments' data versions may coincide.
  const namespace = createHash("sha256").update(handle.location).digest("hex").slice(0, 12);
  const responseCache =
    env.RESPONSE_CACHE === "off" ? undefined : env.REDIS_URL ? redisStore(env.REDIS_URL, namespace) : memoryStore();
  const reader = env.DATABASE_READ_URL
    ? await createDb({ url: env.DATABASE_READ_URL, statementTimeoutMs: env.STATEMENT_TIMEOUT_MS })
    : null;
  const server = await createServer({
    auth,
    db: handle.db,
    ...(reader ? { readDb: reader.db } : {}),
    ...(responseCache ? { responseCache } : {}),
    introspection: env.GRAPHQL_INTROSPECTION,
    anonymousRead: env.ANONYMOUS_READ,
    tokenCacheSeconds: env.TOKEN_CACHE_SECONDS,
    executor: env.GRAPHQL_EXECUTOR,
    logger: createLogger(env.LOG_LEVEL),
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    maxResponseBytes: env.MAX_RESPONSE_BYTES,
    ...(env.UPLOAD_DIR ? { uploadDir: env.UPLOAD_DIR } : {}),
  });
  const url = await server.listen(env.API_PORT, env.API_HOST);
  const cache = responseCache ? (env.REDIS_URL ? "Redis" : "memory") : "off";
  console.log(
    `API ready at ${url} (${handle.driver}: ${handle.location}${reader ? `; reads: ${reader.location}` : ""}; response cache: ${cache}${worker ? `; worker ${process.pid}` : ""})`,
  );
  if (env.VIEWER_TOKEN_FILE && !worker)
    console.log(`A viewer token for GraphiQL and curl is in ${env.VIEWER_TOKEN_FILE} (reads need one).`);

  async function shutdown(signal: string) {
    console.log(`${signal}: stopping API${worker ? ` worker ${process.pid}` : ""}`);
    await server.stop();
    await responseCache?.close();
    await reader?.close();
    await handle.close();
    process.exit(0);
  }
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}
