import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, desc, eq, isNull, or, sql } from "drizzle-orm";
import type { Db } from "./client";
import { apiTokens } from "./schema/access";
import { users } from "./schema/people";

export type Role = (typeof apiTokens.$inferSelect)["role"];
export const ROLES: Role[] = ["viewer", "analyst", "editor", "admin"];
const RANK: Record<Role, number> = { viewer: 1, analyst: 2, editor: 3, admin: 4 };

/** True when `held` gives at least the rights of `needed`. The one role comparison in the code. */
export const roleAtLeast = (held: Role, needed: Role) => RANK[held] >= RANK[needed];
/** The weaker of two roles: a token never gives more than its account holds. */
export const weakerRole = (a: Role, b: Role): Role => (RANK[a] <= RANK[b] ? a : b);

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * The service account named `name` (created with `role` when missing): scripts'
 * tokens belong to one. It has no password, so nobody signs in as it.
 */
export async function serviceAccount(db: Db, name: string, role: Role): Promise<string> {
  const normalised = name.normalize("NFC");
  const [found] = await db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(and(eq(users.name, normalised), eq(users.isService, true)));
  if (found) {
    // Raised, never lowered: the account's earlier tokens keep the rights they were made with.
    if (!roleAtLeast(found.role, role))
      await db.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, found.id));
    return found.id;
  }
  const id = `svc-${randomUUID()}`;
  await db.insert(users).values({ id, name: normalised, email: `${id}@service.invalid`, role, isService: true });
  return id;
}

/** Create a token for an account; the plain value is returned once and never stored. */
export async function createToken(db: Db, input: { name: string; role: Role; createdBy: string; userId: string }) {
  const token = `cchc_${randomBytes(24).toString("base64url")}`;
  const [row] = await db
    .insert(apiTokens)
    .values({
      name: input.name.normalize("NFC"),
      role: input.role,
      tokenHash: hash(token),
      prefix: token.slice(0, 10),
      createdBy: input.createdBy,
      userId: input.userId,
    })
    .returning({ id: apiTokens.id });
  return { id: row!.id, token };
}

/**
 * The live token matching a presented value, or null (unknown, revoked, or its
 * account disabled). Its role is the weaker of the token's and the account's.
 */
export async function verifyToken(db: Db, token: string) {
  const [row] = await db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      tokenRole: apiTokens.role,
      userId: users.id,
      userName: users.name,
      userRole: users.role,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, hash(token)),
        isNull(apiTokens.revokedAt),
        or(isNull(users.banned), eq(users.banned, false), sql`${users.banExpires} < now()`),
      ),
    );
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    role: weakerRole(row.tokenRole, row.userRole),
    userId: row.userId,
    userName: row.userName,
  };
}

export async function revokeToken(db: Db, id: number, userId?: string): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt), userId ? eq(apiTokens.userId, userId) : undefined))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

export const listTokens = (db: Db, userId?: string) =>
  db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      role: apiTokens.role,
      prefix: apiTokens.prefix,
      userId: apiTokens.userId,
      createdAt: apiTokens.createdAt,
      createdBy: apiTokens.createdBy,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(userId ? eq(apiTokens.userId, userId) : undefined)
    .orderBy(desc(apiTokens.id));

/** A token for a script: the service account of the same name, then a token for it. */
export async function createServiceToken(db: Db, input: { name: string; role: Role; createdBy: string }) {
  const userId = await serviceAccount(db, input.name, input.role);
  return createToken(db, { ...input, userId });
}
