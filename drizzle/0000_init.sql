CREATE TYPE "public"."confidence" AS ENUM('high', 'medium', 'low');--> statement-breakpoint
CREATE TYPE "public"."actor_kind" AS ENUM('state', 'organisation');--> statement-breakpoint
CREATE TYPE "public"."participant_level" AS ENUM('head_of_state', 'head_of_government', 'minister', 'envoy', 'official');--> statement-breakpoint
CREATE TYPE "public"."participant_status" AS ENUM('attended', 'declined', 'absent', 'not_invited');--> statement-breakpoint
CREATE TYPE "public"."summit_status" AS ENUM('planned', 'held', 'postponed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."facility_kind" AS ENUM('air', 'naval', 'ground', 'logistics', 'intelligence');--> statement-breakpoint
CREATE TYPE "public"."facility_status" AS ENUM('active', 'contested', 'negotiating', 'agreed', 'suspended', 'withdrawn', 'lost');--> statement-breakpoint
CREATE TYPE "public"."arms_category" AS ENUM('aircraft', 'air_defence', 'anti_submarine_warfare', 'armoured_vehicles', 'artillery', 'engines', 'missiles', 'naval_weapons', 'satellites', 'sensors', 'ships', 'other');--> statement-breakpoint
CREATE TYPE "public"."arms_transfer_status" AS ENUM('ordered', 'delivering', 'delivered', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."event_kind" AS ENUM('state_visit', 'meeting', 'agreement', 'extradition_request', 'military', 'diplomatic', 'sanctions', 'other');--> statement-breakpoint
CREATE TABLE "sources" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"url" text NOT NULL,
	"publisher" text NOT NULL,
	"title" text NOT NULL,
	"published_on" date,
	"accessed_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sources_key_unique" UNIQUE("key"),
	CONSTRAINT "sources_url_unique" UNIQUE("url"),
	CONSTRAINT "sources_key_slug" CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "sources_url_http" CHECK ("sources"."url" ~ '^https?://'),
	CONSTRAINT "sources_published_before_accessed" CHECK ("sources"."published_on" IS NULL OR "sources"."published_on" <= "sources"."accessed_on")
);
--> statement-breakpoint
CREATE TABLE "actors" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "actor_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actors_name_unique" UNIQUE("name"),
	CONSTRAINT "actors_code_format" CHECK ("actors"."code" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "powers" (
	"actor_code" text PRIMARY KEY NOT NULL,
	"colour" text NOT NULL,
	"display_order" integer NOT NULL,
	CONSTRAINT "powers_display_order_unique" UNIQUE("display_order"),
	CONSTRAINT "powers_colour_hex" CHECK ("powers"."colour" ~ '^#[0-9A-Fa-f]{6}$')
);
--> statement-breakpoint
CREATE TABLE "region_members" (
	"region_slug" text NOT NULL,
	"actor_code" text NOT NULL,
	CONSTRAINT "region_members_region_slug_actor_code_pk" PRIMARY KEY("region_slug","actor_code")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"slug" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regions_name_unique" UNIQUE("name"),
	CONSTRAINT "regions_slug_format" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "summit_conveners" (
	"summit_id" integer NOT NULL,
	"actor_code" text NOT NULL,
	CONSTRAINT "summit_conveners_summit_id_actor_code_pk" PRIMARY KEY("summit_id","actor_code")
);
--> statement-breakpoint
CREATE TABLE "summit_participant_sources" (
	"participant_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	CONSTRAINT "summit_participant_sources_participant_id_source_id_pk" PRIMARY KEY("participant_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "summit_participants" (
	"id" serial PRIMARY KEY NOT NULL,
	"summit_id" integer NOT NULL,
	"actor_code" text NOT NULL,
	"status" "participant_status" NOT NULL,
	"level" "participant_level",
	"note" text,
	"confidence" "confidence" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "summit_participants_summit_actor" UNIQUE("summit_id","actor_code"),
	CONSTRAINT "summit_participants_level_only_when_attended" CHECK ("summit_participants"."level" IS NULL OR "summit_participants"."status" = 'attended')
);
--> statement-breakpoint
CREATE TABLE "summit_regions" (
	"summit_id" integer NOT NULL,
	"region_slug" text NOT NULL,
	CONSTRAINT "summit_regions_summit_id_region_slug_pk" PRIMARY KEY("summit_id","region_slug")
);
--> statement-breakpoint
CREATE TABLE "summit_sources" (
	"summit_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	CONSTRAINT "summit_sources_summit_id_source_id_pk" PRIMARY KEY("summit_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "summits" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"host_code" text,
	"city" text,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"status" "summit_status" NOT NULL,
	"description" text NOT NULL,
	"confidence" "confidence" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "summits_key_unique" UNIQUE("key"),
	CONSTRAINT "summits_key_slug" CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "summits_date_range" CHECK ("summits"."end_date" >= "summits"."start_date")
);
--> statement-breakpoint
CREATE TABLE "facilities" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"host_code" text NOT NULL,
	"operator_code" text NOT NULL,
	"kind" "facility_kind" NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"description" text NOT NULL,
	"confidence" "confidence" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facilities_key_unique" UNIQUE("key"),
	CONSTRAINT "facilities_key_slug" CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "facilities_latitude_range" CHECK ("facilities"."latitude" BETWEEN -90 AND 90),
	CONSTRAINT "facilities_longitude_range" CHECK ("facilities"."longitude" BETWEEN -180 AND 180),
	CONSTRAINT "facilities_foreign_operator" CHECK ("facilities"."host_code" <> "facilities"."operator_code")
);
--> statement-breakpoint
CREATE TABLE "facility_sources" (
	"facility_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	CONSTRAINT "facility_sources_facility_id_source_id_pk" PRIMARY KEY("facility_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "facility_status_sources" (
	"facility_status_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	CONSTRAINT "facility_status_sources_facility_status_id_source_id_pk" PRIMARY KEY("facility_status_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "facility_statuses" (
	"id" serial PRIMARY KEY NOT NULL,
	"facility_id" integer NOT NULL,
	"status" "facility_status" NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"note" text,
	"confidence" "confidence" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facility_statuses_facility_from" UNIQUE("facility_id","valid_from"),
	CONSTRAINT "facility_statuses_valid_range" CHECK ("facility_statuses"."valid_to" IS NULL OR "facility_statuses"."valid_to" > "facility_statuses"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "arms_transfer_sources" (
	"arms_transfer_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	CONSTRAINT "arms_transfer_sources_arms_transfer_id_source_id_pk" PRIMARY KEY("arms_transfer_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "arms_transfers" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"supplier_code" text NOT NULL,
	"recipient_code" text NOT NULL,
	"category" "arms_category" NOT NULL,
	"designation" text NOT NULL,
	"description" text NOT NULL,
	"quantity" integer,
	"order_year" integer,
	"delivery_years" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"status" "arms_transfer_status" NOT NULL,
	"tiv_millions" numeric(12, 2),
	"deal_value_usd_millions" numeric(14, 2),
	"confidence" "confidence" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "arms_transfers_key_unique" UNIQUE("key"),
	CONSTRAINT "arms_transfers_key_slug" CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "arms_transfers_distinct_parties" CHECK ("arms_transfers"."supplier_code" <> "arms_transfers"."recipient_code"),
	CONSTRAINT "arms_transfers_quantity_non_negative" CHECK ("arms_transfers"."quantity" IS NULL OR "arms_transfers"."quantity" >= 0),
	CONSTRAINT "arms_transfers_tiv_non_negative" CHECK ("arms_transfers"."tiv_millions" IS NULL OR "arms_transfers"."tiv_millions" >= 0),
	CONSTRAINT "arms_transfers_deal_value_non_negative" CHECK ("arms_transfers"."deal_value_usd_millions" IS NULL OR "arms_transfers"."deal_value_usd_millions" >= 0),
	CONSTRAINT "arms_transfers_order_year_range" CHECK ("arms_transfers"."order_year" IS NULL OR "arms_transfers"."order_year" BETWEEN 1950 AND 2100),
	CONSTRAINT "arms_transfers_delivery_years_range" CHECK (1950 <= ALL("arms_transfers"."delivery_years") AND 2100 >= ALL("arms_transfers"."delivery_years"))
);
--> statement-breakpoint
CREATE TABLE "event_actors" (
	"event_id" integer NOT NULL,
	"actor_code" text NOT NULL,
	CONSTRAINT "event_actors_event_id_actor_code_pk" PRIMARY KEY("event_id","actor_code")
);
--> statement-breakpoint
CREATE TABLE "event_regions" (
	"event_id" integer NOT NULL,
	"region_slug" text NOT NULL,
	CONSTRAINT "event_regions_event_id_region_slug_pk" PRIMARY KEY("event_id","region_slug")
);
--> statement-breakpoint
CREATE TABLE "event_sources" (
	"event_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	CONSTRAINT "event_sources_event_id_source_id_pk" PRIMARY KEY("event_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"occurred_on" date NOT NULL,
	"title" text NOT NULL,
	"kind" "event_kind" NOT NULL,
	"description" text NOT NULL,
	"confidence" "confidence" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_key_unique" UNIQUE("key"),
	CONSTRAINT "events_key_slug" CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
ALTER TABLE "powers" ADD CONSTRAINT "powers_actor_code_actors_code_fk" FOREIGN KEY ("actor_code") REFERENCES "public"."actors"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_members" ADD CONSTRAINT "region_members_region_slug_regions_slug_fk" FOREIGN KEY ("region_slug") REFERENCES "public"."regions"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_members" ADD CONSTRAINT "region_members_actor_code_actors_code_fk" FOREIGN KEY ("actor_code") REFERENCES "public"."actors"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_conveners" ADD CONSTRAINT "summit_conveners_summit_id_summits_id_fk" FOREIGN KEY ("summit_id") REFERENCES "public"."summits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_conveners" ADD CONSTRAINT "summit_conveners_actor_code_actors_code_fk" FOREIGN KEY ("actor_code") REFERENCES "public"."actors"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_participant_sources" ADD CONSTRAINT "summit_participant_sources_participant_id_summit_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."summit_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_participant_sources" ADD CONSTRAINT "summit_participant_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_participants" ADD CONSTRAINT "summit_participants_summit_id_summits_id_fk" FOREIGN KEY ("summit_id") REFERENCES "public"."summits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_participants" ADD CONSTRAINT "summit_participants_actor_code_actors_code_fk" FOREIGN KEY ("actor_code") REFERENCES "public"."actors"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_regions" ADD CONSTRAINT "summit_regions_summit_id_summits_id_fk" FOREIGN KEY ("summit_id") REFERENCES "public"."summits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_regions" ADD CONSTRAINT "summit_regions_region_slug_regions_slug_fk" FOREIGN KEY ("region_slug") REFERENCES "public"."regions"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_sources" ADD CONSTRAINT "summit_sources_summit_id_summits_id_fk" FOREIGN KEY ("summit_id") REFERENCES "public"."summits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summit_sources" ADD CONSTRAINT "summit_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summits" ADD CONSTRAINT "summits_host_code_actors_code_fk" FOREIGN KEY ("host_code") REFERENCES "public"."actors"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_host_code_actors_code_fk" FOREIGN KEY ("host_code") REFERENCES "public"."actors"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_operator_code_actors_code_fk" FOREIGN KEY ("operator_code") REFERENCES "public"."actors"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_sources" ADD CONSTRAINT "facility_sources_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_sources" ADD CONSTRAINT "facility_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_status_sources" ADD CONSTRAINT "facility_status_sources_facility_status_id_facility_statuses_id_fk" FOREIGN KEY ("facility_status_id") REFERENCES "public"."facility_statuses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_status_sources" ADD CONSTRAINT "facility_status_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_statuses" ADD CONSTRAINT "facility_statuses_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arms_transfer_sources" ADD CONSTRAINT "arms_transfer_sources_arms_transfer_id_arms_transfers_id_fk" FOREIGN KEY ("arms_transfer_id") REFERENCES "public"."arms_transfers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arms_transfer_sources" ADD CONSTRAINT "arms_transfer_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arms_transfers" ADD CONSTRAINT "arms_transfers_supplier_code_actors_code_fk" FOREIGN KEY ("supplier_code") REFERENCES "public"."actors"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arms_transfers" ADD CONSTRAINT "arms_transfers_recipient_code_actors_code_fk" FOREIGN KEY ("recipient_code") REFERENCES "public"."actors"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_actors" ADD CONSTRAINT "event_actors_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_actors" ADD CONSTRAINT "event_actors_actor_code_actors_code_fk" FOREIGN KEY ("actor_code") REFERENCES "public"."actors"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_regions" ADD CONSTRAINT "event_regions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_regions" ADD CONSTRAINT "event_regions_region_slug_regions_slug_fk" FOREIGN KEY ("region_slug") REFERENCES "public"."regions"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sources" ADD CONSTRAINT "event_sources_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sources" ADD CONSTRAINT "event_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sources_publisher_idx" ON "sources" USING btree ("publisher");--> statement-breakpoint
CREATE INDEX "sources_published_on_idx" ON "sources" USING btree ("published_on");--> statement-breakpoint
CREATE INDEX "region_members_actor_idx" ON "region_members" USING btree ("actor_code");--> statement-breakpoint
CREATE INDEX "summit_conveners_actor_idx" ON "summit_conveners" USING btree ("actor_code");--> statement-breakpoint
CREATE INDEX "summit_participant_sources_source_idx" ON "summit_participant_sources" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "summit_participants_actor_idx" ON "summit_participants" USING btree ("actor_code");--> statement-breakpoint
CREATE INDEX "summit_participants_status_idx" ON "summit_participants" USING btree ("status");--> statement-breakpoint
CREATE INDEX "summit_regions_region_idx" ON "summit_regions" USING btree ("region_slug");--> statement-breakpoint
CREATE INDEX "summit_sources_source_idx" ON "summit_sources" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "summits_start_date_idx" ON "summits" USING btree ("start_date");--> statement-breakpoint
CREATE INDEX "summits_status_idx" ON "summits" USING btree ("status");--> statement-breakpoint
CREATE INDEX "summits_host_idx" ON "summits" USING btree ("host_code");--> statement-breakpoint
CREATE INDEX "facilities_host_idx" ON "facilities" USING btree ("host_code");--> statement-breakpoint
CREATE INDEX "facilities_operator_idx" ON "facilities" USING btree ("operator_code");--> statement-breakpoint
CREATE INDEX "facilities_kind_idx" ON "facilities" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "facility_sources_source_idx" ON "facility_sources" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "facility_status_sources_source_idx" ON "facility_status_sources" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "facility_statuses_status_idx" ON "facility_statuses" USING btree ("status");--> statement-breakpoint
CREATE INDEX "arms_transfer_sources_source_idx" ON "arms_transfer_sources" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "arms_transfers_supplier_idx" ON "arms_transfers" USING btree ("supplier_code");--> statement-breakpoint
CREATE INDEX "arms_transfers_recipient_idx" ON "arms_transfers" USING btree ("recipient_code");--> statement-breakpoint
CREATE INDEX "arms_transfers_category_idx" ON "arms_transfers" USING btree ("category");--> statement-breakpoint
CREATE INDEX "arms_transfers_status_idx" ON "arms_transfers" USING btree ("status");--> statement-breakpoint
CREATE INDEX "arms_transfers_order_year_idx" ON "arms_transfers" USING btree ("order_year");--> statement-breakpoint
CREATE INDEX "arms_transfers_delivery_years_idx" ON "arms_transfers" USING gin ("delivery_years");--> statement-breakpoint
CREATE INDEX "event_actors_actor_idx" ON "event_actors" USING btree ("actor_code");--> statement-breakpoint
CREATE INDEX "event_regions_region_idx" ON "event_regions" USING btree ("region_slug");--> statement-breakpoint
CREATE INDEX "event_sources_source_idx" ON "event_sources" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "events_occurred_on_idx" ON "events" USING btree ("occurred_on");--> statement-breakpoint
CREATE INDEX "events_kind_idx" ON "events" USING btree ("kind");