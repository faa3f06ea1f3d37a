-- Hand-written: drizzle-kit does not manage triggers.
-- A finished export run is a citable snapshot: once it has succeeded or failed, its row never
-- changes again (retention may still delete it).
CREATE FUNCTION clout_export_run_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'export run % is finished (%) and cannot change', OLD.id, OLD.status
    USING ERRCODE = 'object_not_in_prerequisite_state';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER export_runs_finished_immutable
  BEFORE UPDATE ON export_runs
  FOR EACH ROW WHEN (OLD.status IN ('succeeded', 'failed'))
  EXECUTE FUNCTION clout_export_run_immutable();
