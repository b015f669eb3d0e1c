import { sql, type SQL } from "drizzle-orm";
import { text, timestamp, type AnyPgColumn } from "drizzle-orm/pg-core";

/** Who changed a row and when. Every table users edit carries these. */
export const auditColumns = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  createdBy: text().notNull().default("system"),
  updatedBy: text().notNull().default("system"),
};

/**
 * Vietnamese text must be stored NFC: the same word typed on a Mac (NFD) and
 * on Windows (NFC) would otherwise never match in search, joins or dedupe.
 * The check makes the database refuse anything else, whoever writes it.
 */
export function isNfc(column: AnyPgColumn): SQL {
  return sql`${column} IS NFC NORMALIZED`;
}
