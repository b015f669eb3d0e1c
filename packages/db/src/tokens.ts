import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "./client";
import { apiTokens } from "./schema/access";

export type Role = (typeof apiTokens.$inferSelect)["role"];
export const ROLES: Role[] = ["viewer", "analyst", "editor", "admin"];

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Create a token; the plain value is returned once and never stored. */
export async function createToken(db: Db, input: { name: string; role: Role; createdBy: string }) {
  const token = `cchc_${randomBytes(24).toString("base64url")}`;
  const [row] = await db
    .insert(apiTokens)
    .values({
      name: input.name.normalize("NFC"),
      role: input.role,
      tokenHash: hash(token),
      prefix: token.slice(0, 10),
      createdBy: input.createdBy,
    })
    .returning({ id: apiTokens.id });
  return { id: row!.id, token };
}

/** The live token matching a presented value, or null (unknown or revoked). */
export async function verifyToken(db: Db, token: string) {
  const [row] = await db
    .select({ id: apiTokens.id, name: apiTokens.name, role: apiTokens.role })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hash(token)), isNull(apiTokens.revokedAt)));
  return row ?? null;
}

export async function revokeToken(db: Db, id: number): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

export const listTokens = (db: Db) =>
  db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      role: apiTokens.role,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .orderBy(desc(apiTokens.id));
