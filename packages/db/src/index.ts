export { createDb, type Db, type DbConfig, type DbHandle, type Schema } from "./client";
export { dbConfigFromEnv } from "./config";
export { DataDirInUseError } from "./lock";
export { FIRST_YEAR_OF_34, unitsDay } from "./eras";
export { migrate, migrationsFolder } from "./migrate";
export * as tables from "./schema/index";
export { PLAN_DUTIES, type PlanDuty } from "./schema/duties";
export { DEMO_PREFIX, DEPARTMENT, NGHE_AN, needsSeed, seed, versionFor } from "./seed/index";
export { PEER_GROUPS } from "./seed/provinces";
// Query helpers re-exported so apps do not reach into drizzle-orm themselves.
export { and, asc, count, desc, eq, gt, gte, ilike, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
export {
  createServiceToken,
  createToken,
  listTokens,
  ROLES,
  revokeToken,
  type Role,
  roleAtLeast,
  serviceAccount,
  verifyToken,
  weakerRole,
} from "./tokens";
export { type Actor, type AuditFilter, type AuditInput, listAuditEvents, recordAudit, SYSTEM_ACTOR } from "./audit";
export { openCliDb } from "./cli-db";
export { onFirstRow, type QueryOptions, queryRows, queryTuples, tupleColumns } from "./query";
export { type BoundStatement, statement } from "./statement";
