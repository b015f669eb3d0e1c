import { sql } from "drizzle-orm";
import { check, integer, pgTable, primaryKey, smallint, text, timestamp } from "drizzle-orm/pg-core";
import { isNfc } from "./columns";
import { plans } from "./plans";

/**
 * The Office's wording of a year-end report paragraph (by its stable id, e.g.
 * "III.1"), per plan and report year; it replaces the generated paragraph on
 * the page and in the DOCX. No row: the generated text. Saved by
 * saveReportEdits in one transaction, with one audit event.
 */
export const reportEdits = pgTable(
  "report_edits",
  {
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    year: smallint().notNull(),
    paragraphKey: text().notNull(),
    text: text().notNull(),
    updatedBy: text().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.year, t.paragraphKey] }),
    check("report_edits_text_nfc", isNfc(t.text)),
    check("report_edits_text_not_empty", sql`length(${t.text}) > 0`),
    check("report_edits_year", sql`${t.year} BETWEEN 2000 AND 2100`),
  ],
);
