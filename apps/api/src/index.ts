/** The only file that listens: read env, open and prepare the database, serve. */
import { createDb, DataDirInUseError, migrate, needsSeed, seed } from "@cchc/db";
import { readEnv } from "./env";
import { importSharedData } from "./shared-data";
import { ensureTokenFile } from "./web-token";
import { createAuth } from "./modules/auth/better-auth";
import { authSecret } from "./modules/auth/secret";
import { createSetupCode } from "./modules/auth/users.service";
import { createLogger } from "./plugins/logging";
import { createServer } from "./server";

const env = readEnv();
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
await migrate(handle);
if (await needsSeed(handle.db)) {
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
if (env.VIEWER_TOKEN_FILE)
  await ensureTokenFile(handle.db, env.VIEWER_TOKEN_FILE, "viewer", "Người chạy máy chủ (GraphiQL, curl)");
const auth = createAuth(handle.db, {
  secret: await authSecret(env.AUTH_SECRET, env.AUTH_SECRET_FILE),
  baseURL: env.PUBLIC_URL,
  sessionDays: env.SESSION_DAYS,
});
// Nothing is usable from the network by default: the first admin is made with a
// one-time link printed here (or `npm run user -- create --role admin`).
const setupCode = await createSetupCode(handle.db);
if (setupCode)
  console.log(
    `No admin account yet. Create the first one within 24 h at:\n  ${env.PUBLIC_URL}/thiet-lap?ma=${setupCode}\n` +
      "(or: npm run user -- create --role admin --username … --name …)",
  );
const server = await createServer({
  auth,
  db: handle.db,
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
console.log(`API ready at ${url} (${handle.driver}: ${handle.location})`);
if (env.VIEWER_TOKEN_FILE)
  console.log(`A viewer token for GraphiQL and curl is in ${env.VIEWER_TOKEN_FILE} (reads need one).`);

async function shutdown(signal: string) {
  console.log(`${signal}: stopping API`);
  await server.stop();
  await handle.close();
  process.exit(0);
}
process.once("SIGINT", () => void shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));
