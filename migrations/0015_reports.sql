CREATE SCHEMA "reports";
--> statement-breakpoint
CREATE TABLE "reports"."bilan_narratives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date NOT NULL,
	"sections" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "bilan_narratives_period_check" CHECK ("reports"."bilan_narratives"."from_on" <= "reports"."bilan_narratives"."to_on")
);
--> statement-breakpoint
CREATE TABLE "reports"."bilan_publication_files" (
	"publication_id" uuid NOT NULL,
	"lang" text NOT NULL,
	"format" text NOT NULL,
	"content" "bytea" NOT NULL,
	CONSTRAINT "bilan_publication_files_publication_id_lang_format_pk" PRIMARY KEY("publication_id","lang","format")
);
--> statement-breakpoint
CREATE TABLE "reports"."bilan_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"data_as_of" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" uuid,
	CONSTRAINT "bilan_publications_version_check" CHECK ("reports"."bilan_publications"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "reports"."targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"indicator" text NOT NULL,
	"target" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "targets_target_check" CHECK ("reports"."targets"."target" >= 0),
	CONSTRAINT "targets_fiscal_year_check" CHECK ("reports"."targets"."fiscal_year" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "reports"."bilan_narratives" ADD CONSTRAINT "bilan_narratives_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports"."bilan_narratives" ADD CONSTRAINT "bilan_narratives_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports"."bilan_publication_files" ADD CONSTRAINT "bilan_publication_files_publication_id_bilan_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "reports"."bilan_publications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports"."bilan_publications" ADD CONSTRAINT "bilan_publications_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports"."bilan_publications" ADD CONSTRAINT "bilan_publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports"."targets" ADD CONSTRAINT "targets_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports"."targets" ADD CONSTRAINT "targets_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bilan_narratives_region_period_key" ON "reports"."bilan_narratives" USING btree ("region_code","from_on","to_on");--> statement-breakpoint
CREATE UNIQUE INDEX "bilan_publications_version_key" ON "reports"."bilan_publications" USING btree ("region_code","from_on","to_on","version");--> statement-breakpoint
CREATE INDEX "bilan_publications_region_idx" ON "reports"."bilan_publications" USING btree ("region_code","published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "targets_region_year_indicator_key" ON "reports"."targets" USING btree ("region_code","fiscal_year","indicator");--> statement-breakpoint
-- A published Bilan is an immutable snapshot: its row and its documents are never rewritten nor removed (publishing
-- again inserts the next version).
CREATE FUNCTION "reports"."refuse_publication_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a published Bilan is immutable (%)', TG_TABLE_NAME;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "bilan_publications_immutable" BEFORE UPDATE OR DELETE ON "reports"."bilan_publications"
  FOR EACH ROW EXECUTE FUNCTION "reports"."refuse_publication_change"();--> statement-breakpoint
CREATE TRIGGER "bilan_publication_files_immutable" BEFORE UPDATE OR DELETE ON "reports"."bilan_publication_files"
  FOR EACH ROW EXECUTE FUNCTION "reports"."refuse_publication_change"();
