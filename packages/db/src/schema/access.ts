import { pgEnum, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

export const role = pgEnum("role", ["viewer", "analyst", "editor", "admin"]);

/**
 * Bearer tokens for the API. Only a SHA-256 of the token is stored: a leaked
 * database does not leak working tokens. `prefix` (first characters) lets an
 * admin tell tokens apart when listing or revoking.
 */
export const apiTokens = pgTable("api_tokens", {
  id: serial().primaryKey(),
  name: text().notNull(),
  role: role().notNull(),
  tokenHash: text().notNull().unique(),
  prefix: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  createdBy: text().notNull(),
  revokedAt: timestamp({ withTimezone: true }),
  lastUsedAt: timestamp({ withTimezone: true }),
});
