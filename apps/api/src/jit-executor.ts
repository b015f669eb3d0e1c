import { type ApolloServerPlugin, type GraphQLRequestContext, HeaderMap } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import { classifyError, httpFor, newErrorId } from "./errors";

/** Compiled documents kept per server; past this many, the cache starts over. */
const MAX_COMPILED = 500;

/**
 * Runs queries with graphql-jit instead of graphql-js. Apollo Server still
 * parses, validates (depth and cost limits included) and builds the context;
 * graphql-jit compiles each document once into a function, so a 1,440-group
 * activityStats answer costs 0.16 ms to execute instead of 3.8 ms.
 *
 * It answers through Apollo's `responseForOperation` hook, which skips
 * Apollo's own execution, and only with a clean result:
 * - a query whose compiled run reports errors is answered `null`, so Apollo
 *   runs it again with graphql-js and reports the errors exactly as it
 *   always does (codes, masking through formatError, HTTP status). Queries
 *   read, so the second run changes nothing; it only costs time on answers
 *   that are errors anyway;
 * - mutations always run on graphql-js: run twice, a half-done mutation
 *   would write twice;
 * - except when an error says the database is unreachable or a statement
 *   timed out: running it again would only wait as long again, so it is
 *   answered at once (503 with Retry-After, or 504), logged with an error id.
 *
 * Why not Apollo's gateway hook, which earlier versions used: it hands the
 * executor a request context whose `response.http.status` is an object
 * literal's getter/setter pair, and V8 allocates such accessor pairs in the
 * old generation. Their closures hold the whole request (context, loaders,
 * answer), so every request's objects survived young-generation collections
 * and were promoted: ~1.8 MB per scavenge instead of ~50 KB, a quarter of
 * `ranking`'s time in the API process (README "Speed").
 */
export function jitExecution(
  schema: GraphQLSchema,
  log: (message: string, error: unknown) => void = () => {},
): ApolloServerPlugin {
  const compiled = new Map<string, CompiledQuery | null>();
  const compiledFor = (context: GraphQLRequestContext<object>): CompiledQuery | null => {
    const key = `${context.queryHash}:${context.operationName ?? ""}`;
    let query = compiled.get(key);
    if (query === undefined) {
      // Compilation fails only where execution would (e.g. an unknown operation name): graphql-js then answers.
      const result = compileQuery(schema, context.document!, context.request.operationName ?? undefined);
      query = isCompiledQuery(result) ? result : null;
      if (compiled.size >= MAX_COMPILED) compiled.clear();
      compiled.set(key, query);
    }
    return query;
  };
  return {
    async requestDidStart() {
      return {
        async responseForOperation(context) {
          if (context.operation?.operation !== "query") return null;
          const query = compiledFor(context);
          if (!query) return null;
          const result = await query.query(undefined, context.contextValue, context.request.variables ?? {});
          if (result.errors?.length) {
            const known = result.errors.map((e) => classifyError(e)).find((c) => c && c.status >= 500);
            if (!known) return null;
            const errorId = newErrorId();
            log(`${known.code} ${errorId}`, result.errors[0]);
            return {
              http: httpFor(known),
              body: {
                kind: "single",
                singleResult: {
                  data: null,
                  errors: [{ message: known.message, extensions: { code: known.code, errorId } }],
                },
              },
            };
          }
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: "single", singleResult: result },
          };
        },
      };
    },
  };
}
