import { sql } from "drizzle-orm";
import { bigint, check, index, integer, jsonb, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

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

/**
 * What a batch did to each row it touched, so that undo restores the value a
 * re-import overwrote (e.g. a seeded published figure) instead of deleting it.
 */
export const importChanges = pgTable(
  "import_changes",
  {
    batchId: integer()
      .notNull()
      .references(() => importBatches.id, { onDelete: "cascade" }),
    targetTable: text().notNull(),
    rowId: bigint({ mode: "number" }).notNull(),
    action: text().notNull(),
    /** The row's columns before the update (null for inserts). */
    before: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [
    check("import_changes_action", sql`${t.action} IN ('insert', 'update')`),
    check("import_changes_table", sql`${t.targetTable} IN ('index_values', 'activities')`),
    index("import_changes_batch_idx").on(t.batchId),
  ],
);
