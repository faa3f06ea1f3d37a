CREATE TYPE "public"."export_format" AS ENUM('csv', 'json', 'ndjson');--> statement-breakpoint
CREATE TYPE "public"."export_run_status" AS ENUM('queued', 'running', 'succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."export_run_trigger" AS ENUM('schedule', 'manual');--> statement-breakpoint
CREATE TYPE "public"."export_target" AS ENUM('saved_query', 'full_dataset');--> statement-breakpoint
CREATE TABLE "saved_queries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"document" text NOT NULL,
	"variables" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"author" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_queries_name_length" CHECK (char_length("saved_queries"."name") BETWEEN 1 AND 200),
	CONSTRAINT "saved_queries_document_length" CHECK (char_length("saved_queries"."document") BETWEEN 1 AND 20000),
	CONSTRAINT "saved_queries_variables_object" CHECK (jsonb_typeof("saved_queries"."variables") = 'object')
);
--> statement-breakpoint
CREATE TABLE "export_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schedule_id" uuid NOT NULL,
	"trigger" "export_run_trigger" NOT NULL,
	"scheduled_for" timestamp with time zone,
	"status" "export_run_status" DEFAULT 'queued' NOT NULL,
	"attempt" integer DEFAULT 0 NOT NULL,
	"definition" jsonb NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"rows" bigint,
	"bytes" bigint,
	"error" text,
	"files" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"snapshot_at" timestamp with time zone,
	"data_version" bigint,
	"methodology_version" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "export_runs_one_per_tick" UNIQUE("schedule_id","scheduled_for"),
	CONSTRAINT "export_runs_attempt_non_negative" CHECK ("export_runs"."attempt" >= 0)
);
--> statement-breakpoint
CREATE TABLE "export_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"target" "export_target" NOT NULL,
	"saved_query_id" uuid,
	"variables" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"cron" text NOT NULL,
	"time_zone" text NOT NULL,
	"formats" "export_format"[] NOT NULL,
	"keep_last" integer,
	"max_age_days" integer,
	"enabled" boolean DEFAULT true NOT NULL,
	"webhook_url" text,
	"next_run_at" timestamp with time zone,
	"author" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "export_schedules_name_length" CHECK (char_length("export_schedules"."name") BETWEEN 1 AND 200),
	CONSTRAINT "export_schedules_target_query" CHECK (("export_schedules"."target" = 'saved_query') = ("export_schedules"."saved_query_id" IS NOT NULL)),
	CONSTRAINT "export_schedules_formats_given" CHECK (cardinality("export_schedules"."formats") >= 1),
	CONSTRAINT "export_schedules_keep_last_positive" CHECK ("export_schedules"."keep_last" IS NULL OR "export_schedules"."keep_last" > 0),
	CONSTRAINT "export_schedules_max_age_positive" CHECK ("export_schedules"."max_age_days" IS NULL OR "export_schedules"."max_age_days" > 0),
	CONSTRAINT "export_schedules_variables_object" CHECK (jsonb_typeof("export_schedules"."variables") = 'object')
);
--> statement-breakpoint
ALTER TABLE "export_runs" ADD CONSTRAINT "export_runs_schedule_id_export_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."export_schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "export_schedules" ADD CONSTRAINT "export_schedules_saved_query_id_saved_queries_id_fk" FOREIGN KEY ("saved_query_id") REFERENCES "public"."saved_queries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "saved_queries_name_idx" ON "saved_queries" USING btree ("name");--> statement-breakpoint
CREATE INDEX "saved_queries_updated_at_idx" ON "saved_queries" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "export_runs_schedule_idx" ON "export_runs" USING btree ("schedule_id","queued_at");--> statement-breakpoint
CREATE INDEX "export_runs_status_idx" ON "export_runs" USING btree ("status");--> statement-breakpoint
CREATE INDEX "export_schedules_due_idx" ON "export_schedules" USING btree ("next_run_at") WHERE "export_schedules"."enabled";--> statement-breakpoint
CREATE INDEX "export_schedules_saved_query_idx" ON "export_schedules" USING btree ("saved_query_id");