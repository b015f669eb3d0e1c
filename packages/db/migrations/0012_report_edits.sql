CREATE TABLE "report_edits" (
	"plan_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"paragraph_key" text NOT NULL,
	"text" text NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_edits_plan_id_year_paragraph_key_pk" PRIMARY KEY("plan_id","year","paragraph_key"),
	CONSTRAINT "report_edits_text_nfc" CHECK ("report_edits"."text" IS NFC NORMALIZED),
	CONSTRAINT "report_edits_text_not_empty" CHECK (length("report_edits"."text") > 0),
	CONSTRAINT "report_edits_year" CHECK ("report_edits"."year" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
ALTER TABLE "report_edits" ADD CONSTRAINT "report_edits_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;