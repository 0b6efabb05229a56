-- The application role may read the end of the audit chain, so that `escale audit verify` runs as that role too.
-- Owners who already ran access.grant_app_privileges run it again once.
CREATE OR REPLACE FUNCTION "access"."grant_app_privileges"(app_role name) RETURNS void LANGUAGE plpgsql AS $$
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
  -- The chain's end is moved only by the chaining trigger (SECURITY DEFINER); the app reads it to verify the chain.
  EXECUTE format('REVOKE ALL ON "access"."audit_chain_head" FROM %I', app_role);
  EXECUTE format('GRANT SELECT ON "access"."audit_chain_head" TO %I', app_role);
  -- Tables, sequences and schemas that later migrations create (as this owner) get the same rights.
  EXECUTE format('ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', app_role);
  EXECUTE format('ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO %I', app_role);
  EXECUTE format('ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO %I', app_role);
END;
$$;
