CREATE TYPE "public"."subject_kind" AS ENUM('province', 'department');--> statement-breakpoint
CREATE TYPE "public"."value_status" AS ENUM('published', 'not_published', 'no_data');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('department', 'office', 'division', 'centre', 'journal', 'desk');--> statement-breakpoint
CREATE TABLE "activities" (
	"id" serial PRIMARY KEY NOT NULL,
	"external_ref" text,
	"plan_id" integer,
	"organisation_code" text NOT NULL,
	"form_code" text NOT NULL,
	"channel" text,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"audience" text,
	"participants" integer,
	"reach" integer,
	"url" text,
	"notes" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"import_batch_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text DEFAULT 'system' NOT NULL,
	"updated_by" text DEFAULT 'system' NOT NULL,
	CONSTRAINT "activities_externalRef_unique" UNIQUE("external_ref"),
	CONSTRAINT "activities_title_nfc" CHECK ("activities"."title" IS NFC NORMALIZED),
	CONSTRAINT "activities_title_not_blank" CHECK (btrim("activities"."title") <> ''),
	CONSTRAINT "activities_channel_nfc" CHECK ("activities"."channel" IS NULL OR "activities"."channel" IS NFC NORMALIZED),
	CONSTRAINT "activities_dates" CHECK ("activities"."ends_on" >= "activities"."starts_on"),
	CONSTRAINT "activities_participants" CHECK ("activities"."participants" IS NULL OR "activities"."participants" >= 0),
	CONSTRAINT "activities_reach" CHECK ("activities"."reach" IS NULL OR "activities"."reach" >= 0)
);
--> statement-breakpoint
CREATE TABLE "activity_topics" (
	"activity_id" integer NOT NULL,
	"topic_code" text NOT NULL,
	CONSTRAINT "activity_topics_activity_id_topic_code_pk" PRIMARY KEY("activity_id","topic_code")
);
--> statement-breakpoint
CREATE TABLE "peer_group_members" (
	"peer_group_code" text NOT NULL,
	"province_code" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "peer_group_members_peer_group_code_province_code_pk" PRIMARY KEY("peer_group_code","province_code")
);
--> statement-breakpoint
CREATE TABLE "peer_groups" (
	"code" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"description" text,
	CONSTRAINT "peer_groups_name_vi_nfc" CHECK ("peer_groups"."name_vi" IS NFC NORMALIZED)
);
--> statement-breakpoint
CREATE TABLE "province_crosswalk" (
	"old_code" text NOT NULL,
	"new_code" text NOT NULL,
	"effective_on" date NOT NULL,
	"legal_basis" text NOT NULL,
	CONSTRAINT "province_crosswalk_old_code_effective_on_pk" PRIMARY KEY("old_code","effective_on")
);
--> statement-breakpoint
CREATE TABLE "provinces" (
	"code" text PRIMARY KEY NOT NULL,
	"gso_code" text,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"region_code" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"papi_id" text,
	"pci_id" text,
	CONSTRAINT "provinces_gsoCode_unique" UNIQUE("gso_code"),
	CONSTRAINT "provinces_name_vi_nfc" CHECK ("provinces"."name_vi" IS NFC NORMALIZED),
	CONSTRAINT "provinces_validity" CHECK ("provinces"."valid_to" IS NULL OR "provinces"."valid_to" >= "provinces"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" smallint NOT NULL,
	CONSTRAINT "regions_name_vi_nfc" CHECK ("regions"."name_vi" IS NFC NORMALIZED)
);
--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"row_count" integer DEFAULT 0 NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"undone_at" timestamp with time zone,
	"undone_by" text,
	CONSTRAINT "import_batches_sha256" CHECK ("import_batches"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "component_versions" (
	"component_id" text NOT NULL,
	"version_code" text NOT NULL,
	"scale_min" numeric NOT NULL,
	"scale_max" numeric NOT NULL,
	CONSTRAINT "component_versions_component_id_version_code_pk" PRIMARY KEY("component_id","version_code"),
	CONSTRAINT "component_versions_scale" CHECK ("component_versions"."scale_max" > "component_versions"."scale_min")
);
--> statement-breakpoint
CREATE TABLE "index_components" (
	"id" text PRIMARY KEY NOT NULL,
	"index_code" text NOT NULL,
	"parent_id" text,
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "index_components_id_index_key" UNIQUE("id","index_code"),
	CONSTRAINT "index_components_name_vi_nfc" CHECK ("index_components"."name_vi" IS NFC NORMALIZED)
);
--> statement-breakpoint
CREATE TABLE "index_values" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subject_code" text NOT NULL,
	"index_code" text NOT NULL,
	"component_id" text,
	"year" smallint NOT NULL,
	"version_code" text NOT NULL,
	"value" numeric,
	"published_rank" integer,
	"published_out_of" integer,
	"status" "value_status" DEFAULT 'published' NOT NULL,
	"source_url" text,
	"note" text,
	"import_batch_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text DEFAULT 'system' NOT NULL,
	"updated_by" text DEFAULT 'system' NOT NULL,
	CONSTRAINT "index_values_one_per_year" UNIQUE NULLS NOT DISTINCT("subject_code","index_code","component_id","year"),
	CONSTRAINT "index_values_year" CHECK ("index_values"."year" BETWEEN 2000 AND 2100),
	CONSTRAINT "index_values_status_matches_value" CHECK (("index_values"."status" = 'published' AND ("index_values"."value" IS NOT NULL OR "index_values"."published_rank" IS NOT NULL))
       OR ("index_values"."status" <> 'published' AND "index_values"."value" IS NULL AND "index_values"."published_rank" IS NULL)),
	CONSTRAINT "index_values_rank" CHECK ("index_values"."published_rank" IS NULL OR ("index_values"."published_rank" >= 1 AND ("index_values"."published_out_of" IS NULL OR "index_values"."published_rank" <= "index_values"."published_out_of"))),
	CONSTRAINT "index_values_source" CHECK ("index_values"."source_url" IS NOT NULL OR "index_values"."import_batch_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "indices" (
	"code" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"short_name" text NOT NULL,
	"publisher" text NOT NULL,
	"unit" text NOT NULL,
	"higher_is_better" boolean DEFAULT true NOT NULL,
	"subject_kind" "subject_kind" NOT NULL,
	"first_year" smallint,
	"source_url" text,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "indices_name_vi_nfc" CHECK ("indices"."name_vi" IS NFC NORMALIZED)
);
--> statement-breakpoint
CREATE TABLE "methodology_versions" (
	"code" text PRIMARY KEY NOT NULL,
	"index_code" text NOT NULL,
	"name_vi" text NOT NULL,
	"first_year" smallint NOT NULL,
	"last_year" smallint,
	"total_min" numeric NOT NULL,
	"total_max" numeric NOT NULL,
	"legal_basis" text,
	"source_url" text,
	"notes" text,
	CONSTRAINT "methodology_versions_index_code_key" UNIQUE("code","index_code"),
	CONSTRAINT "methodology_versions_years" CHECK ("methodology_versions"."last_year" IS NULL OR "methodology_versions"."last_year" >= "methodology_versions"."first_year"),
	CONSTRAINT "methodology_versions_scale" CHECK ("methodology_versions"."total_max" > "methodology_versions"."total_min")
);
--> statement-breakpoint
CREATE TABLE "subjects" (
	"code" text PRIMARY KEY NOT NULL,
	"kind" "subject_kind" NOT NULL,
	"province_code" text,
	"organisation_code" text,
	CONSTRAINT "subjects_provinceCode_unique" UNIQUE("province_code"),
	CONSTRAINT "subjects_organisationCode_unique" UNIQUE("organisation_code"),
	CONSTRAINT "subjects_one_target" CHECK (("subjects"."kind" = 'province' AND "subjects"."province_code" IS NOT NULL AND "subjects"."organisation_code" IS NULL)
       OR ("subjects"."kind" = 'department' AND "subjects"."organisation_code" IS NOT NULL AND "subjects"."province_code" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"code" text PRIMARY KEY NOT NULL,
	"parent_code" text,
	"kind" "organisation_kind" NOT NULL,
	"name_vi" text NOT NULL,
	"short_name_vi" text,
	"name_en" text,
	"province_code" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text DEFAULT 'system' NOT NULL,
	"updated_by" text DEFAULT 'system' NOT NULL,
	CONSTRAINT "organisations_name_vi_nfc" CHECK ("organisations"."name_vi" IS NFC NORMALIZED),
	CONSTRAINT "organisations_short_name_nfc" CHECK ("organisations"."short_name_vi" IS NULL OR "organisations"."short_name_vi" IS NFC NORMALIZED),
	CONSTRAINT "organisations_not_own_parent" CHECK ("organisations"."parent_code" IS DISTINCT FROM "organisations"."code")
);
--> statement-breakpoint
CREATE TABLE "forms" (
	"code" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"short_name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "forms_name_vi_nfc" CHECK ("forms"."name_vi" IS NFC NORMALIZED)
);
--> statement-breakpoint
CREATE TABLE "plan_forms" (
	"plan_id" integer NOT NULL,
	"form_code" text NOT NULL,
	"description_vi" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "plan_forms_plan_id_form_code_pk" PRIMARY KEY("plan_id","form_code"),
	CONSTRAINT "plan_forms_description_vi_nfc" CHECK ("plan_forms"."description_vi" IS NFC NORMALIZED)
);
--> statement-breakpoint
CREATE TABLE "plan_responsibilities" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"organisation_code" text,
	"applies_to_all_units" boolean DEFAULT false NOT NULL,
	"role" text NOT NULL,
	"duty_vi" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "plan_responsibilities_duty_vi_nfc" CHECK ("plan_responsibilities"."duty_vi" IS NFC NORMALIZED),
	CONSTRAINT "plan_responsibilities_role" CHECK ("plan_responsibilities"."role" IN ('lead', 'monitor', 'implement')),
	CONSTRAINT "plan_responsibilities_target" CHECK (("plan_responsibilities"."organisation_code" IS NOT NULL) <> "plan_responsibilities"."applies_to_all_units")
);
--> statement-breakpoint
CREATE TABLE "plan_targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"form_code" text NOT NULL,
	"organisation_code" text,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"quantity" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text DEFAULT 'system' NOT NULL,
	"updated_by" text DEFAULT 'system' NOT NULL,
	CONSTRAINT "plan_targets_one_per_cell" UNIQUE NULLS NOT DISTINCT("plan_id","form_code","organisation_code","period_start"),
	CONSTRAINT "plan_targets_period" CHECK ("plan_targets"."period_end" >= "plan_targets"."period_start"),
	CONSTRAINT "plan_targets_quantity" CHECK ("plan_targets"."quantity" >= 0)
);
--> statement-breakpoint
CREATE TABLE "plan_topics" (
	"plan_id" integer NOT NULL,
	"topic_code" text NOT NULL,
	"text_vi" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "plan_topics_plan_id_topic_code_pk" PRIMARY KEY("plan_id","topic_code"),
	CONSTRAINT "plan_topics_text_vi_nfc" CHECK ("plan_topics"."text_vi" IS NFC NORMALIZED)
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"title_vi" text NOT NULL,
	"issuer_code" text NOT NULL,
	"issued_on" date NOT NULL,
	"issued_place" text,
	"year" smallint NOT NULL,
	"parent_plan_id" integer,
	"implements_text" text,
	"purposes" text[] DEFAULT '{}'::text[] NOT NULL,
	"requirements" text[] DEFAULT '{}'::text[] NOT NULL,
	"audience" text,
	"signed_by" text,
	"recipients" text[] DEFAULT '{}'::text[] NOT NULL,
	"source_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text DEFAULT 'system' NOT NULL,
	"updated_by" text DEFAULT 'system' NOT NULL,
	CONSTRAINT "plans_number_unique" UNIQUE("number"),
	CONSTRAINT "plans_title_vi_nfc" CHECK ("plans"."title_vi" IS NFC NORMALIZED),
	CONSTRAINT "plans_year" CHECK ("plans"."year" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
CREATE TABLE "topic_component_links" (
	"topic_code" text NOT NULL,
	"component_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text DEFAULT 'system' NOT NULL,
	"updated_by" text DEFAULT 'system' NOT NULL,
	CONSTRAINT "topic_component_links_topic_code_component_id_pk" PRIMARY KEY("topic_code","component_id")
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"code" text PRIMARY KEY NOT NULL,
	"parent_code" text,
	"title_vi" text NOT NULL,
	"short_title_vi" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "topics_title_vi_nfc" CHECK ("topics"."title_vi" IS NFC NORMALIZED),
	CONSTRAINT "topics_short_title_vi_nfc" CHECK ("topics"."short_title_vi" IS NFC NORMALIZED)
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_organisation_code_organisations_code_fk" FOREIGN KEY ("organisation_code") REFERENCES "public"."organisations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_form_code_forms_code_fk" FOREIGN KEY ("form_code") REFERENCES "public"."forms"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_import_batch_id_import_batches_id_fk" FOREIGN KEY ("import_batch_id") REFERENCES "public"."import_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_topics" ADD CONSTRAINT "activity_topics_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_topics" ADD CONSTRAINT "activity_topics_topic_code_topics_code_fk" FOREIGN KEY ("topic_code") REFERENCES "public"."topics"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_group_members" ADD CONSTRAINT "peer_group_members_peer_group_code_peer_groups_code_fk" FOREIGN KEY ("peer_group_code") REFERENCES "public"."peer_groups"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_group_members" ADD CONSTRAINT "peer_group_members_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "province_crosswalk" ADD CONSTRAINT "province_crosswalk_old_code_provinces_code_fk" FOREIGN KEY ("old_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "province_crosswalk" ADD CONSTRAINT "province_crosswalk_new_code_provinces_code_fk" FOREIGN KEY ("new_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provinces" ADD CONSTRAINT "provinces_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "component_versions" ADD CONSTRAINT "component_versions_component_id_index_components_id_fk" FOREIGN KEY ("component_id") REFERENCES "public"."index_components"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "component_versions" ADD CONSTRAINT "component_versions_version_code_methodology_versions_code_fk" FOREIGN KEY ("version_code") REFERENCES "public"."methodology_versions"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_components" ADD CONSTRAINT "index_components_index_code_indices_code_fk" FOREIGN KEY ("index_code") REFERENCES "public"."indices"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_components" ADD CONSTRAINT "index_components_parent_id_index_components_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."index_components"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_values" ADD CONSTRAINT "index_values_subject_code_subjects_code_fk" FOREIGN KEY ("subject_code") REFERENCES "public"."subjects"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_values" ADD CONSTRAINT "index_values_index_code_indices_code_fk" FOREIGN KEY ("index_code") REFERENCES "public"."indices"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_values" ADD CONSTRAINT "index_values_import_batch_id_import_batches_id_fk" FOREIGN KEY ("import_batch_id") REFERENCES "public"."import_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_values" ADD CONSTRAINT "index_values_component_of_index" FOREIGN KEY ("component_id","index_code") REFERENCES "public"."index_components"("id","index_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_values" ADD CONSTRAINT "index_values_version_of_index" FOREIGN KEY ("version_code","index_code") REFERENCES "public"."methodology_versions"("code","index_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "methodology_versions" ADD CONSTRAINT "methodology_versions_index_code_indices_code_fk" FOREIGN KEY ("index_code") REFERENCES "public"."indices"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subjects" ADD CONSTRAINT "subjects_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subjects" ADD CONSTRAINT "subjects_organisation_code_organisations_code_fk" FOREIGN KEY ("organisation_code") REFERENCES "public"."organisations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_parent_code_organisations_code_fk" FOREIGN KEY ("parent_code") REFERENCES "public"."organisations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_forms" ADD CONSTRAINT "plan_forms_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_forms" ADD CONSTRAINT "plan_forms_form_code_forms_code_fk" FOREIGN KEY ("form_code") REFERENCES "public"."forms"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_responsibilities" ADD CONSTRAINT "plan_responsibilities_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_responsibilities" ADD CONSTRAINT "plan_responsibilities_organisation_code_organisations_code_fk" FOREIGN KEY ("organisation_code") REFERENCES "public"."organisations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD CONSTRAINT "plan_targets_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD CONSTRAINT "plan_targets_form_code_forms_code_fk" FOREIGN KEY ("form_code") REFERENCES "public"."forms"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD CONSTRAINT "plan_targets_organisation_code_organisations_code_fk" FOREIGN KEY ("organisation_code") REFERENCES "public"."organisations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_topics" ADD CONSTRAINT "plan_topics_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_topics" ADD CONSTRAINT "plan_topics_topic_code_topics_code_fk" FOREIGN KEY ("topic_code") REFERENCES "public"."topics"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_issuer_code_organisations_code_fk" FOREIGN KEY ("issuer_code") REFERENCES "public"."organisations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_parent_plan_id_plans_id_fk" FOREIGN KEY ("parent_plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_component_links" ADD CONSTRAINT "topic_component_links_topic_code_topics_code_fk" FOREIGN KEY ("topic_code") REFERENCES "public"."topics"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_component_links" ADD CONSTRAINT "topic_component_links_component_id_index_components_id_fk" FOREIGN KEY ("component_id") REFERENCES "public"."index_components"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_parent_code_topics_code_fk" FOREIGN KEY ("parent_code") REFERENCES "public"."topics"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_starts_on_idx" ON "activities" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "activities_organisation_idx" ON "activities" USING btree ("organisation_code","starts_on");--> statement-breakpoint
CREATE INDEX "activities_plan_idx" ON "activities" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "activity_topics_topic_idx" ON "activity_topics" USING btree ("topic_code");