import { requiring } from "../../auth";
import type { QueryResolvers, Resolvers } from "../../generated/resolvers-types";
import { auditEvents } from "./audit.service";

export const auditResolvers: Resolvers = {
  /** The trail shows every person's writes and addresses: admins only. */
  Query: requiring<QueryResolvers>("admin", {
    auditEvents: (_, args, { db }) => auditEvents(db, args),
  }),
};
