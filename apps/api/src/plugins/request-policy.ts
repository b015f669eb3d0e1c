import type { ApolloServerPlugin } from "@apollo/server";
import { badInput, type Classified, classifyError, containsNul, httpFor, MESSAGES } from "../errors";

/** What the request log line says about a GraphQL request, filled in as Apollo goes. */
export interface RequestRecord {
  operation?: string | null;
  user?: string;
  /** The ids of errors logged for this request (the client sees them as extensions.errorId). */
  errorIds?: string[];
}

/**
 * Per request:
 * - a NUL character in any variable is refused (400 BAD_USER_INPUT) before a
 *   resolver runs: PostgreSQL cannot store it, and would answer an error that
 *   used to be masked as a 500;
 * - errors whose cause is known set the HTTP status: database unreachable
 *   503 with Retry-After, a statement timeout 504, a value PostgreSQL
 *   refused 400 (instead of HTTP 200 with "Internal server error");
 * - the operation name, and the ids of logged errors, are noted for the request's log line.
 */
export function requestPolicy(recordOf: (context: object) => RequestRecord | undefined): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      let worst: Classified | null = null;
      return {
        async didResolveOperation(rc) {
          const record = recordOf(rc.contextValue);
          if (record) record.operation = rc.operationName ?? null;
          if (containsNul(rc.request.variables)) throw badInput(MESSAGES.NUL("Biến (variables)"));
        },
        async didEncounterErrors(rc) {
          for (const error of rc.errors) {
            const c = classifyError(error);
            if (c && (!worst || c.status > worst.status)) worst = c;
          }
        },
        async willSendResponse(rc) {
          const record = recordOf(rc.contextValue);
          const body = rc.response.body;
          if (record && body.kind === "single") {
            const ids = body.singleResult.errors
              ?.map((e) => e.extensions?.errorId)
              .filter((id) => typeof id === "string");
            if (ids?.length) record.errorIds = ids as string[];
          }
          if (!worst) return;
          const http = httpFor(worst);
          rc.response.http.status = http.status;
          for (const [k, v] of http.headers) rc.response.http.headers.set(k, v);
        },
      };
    },
  };
}
