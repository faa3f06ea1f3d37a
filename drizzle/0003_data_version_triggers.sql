-- Hand-written: drizzle-kit does not manage triggers.
-- Every statement that changes evidence bumps data_version, so precomputed standings know they
-- are stale. Transition tables let a statement that changed no row (ON CONFLICT DO NOTHING) pass.
INSERT INTO "data_version" ("id", "version") VALUES (1, 1) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION clout_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE data_version SET version = version + 1, changed_at = now() WHERE id = 1;
  ELSIF EXISTS (SELECT 1 FROM changed_rows) THEN
    UPDATE data_version SET version = version + 1, changed_at = now() WHERE id = 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
  evidence_table text;
BEGIN
  FOREACH evidence_table IN ARRAY ARRAY[
    'actors', 'powers', 'regions', 'region_members', 'methodology_versions',
    'summits', 'summit_conveners', 'summit_regions', 'summit_participants',
    'facilities', 'facility_statuses', 'arms_transfers'
  ] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION clout_bump_data_version()', evidence_table || '_insert_bumps_data_version', evidence_table);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION clout_bump_data_version()', evidence_table || '_update_bumps_data_version', evidence_table);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION clout_bump_data_version()', evidence_table || '_delete_bumps_data_version', evidence_table);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION clout_bump_data_version()', evidence_table || '_truncate_bumps_data_version', evidence_table);
  END LOOP;
END;
$$;
