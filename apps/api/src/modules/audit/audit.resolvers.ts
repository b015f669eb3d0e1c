import { requireRole } from "../../auth";
import type { Resolvers } from "../../generated/resolvers-types";
import { auditEvents } from "./audit.service";

export const auditResolvers: Resolvers = {
  Query: {
    /** The trail shows every person's writes and addresses: admins only. */
    auditEvents: (_, args, { db, viewer }) => {
      requireRole(viewer, "admin");
      return auditEvents(db, args);
    },
  },
};
