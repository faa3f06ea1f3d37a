-- Hand-written: drizzle-kit cannot express exclusion constraints.
-- One facility cannot hold two statuses on the same day.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "facility_statuses" ADD CONSTRAINT "facility_statuses_no_overlap"
  EXCLUDE USING gist ("facility_id" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&);
