import { ENUM_WORDS } from "@cchc/schema";
import type { Resolvers } from "./generated/resolvers-types";
import { activitiesResolvers } from "./modules/activities/activities.resolvers";
import { auditResolvers } from "./modules/audit/audit.resolvers";
import { impactResolvers } from "./modules/impact/impact.resolvers";
import { authResolvers } from "./modules/auth/auth.resolvers";
import { geoResolvers } from "./modules/geo/geo.resolvers";
import { importsResolvers } from "./modules/imports/imports.resolvers";
import { indicesResolvers } from "./modules/indices/indices.resolvers";
import { plansResolvers } from "./modules/plans/plans.resolvers";

const modules: Resolvers[] = [
  // GraphQL's enum names ↔ the database's words, once for every module (packages/schema vocabulary).
  ENUM_WORDS,
  geoResolvers,
  indicesResolvers,
  plansResolvers,
  activitiesResolvers,
  importsResolvers,
  authResolvers,
  auditResolvers,
  impactResolvers,
];

/** Merge the modules' resolver maps type by type. */
export const resolvers: Resolvers = modules.reduce<Record<string, Record<string, unknown>>>((acc, m) => {
  for (const [type, fields] of Object.entries(m)) acc[type] = { ...acc[type], ...(fields as Record<string, unknown>) };
  return acc;
}, {}) as Resolvers;
