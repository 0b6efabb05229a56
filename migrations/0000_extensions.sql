-- Extensions and collation every later migration may rely on (both are trusted extensions on PostgreSQL 13+).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- The default collation of the embedded database is byte order; French text sorts with this one.
CREATE COLLATION IF NOT EXISTS fr_icu (provider = icu, locale = 'fr-CA');
