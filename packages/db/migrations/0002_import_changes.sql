CREATE TABLE "import_changes" (
	"batch_id" integer NOT NULL,
	"target_table" text NOT NULL,
	"row_id" bigint NOT NULL,
	"action" text NOT NULL,
	"before" jsonb,
	CONSTRAINT "import_changes_action" CHECK ("import_changes"."action" IN ('insert', 'update')),
	CONSTRAINT "import_changes_table" CHECK ("import_changes"."target_table" IN ('index_values', 'activities'))
);
--> statement-breakpoint
ALTER TABLE "activities" DROP CONSTRAINT "activities_import_batch_id_import_batches_id_fk";
--> statement-breakpoint
ALTER TABLE "index_values" DROP CONSTRAINT "index_values_import_batch_id_import_batches_id_fk";
--> statement-breakpoint
ALTER TABLE "import_changes" ADD CONSTRAINT "import_changes_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_changes_batch_idx" ON "import_changes" USING btree ("batch_id");--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_import_batch_id_import_batches_id_fk" FOREIGN KEY ("import_batch_id") REFERENCES "public"."import_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_values" ADD CONSTRAINT "index_values_import_batch_id_import_batches_id_fk" FOREIGN KEY ("import_batch_id") REFERENCES "public"."import_batches"("id") ON DELETE no action ON UPDATE no action;