import { pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { role, users } from "./people";

export { role };

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
  /** The account the token acts for: a person, or a service account for scripts. */
  userId: text()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  revokedAt: timestamp({ withTimezone: true }),
  lastUsedAt: timestamp({ withTimezone: true }),
});
