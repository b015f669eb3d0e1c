import { createHash } from "node:crypto";
import { type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { type Db, queryRows, sql } from "@cchc/db";
import { Redis } from "ioredis";
import type { ApiContext } from "../context";

/**
 * Root fields whose answer depends only on the data and the caller's role —
 * the dashboard's reads. Per-person fields (viewer, accounts, myApiTokens,
 * auditEvents, importBatches) are never cached.
 */
const CACHEABLE = new Set([
  "subjectProfile",
  "ranking",
  "indexSeries",
  "compareSeries",
  "alignment",
  "activityStats",
  "dataCoverage",
  "indices",
  "index",
  "component",
  "provinces",
  "subject",
  "peerGroups",
  "topics",
  "forms",
  "plans",
  "plan",
  "planProgress",
  // The year-end report (12 statements and the impact verdicts): read by the Office while editing, data only.
  "orientationReport",
  // The heaviest reads (a synthetic control with every placebo is 0.2–0.6 s of CPU) and, like the rest, data only.
  "impact",
  "whatIf",
  "rankTarget",
]);

/** Where answers are kept: a process's memory, or Redis shared by every API process. */
export interface CacheStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}

/** Least recently used answers in this process, at most `max` of them. */
export function memoryStore(max = 2_000): CacheStore {
  const entries = new Map<string, string>();
  return {
    async get(key) {
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    async set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > max) entries.delete(entries.keys().next().value!);
    },
    async close() {
      entries.clear();
    },
  };
}

/**
 * Answers in Redis, shared by every API process of one database (`namespace`
 * tells databases apart: their data versions may coincide), expiring after
 * `ttlSeconds` (old data versions' keys are never asked for again).
 * Redis being down is a cache miss, never a failed request.
 */
export function redisStore(url: string, namespace: string, ttlSeconds = 3_600): CacheStore {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
  redis.on("error", () => {}); // reported as misses; ioredis reconnects by itself
  return {
    async get(key) {
      return (await redis.get(`cchc:gql:${namespace}:${key}`).catch(() => null)) ?? undefined;
    },
    async set(key, value) {
      await redis.set(`cchc:gql:${namespace}:${key}`, value, "EX", ttlSeconds).catch(() => {});
    },
    async close() {
      redis.disconnect();
    },
  };
}

/**
 * Every data version in one string: the triggers' counters ('activities',
 * 'subjects', 'indices') and 'writes', bumped after every mutation. A write
 * changes it, so an answer cached before is never served after.
 */
const DATA_VERSION = sql`SELECT string_agg(name || '=' || version, ',' ORDER BY name) AS v FROM data_versions`;

/** Bumped (in the database, so every process sees it) once a mutation has answered. */
const BUMP_WRITES = sql`INSERT INTO data_versions (name, version) VALUES ('writes', 1)
  ON CONFLICT (name) DO UPDATE SET version = data_versions.version + 1`;

/**
 * A response cache for reads keyed by (operation text and name, variables,
 * role, data version). A hit costs one statement (the data version) instead
 * of the operation's; only clean answers (no errors) of queries whose root
 * fields are all in CACHEABLE are stored.
 */
export function responseCache(db: Db, store: CacheStore, readDb: Db = db): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      let key: string | null = null;
      return {
        async responseForOperation(ctx) {
          const op = ctx.operation;
          if (op?.operation !== "query") return null;
          const roots = op.selectionSet.selections;
          if (!roots.every((s) => s.kind === "Field" && CACHEABLE.has(s.name.value))) return null;
          // The version of the data the answer is read from (a replica's own, when queries read one).
          const [row] = await queryRows<{ v: string }>(readDb, DATA_VERSION);
          const viewer = ctx.contextValue.viewer;
          const role = viewer.kind === "user" ? viewer.role : "anonymous";
          // Today's date too: planProgress without asOf is "as of today".
          const today = new Date().toISOString().slice(0, 10);
          key = createHash("sha256")
            .update(
              JSON.stringify([ctx.queryHash, ctx.operationName, ctx.request.variables ?? {}, role, row?.v, today]),
            )
            .digest("base64url");
          const hit = await store.get(key);
          if (hit === undefined) return null;
          key = null; // served from the cache: nothing to store
          const headers = new HeaderMap([["x-cache", "hit"]]);
          return { http: { status: undefined, headers }, body: { kind: "single", singleResult: JSON.parse(hit) } };
        },
        async willSendResponse(ctx) {
          if (ctx.operation?.operation === "mutation") {
            await db.execute(BUMP_WRITES);
            return;
          }
          const body = ctx.response.body;
          if (key && body.kind === "single" && !body.singleResult.errors && ctx.response.http.status === undefined)
            await store.set(key, JSON.stringify(body.singleResult));
        },
      };
    },
  };
}
