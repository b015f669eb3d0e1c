-- A unit's duty under a plan (lead, monitor, implement) is its plan duty, not a role: "role" means an access
-- role only (docs/glossary.md). The column and its CHECK are renamed; the CHECK's expression follows the
-- column, so the rows are not checked again.
ALTER TABLE "plan_responsibilities" RENAME COLUMN "role" TO "duty";--> statement-breakpoint
ALTER TABLE "plan_responsibilities" RENAME CONSTRAINT "plan_responsibilities_role" TO "plan_responsibilities_duty";
