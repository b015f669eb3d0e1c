import { and, desc, eq, gte, lt, lte, type SQL } from "drizzle-orm";
import type { Db } from "./client";
import { auditEvents } from "./schema/people";

/**
 * Who is writing, carried from the request to the transaction that writes:
 * `name` is what rows' created_by/updated_by say, the rest lands in the audit
 * trail so an event can be traced to a person, a token and a request.
 */
export interface Actor {
  name: string;
  userId?: string | null;
  tokenId?: number | null;
  requestId?: string | null;
  address?: string | null;
}

/** The actor for work the service does itself (seed, first-start imports, clean-up). */
export const SYSTEM_ACTOR: Actor = { name: "hệ thống" };

export interface AuditInput {
  /** What was done, as the GraphQL operation or CLI command names it ("updatePlan", "signIn"). */
  operation: string;
  /** The kind of thing changed ("plan", "plan_target", "activity", "import_batch", "user", "api_token", "session"). */
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Append one event. Call it with the transaction that makes the change, so the
 * change and its record commit or roll back together.
 */
export async function recordAudit(db: Db, actor: Actor, event: AuditInput): Promise<void> {
  await db.insert(auditEvents).values({
    actorUserId: actor.userId ?? null,
    actorTokenId: actor.tokenId ?? null,
    actorName: actor.name,
    operation: event.operation,
    entity: event.entity,
    entityId: event.entityId == null ? null : String(event.entityId),
    before: event.before === undefined ? null : toJson(event.before),
    after: event.after === undefined ? null : toJson(event.after),
    requestId: actor.requestId ?? null,
    clientAddress: actor.address ?? null,
  });
}

/** Dates become ISO strings and undefined fields disappear, as they would in JSON. */
const toJson = (value: unknown) => JSON.parse(JSON.stringify(value ?? null));

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actorUserId?: string;
  operation?: string;
  from?: Date;
  to?: Date;
}

/** Newest first, keyset-paged by id (`after` = the last id of the previous page). */
export async function listAuditEvents(db: Db, filter: AuditFilter, first: number, after?: number) {
  const where: SQL[] = [];
  if (filter.entity) where.push(eq(auditEvents.entity, filter.entity));
  if (filter.entityId) where.push(eq(auditEvents.entityId, filter.entityId));
  if (filter.actorUserId) where.push(eq(auditEvents.actorUserId, filter.actorUserId));
  if (filter.operation) where.push(eq(auditEvents.operation, filter.operation));
  if (filter.from) where.push(gte(auditEvents.at, filter.from));
  if (filter.to) where.push(lte(auditEvents.at, filter.to));
  if (after !== undefined) where.push(lt(auditEvents.id, after));
  return db
    .select()
    .from(auditEvents)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(first);
}
