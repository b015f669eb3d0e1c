import { createServer as createHttpServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { makeExecutableSchema } from "@graphql-tools/schema";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import type { Db } from "@cchc/db";
import { typeDefs } from "@cchc/schema";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { requireRole, type SessionCheck, tokenCheck } from "./auth";
import { type ApiContext, createContext } from "./context";
import { exportHandler } from "./export-route";
import { reportDocxHandler } from "./report-route";
import { uploadHandler } from "./upload-route";
import { Uploads } from "./uploads";
import { formatError } from "./errors";
import { costLimit } from "./plugins/cost-limit";
import { depthLimit } from "./plugins/depth-limit";
import { graphqlHandler } from "./http";
import { jitExecution } from "./jit-executor";
import { SubjectDirectory } from "./modules/indices/subject-names";
import { resolvers } from "./resolvers";

export interface ServerDeps {
  db: Db;
  /** Where uploaded files wait for previewImport / commitImport. */
  uploadDir?: string;
  introspection?: boolean;
  maxDepth?: number;
  maxCost?: number;
  /** Whether callers without a token may read (default false: queries need a viewer token). */
  anonymousRead?: boolean;
  /** Seconds a verified token is remembered (default 10; 0: look it up on every request). */
  tokenCacheSeconds?: number;
  /** "jit" (default): graphql-jit executes compiled documents; "graphql-js": the reference executor. */
  executor?: "jit" | "graphql-js";
  log?: (message: string, error?: unknown) => void;
  /** Resolves a session cookie to the signed-in person (the auth module); without it only tokens are accepted. */
  sessions?: SessionCheck;
}

export interface ApiServer {
  http: Server;
  /** Listen on host:port (port 0 = any free port); resolves to the URL of /graphql. */
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

/** A server factory, not a module singleton: tests start as many as they need. */
export async function createServer(deps: ServerDeps): Promise<ApiServer> {
  const log = deps.log ?? ((m, e) => console.error(m, e ?? ""));
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
      ...(deps.executor === "graphql-js" ? [] : [jitExecution(schema)]),
    ],
    formatError: formatError(log),
    // Compact JSON: Apollo's default indents every answer, which for a
    // 1,440-group activityStats answer costs a third of a millisecond and
    // doubles the bytes sent.
    stringifyResult: (result) => JSON.stringify(result),
    // CSRF prevention stays on (Apollo's default): a GET or simple POST without
    // a JSON content type or an apollo-require-preflight header is refused.
    csrfPrevention: true,
    // The schema has cycles (topics, units, components nest): bound depth and estimated cost.
    validationRules: [depthLimit(deps.maxDepth ?? 12), costLimit(deps.maxCost ?? 50_000)],
  });
  await apollo.start();
  const uploads = new Uploads(deps.uploadDir ?? join(tmpdir(), "cchc-uploads"));
  const check = tokenCheck(deps.db, deps.tokenCacheSeconds ?? 10);
  const subjects = new SubjectDirectory(deps.db);
  const handle = graphqlHandler(apollo, async (req) => {
    const ctx = await createContext(deps.db, uploads, subjects, check, req, deps.sessions);
    if (!deps.anonymousRead && ctx.viewer.kind === "anonymous") requireRole(ctx.viewer, "viewer");
    return ctx;
  });
  const upload = uploadHandler(deps.db, check, uploads);
  const download = exportHandler(deps.db, subjects, check, deps.anonymousRead === true);
  const report = reportDocxHandler(deps.db, check, deps.anonymousRead === true);

  const http = createHttpServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      if (url.pathname === "/graphql") return await handle(req, res, url);
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
      log("request failed", error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message: "Internal server error" }] }));
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
