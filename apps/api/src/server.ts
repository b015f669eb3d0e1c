import { createServer as createHttpServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { makeExecutableSchema } from "@graphql-tools/schema";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import type { Db } from "@cchc/db";
import { MAX_FILE_BYTES } from "@cchc/import";
import { typeDefs } from "@cchc/schema";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Identify, requireRole, type SessionCheck, tokenCheck, viewerFrom, viewerName } from "./auth";
import { authHandler } from "./modules/auth/auth-route";
import type { Auth } from "./modules/auth/better-auth";
import { sessionCheck } from "./modules/auth/sign-in.service";
import { type ApiContext, createContext, requestInfo } from "./context";
import { exportHandler } from "./export-route";
import { reportDocxHandler } from "./report-route";
import { uploadHandler } from "./upload-route";
import { Uploads } from "./uploads";
import { classifiedError, classifyError, ErrorCode, formatError, httpFor, MESSAGES, newErrorId } from "./errors";
import { DEFAULT_LIMITS, type Limits, limitRules } from "./plugins/limits";
import { createLogger, type Logger, loggerFromCallback, safeError } from "./plugins/logging";
import { type RequestRecord, requestPolicy } from "./plugins/request-policy";
import { BodyTooLarge, graphqlHandler, MAX_BODY_BYTES, sendError } from "./http";
import { jitExecution } from "./jit-executor";
import { readReplica } from "./plugins/read-replica";
import { type CacheStore, responseCache } from "./plugins/response-cache";
import { Catalogue } from "./modules/indices/catalogue";
import { SubjectDirectory } from "./modules/indices/subject-names";
import { resolvers } from "./resolvers";

export interface ServerDeps {
  db: Db;
  /** Where uploaded files wait for previewImport / commitImport. */
  uploadDir?: string;
  introspection?: boolean;
  /** Per-operation limits (aliases, depth, directives, tokens, estimated cost); defaults in DEFAULT_LIMITS. */
  limits?: Partial<Limits>;
  /** A GraphQL request not answered within this many ms is answered 504 and abandoned (default 15,000). */
  requestTimeoutMs?: number;
  /** A GraphQL answer over this many bytes is refused with RESPONSE_TOO_LARGE (default 20 MB). */
  maxResponseBytes?: number;
  /** Whether callers without a token may read (default false: queries need a viewer token). */
  anonymousRead?: boolean;
  /** Seconds a verified token is remembered (default 10; 0: look it up on every request). */
  tokenCacheSeconds?: number;
  /** "jit" (default): graphql-jit executes compiled documents; "graphql-js": the reference executor. */
  executor?: "jit" | "graphql-js";
  /** Tests: every log line as (message, error or fields), when no `logger` is given. */
  log?: (message: string, error?: unknown) => void;
  /** Structured logs (pino, JSON lines); default: pino at LOG_LEVEL. */
  logger?: Logger;
  /** Resolves a session cookie to the signed-in person (the auth module); without it only tokens are accepted. */
  sessions?: SessionCheck;
  /** better-auth (modules/auth): people sign in through /auth/* and their session cookies identify them. */
  auth?: Auth;
  /** Where read answers are cached by data version (plugins/response-cache.ts); unset: no cache. */
  responseCache?: CacheStore;
  /** A read replica (DATABASE_READ_URL): queries' resolvers read from it (plugins/read-replica.ts). */
  readDb?: Db;
}

export interface ApiServer {
  http: Server;
  /** Listen on host:port (port 0 = any free port); resolves to the URL of /graphql. */
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

/** On every answer: no MIME sniffing, no referrer, nothing loaded or framed from it, not read cross-site. */
const SECURITY_HEADERS: [string, string][] = [
  ["x-content-type-options", "nosniff"],
  ["referrer-policy", "no-referrer"],
  ["content-security-policy", "default-src 'none'; frame-ancestors 'none'"],
  ["cross-origin-resource-policy", "same-site"],
];

const apolloText = (m: unknown) => String(m).split("\nparams:")[0]!.slice(0, 500);

/** A server factory, not a module singleton: tests start as many as they need. */
export async function createServer(deps: ServerDeps): Promise<ApiServer> {
  const logger = deps.logger ?? (deps.log ? loggerFromCallback(deps.log) : createLogger());
  // Errors are logged with their id, class, codes, SQL text (truncated) and stack: never parameters or row data.
  const log = (message: string, error?: unknown) =>
    logger.error({ errorId: /\S+$/.exec(message)?.[0], err: safeError(error) }, message);
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const { validationRules, parseOptions } = limitRules(limits);
  // Per request: what its log line says (operation, user), found from Apollo's context value by its
  // `request` (Apollo hands plugins a shallow copy of the context, so the context itself is no key).
  const records = new WeakMap<object, RequestRecord>();
  const requestRecords = new WeakMap<object, RequestRecord>();
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  const apollo = new ApolloServer<ApiContext>({
    schema,
    introspection: deps.introspection ?? true,
    // Apollo's default landing page loads Sandbox from a CDN; nothing here may need the internet.
    // No HTTP cache hints are used (every answer depends on the token), and the
    // cache-control plugin hooks every field resolution: off, a 1,440-group
    // activityStats answer went from 36 to 33 ms on this machine.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      requestPolicy((ctx) => records.get((ctx as ApiContext).request)),
      ...(deps.readDb ? [readReplica(deps.readDb)] : []),
      ...(deps.responseCache ? [responseCache(deps.db, deps.responseCache, deps.readDb)] : []),
      ...(deps.executor === "graphql-js" ? [] : [jitExecution(schema, log)]),
    ],
    // Stack traces (with file paths) only when NODE_ENV=development is set explicitly; unset means production.
    includeStacktraceInErrorResponses: process.env.NODE_ENV === "development",
    // Apollo's own messages (e.g. "Unexpected error processing request: <error>") into the JSON log;
    // a drizzle error's text carries the statement's parameters after "params:": cut there.
    logger: {
      debug: (m) => logger.debug({}, apolloText(m)),
      info: (m) => logger.info({}, apolloText(m)),
      warn: (m) => logger.warn({}, apolloText(m)),
      error: (m) => logger.error({}, apolloText(m)),
    },
    formatError: formatError(log),
    // Compact JSON: Apollo's default indents every answer, which for a
    // 1,440-group activityStats answer costs a third of a millisecond and
    // doubles the bytes sent.
    stringifyResult: (result) => JSON.stringify(result),
    // CSRF prevention stays on (Apollo's default): a GET or simple POST without
    // a JSON content type or an apollo-require-preflight header is refused.
    csrfPrevention: true,
    // The schema has cycles (topics, units, components nest): bound depth and estimated cost.
    // Bounded work per document: graphql-armor's aliases, depth and directives limits, a token
    // limit at parse time and an estimated cost with a price per root field (plugins/limits.ts).
    validationRules,
    parseOptions,
  });
  await apollo.start();
  const uploads = new Uploads(deps.uploadDir ?? join(tmpdir(), "cchc-uploads"));
  const check = tokenCheck(deps.db, deps.tokenCacheSeconds ?? 10);
  const subjects = new SubjectDirectory(deps.db);
  const catalogue = new Catalogue(deps.db);
  const sessions = deps.sessions ?? (deps.auth ? sessionCheck(deps.auth, deps.tokenCacheSeconds ?? 10) : undefined);
  const identify: Identify = (req) =>
    viewerFrom(check, req.headers, sessions).then((viewer) => {
      const record = requestRecords.get(req);
      if (record) record.user = viewerName(viewer);
      return viewer;
    });
  const handle = graphqlHandler(
    apollo,
    async (req) => {
      let ctx: ApiContext;
      try {
        ctx = await createContext(deps.db, { uploads, subjects, catalogue }, check, req, sessions);
      } catch (error) {
        // The token lookup could not reach the database: 503 with Retry-After, not a masked 500.
        const known = classifyError(error);
        if (!known) throw error;
        const errorId = newErrorId();
        log(`${known.code} ${errorId}`, error);
        const record = requestRecords.get(req);
        if (record) record.errorIds = [errorId];
        throw classifiedError(known, errorId);
      }
      const record = requestRecords.get(req);
      if (record) {
        record.user = viewerName(ctx.viewer);
        records.set(ctx.request, record);
      }
      if (!deps.anonymousRead && ctx.viewer.kind === "anonymous") requireRole(ctx.viewer, "viewer");
      return ctx;
    },
    { requestTimeoutMs: deps.requestTimeoutMs ?? 15_000, maxResponseBytes: deps.maxResponseBytes ?? 20_000_000 },
  );
  const upload = uploadHandler(deps.db, identify, uploads);
  const download = exportHandler(deps.db, subjects, identify, deps.anonymousRead === true);
  const report = reportDocxHandler(deps.db, identify, deps.anonymousRead === true, { subjects, catalogue });
  const signing = deps.auth ? authHandler(deps.db, deps.auth) : null;

  const http = createHttpServer(async (req, res) => {
    for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
    const url = new URL(req.url ?? "/", "http://localhost");
    // First, before anything that could wait: a liveness probe answers whatever else is running.
    if (url.pathname === "/health") {
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(JSON.stringify({ ok: true }));
    }
    const started = performance.now();
    const info = requestInfo(req);
    // The context reads the same header, so GraphQL's ctx.request.id is this id too.
    req.headers["x-request-id"] = info.id;
    res.setHeader("x-request-id", info.id);
    const record: RequestRecord = {};
    requestRecords.set(req, record);
    res.once("close", () =>
      logger.info(
        {
          reqId: info.id,
          method: req.method,
          path: url.pathname,
          user: record.user ?? "anonymous",
          operation: record.operation ?? undefined,
          errorIds: record.errorIds,
          status: res.writableFinished ? res.statusCode : 499,
          ms: Math.round((performance.now() - started) * 10) / 10,
        },
        "request",
      ),
    );
    const maxBody = url.pathname === "/uploads" ? MAX_FILE_BYTES : MAX_BODY_BYTES;
    if (Number(req.headers["content-length"] ?? 0) > maxBody)
      return sendError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, MESSAGES.PAYLOAD_TOO_LARGE(maxBody), {
        connection: "close",
      });
    try {
      if (url.pathname === "/graphql") return await handle(req, res, url);
      if (signing && url.pathname.startsWith("/auth/")) return await signing(req, res, url);
      if (url.pathname === "/uploads") return await upload(req, res, url);
      if (url.pathname === "/export/report.docx" || url.pathname === "/export/plan.docx")
        return await report(req, res, url);
      if (url.pathname.startsWith("/export/")) return await download(req, res, url);
      if (url.pathname === "/health") {
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(JSON.stringify({ ok: true }));
      }
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("Not found. GraphQL is served at /graphql.");
    } catch (error) {
      if (error instanceof BodyTooLarge)
        return sendError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, error.message, { connection: "close" });
      const known = classifyError(error);
      const errorId = newErrorId();
      log(`${known ? known.code : "request failed"} ${errorId}`, error);
      record.errorIds = [errorId];
      if (known)
        return sendError(res, known.status, known.code, known.message, Object.fromEntries(httpFor(known).headers));
      sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, MESSAGES.INTERNAL(errorId));
    }
  });

  return {
    http,
    listen: (port, host = "127.0.0.1") =>
      new Promise((resolve, reject) => {
        http.once("error", reject);
        http.listen(port, host, () => {
          const { port: actual } = http.address() as AddressInfo;
          resolve(`http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${actual}/graphql`);
        });
      }),
    stop: async () => {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await apollo.stop();
    },
  };
}

export { importSharedData } from "./shared-data";
export { createAuth } from "./modules/auth/better-auth";
export { createPerson } from "./modules/auth/users.service";
