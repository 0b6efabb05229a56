-- The audit log is append-only: no role may rewrite or erase history through SQL.
CREATE FUNCTION "access"."refuse_audit_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access.audit_events is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "access"."audit_events"
  FOR EACH ROW EXECUTE FUNCTION "access"."refuse_audit_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "access"."audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "access"."refuse_audit_change"();
