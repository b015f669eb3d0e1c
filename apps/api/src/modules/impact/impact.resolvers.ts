import type { Resolvers } from "../../generated/resolvers-types";
import { impact } from "./impact.service";
import { rankTarget, whatIf } from "./what-if.service";

/** Reads for every role from viewer up (leadership reads dashboards): no role check beyond the token. */
export const impactResolvers: Resolvers = {
  Query: {
    impact: (_, args, { db, subjects, loaders }) => impact(db, args, subjects, loaders),
    whatIf: (_, args, { db, subjects, loaders }) => whatIf(db, args, subjects, loaders),
    rankTarget: (_, args, { db, subjects, loaders }) => rankTarget(db, args, subjects, loaders),
  },
};
