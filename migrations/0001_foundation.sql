CREATE SCHEMA "access";
--> statement-breakpoint
CREATE SCHEMA "partners";
--> statement-breakpoint
CREATE SCHEMA "territory";
--> statement-breakpoint
CREATE TABLE "access"."audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"reason" text,
	"request_id" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "access"."sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "access"."api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "access"."users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_ref" text,
	"locale" text DEFAULT 'fr' NOT NULL,
	"failed_sign_ins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partners"."organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"region_code" text NOT NULL,
	"city" text,
	"website" text,
	"email" text,
	"phone" text,
	"listed_publicly" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "territory"."contact_channels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"directorate_id" uuid,
	"region_code" text,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "contact_channels_owner_check" CHECK ("territory"."contact_channels"."directorate_id" is not null or "territory"."contact_channels"."region_code" is not null)
);
--> statement-breakpoint
CREATE TABLE "territory"."directorate_regions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"directorate_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "directorate_regions_period_check" CHECK ("territory"."directorate_regions"."valid_to" is null or "territory"."directorate_regions"."valid_to" > "territory"."directorate_regions"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "territory"."directorates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name_fr" text NOT NULL,
	"name_en" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directorates_name_fr_unique" UNIQUE("name_fr")
);
--> statement-breakpoint
CREATE TABLE "territory"."mrcs" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"region_code" text NOT NULL,
	"type" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "territory"."regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name_fr" text NOT NULL,
	"name_en" text NOT NULL,
	"slug" text NOT NULL,
	"locative_fr" text NOT NULL,
	CONSTRAINT "regions_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "territory"."service_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"name" text NOT NULL,
	"host_kind" text NOT NULL,
	"host_name" text NOT NULL,
	"street_address" text NOT NULL,
	"city" text NOT NULL,
	"postal_code" text,
	"hours_fr" text,
	"hours_en" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_points_period_check" CHECK ("territory"."service_points"."valid_to" is null or "territory"."service_points"."valid_to" > "territory"."service_points"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "territory"."staff_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"full_name" text NOT NULL,
	"role" text NOT NULL,
	"email" text,
	"phone" text,
	"region_code" text NOT NULL,
	"service_point_id" uuid,
	"user_id" uuid,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_members_period_check" CHECK ("territory"."staff_members"."valid_to" is null or "territory"."staff_members"."valid_to" > "territory"."staff_members"."valid_from")
);
--> statement-breakpoint
ALTER TABLE "access"."sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "access"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access"."api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "access"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access"."api_tokens" ADD CONSTRAINT "api_tokens_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."organizations" ADD CONSTRAINT "organizations_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory"."contact_channels" ADD CONSTRAINT "contact_channels_directorate_id_directorates_id_fk" FOREIGN KEY ("directorate_id") REFERENCES "territory"."directorates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory"."contact_channels" ADD CONSTRAINT "contact_channels_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory"."directorate_regions" ADD CONSTRAINT "directorate_regions_directorate_id_directorates_id_fk" FOREIGN KEY ("directorate_id") REFERENCES "territory"."directorates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory"."directorate_regions" ADD CONSTRAINT "directorate_regions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory"."mrcs" ADD CONSTRAINT "mrcs_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory"."service_points" ADD CONSTRAINT "service_points_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory"."staff_members" ADD CONSTRAINT "staff_members_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory"."staff_members" ADD CONSTRAINT "staff_members_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "territory"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory"."staff_members" ADD CONSTRAINT "staff_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "access"."audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "access"."audit_events" USING btree ("actor_user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "access"."sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "access"."sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_hash_key" ON "access"."api_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "access"."api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "access"."users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_region_name_key" ON "partners"."organizations" USING btree ("region_code",lower("name"));--> statement-breakpoint
CREATE INDEX "organizations_region_idx" ON "partners"."organizations" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "contact_channels_region_idx" ON "territory"."contact_channels" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "directorate_regions_region_idx" ON "territory"."directorate_regions" USING btree ("region_code","valid_from");--> statement-breakpoint
CREATE INDEX "directorate_regions_directorate_idx" ON "territory"."directorate_regions" USING btree ("directorate_id");--> statement-breakpoint
CREATE INDEX "mrcs_region_idx" ON "territory"."mrcs" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "service_points_region_name_key" ON "territory"."service_points" USING btree ("region_code",lower("name"));--> statement-breakpoint
CREATE INDEX "service_points_region_idx" ON "territory"."service_points" USING btree ("region_code","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_members_email_key" ON "territory"."staff_members" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "staff_members_region_idx" ON "territory"."staff_members" USING btree ("region_code","role");--> statement-breakpoint
CREATE INDEX "staff_members_service_point_idx" ON "territory"."staff_members" USING btree ("service_point_id");