-- The activity row's limits, as the import and the API apply them (packages/import/src/kinds/activity-columns.ts,
-- one table for both): text no longer than the column's max (characters), a web address that is http(s).
-- NOT VALID: rows imported before these limits (the import had none) stay as they are; every new or
-- changed row is checked. A test (apps/api/test/activity-rule.test.ts) checks these CHECKs against that table.
ALTER TABLE "activities" ADD CONSTRAINT "activities_title_length" CHECK (char_length("activities"."title") <= 500) NOT VALID;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_channel_length" CHECK (char_length("activities"."channel") <= 200) NOT VALID;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_audience_length" CHECK (char_length("activities"."audience") <= 500) NOT VALID;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_url_length" CHECK (char_length("activities"."url") <= 2000) NOT VALID;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_notes_length" CHECK (char_length("activities"."notes") <= 4000) NOT VALID;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_url_web" CHECK ("activities"."url" ~ '^https?://\S+$') NOT VALID;
