-- Tamper-evident audit log. Each event stores the hash of its content and of the previous event's hash, computed by a
-- trigger, so rewriting or deleting history (by a role that can disable the append-only trigger) breaks the chain,
-- which `escale audit verify` reports. The verifier recomputes the hashes in the application, independently of these
-- functions: the format below is the contract (src/modules/access/audit/audit-chain.ts).
--
-- A field is encoded as '~' when null, else as '<byte length>:<text>' (unambiguous whatever the text contains).
CREATE FUNCTION "access"."audit_field"(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v IS NULL THEN '~' ELSE octet_length(v)::text || ':' || v END
$$;
--> statement-breakpoint
-- sha256 over the previous hash and every column but the hashes themselves, in this order; the time in UTC to the ms.
CREATE FUNCTION "access"."audit_event_hash"(e "access"."audit_events", prev text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(
    "access"."audit_field"(prev)
    || "access"."audit_field"(e.id::text)
    || "access"."audit_field"(to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
    || "access"."audit_field"(e.actor_user_id::text)
    || "access"."audit_field"(e.action)
    || "access"."audit_field"(e.entity_type)
    || "access"."audit_field"(e.entity_id)
    || "access"."audit_field"(e.reason)
    || "access"."audit_field"(e.request_id)
    || "access"."audit_field"(e.details::text)
    || "access"."audit_field"(e.region_code),
    'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- SECURITY DEFINER: the application role inserts events but cannot touch the chain head nor the sequence directly.
CREATE FUNCTION "access"."chain_audit_event"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  previous text;
BEGIN
  -- Locks the end of the chain until this transaction ends: concurrent appends queue here, so the chain stays linear.
  SELECT last_hash INTO previous FROM "access"."audit_chain_head" WHERE id = 1 FOR UPDATE;
  -- The id is drawn after the lock, so ids follow the order of the chain.
  NEW.id := nextval('"access"."audit_events_id_seq"'::regclass);
  NEW.prev_hash := previous;
  NEW.hash := "access"."audit_event_hash"(NEW, previous);
  UPDATE "access"."audit_chain_head" SET last_id = NEW.id, last_hash = NEW.hash WHERE id = 1;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- Chain the events written before this migration, in id order, from the genesis hash (64 zeros).
DO $$
DECLARE
  e "access"."audit_events";
  previous text := repeat('0', 64);
  last bigint := 0;
BEGIN
  ALTER TABLE "access"."audit_events" DISABLE TRIGGER "audit_events_append_only";
  FOR e IN SELECT * FROM "access"."audit_events" ORDER BY id LOOP
    UPDATE "access"."audit_events" SET prev_hash = previous, hash = "access"."audit_event_hash"(e, previous) WHERE id = e.id;
    previous := "access"."audit_event_hash"(e, previous);
    last := e.id;
  END LOOP;
  ALTER TABLE "access"."audit_events" ENABLE TRIGGER "audit_events_append_only";
  INSERT INTO "access"."audit_chain_head" (id, last_id, last_hash) VALUES (1, last, previous);
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_events_chain" BEFORE INSERT ON "access"."audit_events"
  FOR EACH ROW EXECUTE FUNCTION "access"."chain_audit_event"();
--> statement-breakpoint
-- Two-role setup on a server (README, "Running on PostgreSQL"): the owner that migrates runs
--   SELECT access.grant_app_privileges('escale_app');
-- once. The application role then reads and writes the tables (now and those later migrations create), but may only
-- INSERT and SELECT audit events; not being the owner, it cannot ALTER the table or DISABLE its triggers.
CREATE FUNCTION "access"."grant_app_privileges"(app_role name) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  s name;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user) AND nspname NOT LIKE 'pg\_%'
    AND nspname <> 'information_schema' LOOP
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, app_role);
    IF s = 'escale_meta' THEN
      -- The app reads which migrations ran; only the owner records new ones.
      EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', s, app_role);
    ELSE
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s, app_role);
      EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s, app_role);
    END IF;
  END LOOP;
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON "access"."audit_events" FROM %I', app_role);
  EXECUTE format('REVOKE ALL ON "access"."audit_chain_head" FROM %I', app_role);
  -- Tables, sequences and schemas that later migrations create (as this owner) get the same rights.
  EXECUTE format('ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', app_role);
  EXECUTE format('ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO %I', app_role);
  EXECUTE format('ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO %I', app_role);
END;
$$;
