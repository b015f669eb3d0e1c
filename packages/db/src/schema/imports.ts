import { sql } from "drizzle-orm";
import { check, integer, jsonb, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

/** One committed import of a file: who, when, what file, what it did. Undoing deletes its rows. */
export const importBatches = pgTable(
  "import_batches",
  {
    id: serial().primaryKey(),
    kind: text().notNull(),
    fileName: text().notNull(),
    sha256: text().notNull(),
    rowCount: integer().notNull().default(0),
    counts: jsonb().$type<Record<string, number>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: text().notNull(),
    undoneAt: timestamp({ withTimezone: true }),
    undoneBy: text(),
  },
  (t) => [check("import_batches_sha256", sql`${t.sha256} ~ '^[0-9a-f]{64}$'`)],
);
