CREATE TYPE "public"."granularity" AS ENUM('month', 'quarter', 'year');--> statement-breakpoint
CREATE TABLE "data_version" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "data_version_single_row" CHECK ("data_version"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "methodology_versions" (
	"version" integer PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"parameters" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "methodology_versions_positive" CHECK ("methodology_versions"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "standing_scores" (
	"methodology_version" integer NOT NULL,
	"region_slug" text NOT NULL,
	"granularity" "granularity" NOT NULL,
	"period_start" date NOT NULL,
	"power_code" text NOT NULL,
	"summits_raw" double precision,
	"bases_raw" double precision,
	"arms_raw" double precision,
	"summits" double precision,
	"bases" double precision,
	"arms" double precision,
	"composite" double precision,
	"rank" smallint,
	"change" double precision,
	CONSTRAINT "standing_scores_methodology_version_region_slug_granularity_period_start_power_code_pk" PRIMARY KEY("methodology_version","region_slug","granularity","period_start","power_code"),
	CONSTRAINT "standing_scores_in_range" CHECK (coalesce("standing_scores"."summits", 0) BETWEEN 0 AND 100 AND coalesce("standing_scores"."bases", 0) BETWEEN 0 AND 100
        AND coalesce("standing_scores"."arms", 0) BETWEEN 0 AND 100 AND coalesce("standing_scores"."composite", 0) BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "standings_computed" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"data_version" bigint NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"duration_ms" integer NOT NULL,
	CONSTRAINT "standings_computed_single_row" CHECK ("standings_computed"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "standing_scores" ADD CONSTRAINT "standing_scores_methodology_version_methodology_versions_version_fk" FOREIGN KEY ("methodology_version") REFERENCES "public"."methodology_versions"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standing_scores" ADD CONSTRAINT "standing_scores_region_slug_regions_slug_fk" FOREIGN KEY ("region_slug") REFERENCES "public"."regions"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standing_scores" ADD CONSTRAINT "standing_scores_power_code_actors_code_fk" FOREIGN KEY ("power_code") REFERENCES "public"."actors"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "standing_scores_power_idx" ON "standing_scores" USING btree ("power_code");