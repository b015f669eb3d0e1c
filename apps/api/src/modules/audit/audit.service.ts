import { and, type Db, desc, eq, gte, ilike, or, type SQL, sql, tables as t } from "@cchc/db";
import { badInput } from "../../errors";
import type { AuditFilter } from "../../generated/resolvers-types";

/** The most events one page returns, whatever `first` asks for. */
export const MAX_AUDIT_PAGE = 500;
/** Day-only bounds are the Department's days (Asia/Ho_Chi_Minh has no daylight saving). */
const VIETNAM = "+07:00";
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A filter bound: a day (its start, or for `to` the next day's start, exclusive) or a moment, inclusive. */
function bound(value: string, field: "from" | "to"): { at: Date; exclusive: boolean } {
  const day = DAY.test(value);
  const at = new Date(day ? `${value}T00:00:00${VIETNAM}` : value);
  if (Number.isNaN(at.getTime()) || (day && !new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)))
    throw badInput(
      `${field}: cần ngày YYYY-MM-DD hoặc thời điểm ISO 8601, nhận “${value.slice(0, 40)}” (BAD_USER_INPUT)`,
      `filter.${field}`,
    );
  if (day && field === "to") at.setUTCDate(at.getUTCDate() + 1);
  return { at, exclusive: day && field === "to" };
}

const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function conditions(filter: AuditFilter | null | undefined): SQL[] {
  const f = filter ?? {};
  const where: SQL[] = [];
  const e = t.auditEvents;
  if (f.entity) where.push(eq(e.entity, f.entity));
  if (f.entityId) where.push(eq(e.entityId, f.entityId));
  if (f.operation) where.push(eq(e.operation, f.operation));
  const actor = f.actor?.normalize("NFC").trim();
  if (actor) where.push(or(eq(e.actorUserId, actor), ilike(e.actorName, likePattern(actor)))!);
  const from = f.from ? bound(f.from, "from") : null;
  const to = f.to ? bound(f.to, "to") : null;
  if (from && to && from.at > to.at)
    throw badInput(`Ngày bắt đầu (${f.from}) sau ngày kết thúc (${f.to}) (BAD_USER_INPUT)`, "filter.from");
  if (from) where.push(gte(e.at, from.at));
  if (to) where.push(to.exclusive ? sql`${e.at} < ${to.at.toISOString()}` : sql`${e.at} <= ${to.at.toISOString()}`);
  return where;
}

const json = (v: unknown) => (v == null ? null : JSON.stringify(v));

/**
 * The audit trail newest first, keyset-paged by id: `after` is the previous
 * page's last id. `first` is capped at MAX_AUDIT_PAGE.
 */
export async function auditEvents(
  db: Db,
  args: { filter?: AuditFilter | null; first?: number | null; after?: string | null },
) {
  const first = Math.min(args.first ?? 50, MAX_AUDIT_PAGE);
  if (!Number.isInteger(first) || first < 1)
    throw badInput(`first: từ 1 đến 500, nhận ${first} (BAD_USER_INPUT)`, "first");
  const where = conditions(args.filter);
  if (args.after != null) {
    if (!/^\d{1,18}$/.test(args.after))
      throw badInput(`after: cần mã số sự kiện, nhận “${args.after.slice(0, 40)}” (BAD_USER_INPUT)`, "after");
    where.push(sql`${t.auditEvents.id} < ${Number(args.after)}`);
  }
  const rows = await db
    .select()
    .from(t.auditEvents)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(t.auditEvents.id))
    .limit(first + 1);
  const page = rows.slice(0, first);
  return {
    events: page.map((r) => ({
      id: String(r.id),
      at: r.at.toISOString(),
      actorName: r.actorName,
      actorUserId: r.actorUserId,
      actorTokenId: r.actorTokenId,
      operation: r.operation,
      entity: r.entity,
      entityId: r.entityId,
      before: json(r.before),
      after: json(r.after),
      requestId: r.requestId,
      clientAddress: r.clientAddress,
    })),
    hasNextPage: rows.length > first,
    endCursor: page.length ? String(page.at(-1)!.id) : null,
  };
}
