CREATE INDEX "actors_kind_idx" ON "actors" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "summits_end_date_idx" ON "summits" USING btree ("end_date");