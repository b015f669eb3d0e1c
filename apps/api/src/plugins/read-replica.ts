import type { ApolloServerPlugin } from "@apollo/server";
import type { Db } from "@cchc/db";
import type { ApiContext } from "../context";
import { createLoaders } from "../loaders";

/**
 * DATABASE_READ_URL: once the operation is known to be a query, its resolvers
 * and loaders read from the replica; mutations (and tokens, sessions, uploads)
 * stay on the primary. A replica lags its primary by its replication delay:
 * a read straight after a write may not show it yet.
 */
export function readReplica(readDb: Db): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx) {
          if (ctx.operation?.operation !== "query") return;
          ctx.contextValue.db = readDb;
          ctx.contextValue.loaders = createLoaders(readDb);
        },
      };
    },
  };
}
