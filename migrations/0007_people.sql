CREATE SCHEMA "people";
--> statement-breakpoint
-- Names folded for search and the duplicate check: accents (unaccent), case, and hyphens, apostrophes, dots and
-- spaces (runs become one space). Immutable (the dictionary is named), so a generated column and an index may use it.
CREATE FUNCTION "people"."fold"(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT trim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, t)), '[-''’.,[:space:]]+', ' ', 'g'))
$$;
--> statement-breakpoint
CREATE SEQUENCE "people"."dossier_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "access"."job_schedules" (
	"name" text PRIMARY KEY NOT NULL,
	"every_seconds" integer NOT NULL,
	"next_run_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone,
	"last_started_at" timestamp with time zone,
	"last_finished_at" timestamp with time zone,
	"last_result" jsonb,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "people"."consent_texts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" text NOT NULL,
	"version" integer NOT NULL,
	"text_fr" text NOT NULL,
	"text_en" text NOT NULL,
	"valid_from" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"text_id" uuid NOT NULL,
	"given_on" date NOT NULL,
	"expires_on" date,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid
);
--> statement-breakpoint
CREATE TABLE "people"."dossier_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"note" text,
	"at" timestamp with time zone NOT NULL,
	"by" uuid
);
--> statement-breakpoint
CREATE TABLE "people"."dossier_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"from_region_code" text NOT NULL,
	"from_service_point_id" uuid NOT NULL,
	"to_region_code" text NOT NULL,
	"to_service_point_id" uuid NOT NULL,
	"reason" text,
	"transferred_at" timestamp with time zone NOT NULL,
	"transferred_by" uuid
);
--> statement-breakpoint
CREATE TABLE "people"."dossiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"person_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"service_point_id" uuid NOT NULL,
	"agent_id" uuid,
	"intake_channel" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_on" date NOT NULL,
	"starts_on" date NOT NULL,
	"first_meeting_due_on" date NOT NULL,
	"first_meeting_on" date,
	"next_follow_up_on" date,
	"closed_on" date,
	"closure_reason" text,
	"closure_note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."interventions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"occurred_on" date NOT NULL,
	"mode" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"service_point_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"summary" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."dossier_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"need_code" text NOT NULL,
	"priority" text NOT NULL,
	"status" text DEFAULT 'identified' NOT NULL,
	"notes" text,
	"assessed_on" date NOT NULL,
	"assessed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."need_catalogue" (
	"code" text PRIMARY KEY NOT NULL,
	"volet" text NOT NULL,
	"label_fr" text NOT NULL,
	"label_en" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "need_catalogue_period_check" CHECK ("people"."need_catalogue"."valid_to" is null or "people"."need_catalogue"."valid_to" > "people"."need_catalogue"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "people"."persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"name_folded" text GENERATED ALWAYS AS (people.fold(given_name || ' ' || family_name)) STORED NOT NULL,
	"birth_date" date NOT NULL,
	"gender" text,
	"country_of_birth" text,
	"citizenships" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"french_oral_comprehension" smallint,
	"french_oral_production" smallint,
	"french_written_comprehension" smallint,
	"french_written_production" smallint,
	"immigration_category" text,
	"status_obtained_on" date,
	"status_expires_on" date,
	"arrival_date" date,
	"region_code" text NOT NULL,
	"mrc_code" text,
	"email" text,
	"phone" text,
	"street_address" text,
	"city" text,
	"postal_code" text,
	"preferred_language" text DEFAULT 'fr' NOT NULL,
	"household_id" uuid,
	"household_relation" text,
	"anonymized_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "persons_french_levels_check" CHECK (coalesce("people"."persons"."french_oral_comprehension", 1) between 1 and 12 and coalesce("people"."persons"."french_oral_production", 1) between 1 and 12
        and coalesce("people"."persons"."french_written_comprehension", 1) between 1 and 12 and coalesce("people"."persons"."french_written_production", 1) between 1 and 12)
);
--> statement-breakpoint
CREATE TABLE "people"."plan_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"action" text NOT NULL,
	"responsible" text NOT NULL,
	"organization_id" uuid,
	"due_on" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"done_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."referral_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"comment" text,
	"at" timestamp with time zone NOT NULL,
	"by" uuid
);
--> statement-breakpoint
CREATE TABLE "people"."referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"service_wanted" text NOT NULL,
	"message" text,
	"need_ids" uuid[] NOT NULL,
	"step_ids" uuid[] NOT NULL,
	"share_contact" boolean DEFAULT false NOT NULL,
	"consent_id" uuid NOT NULL,
	"status" text DEFAULT 'sent' NOT NULL,
	"decline_reason" text,
	"outcome" text,
	"answer_due_on" date NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"rerouted_from_id" uuid,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "people"."support_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"birth_date" date,
	"email" text,
	"phone" text,
	"preferred_language" text NOT NULL,
	"message" text,
	"consent_text_id" uuid NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"assigned_to" uuid,
	"dossier_id" uuid,
	"rejection_reason" text,
	"handled_by" uuid,
	"handled_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "people"."consents" ADD CONSTRAINT "consents_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."consents" ADD CONSTRAINT "consents_text_id_consent_texts_id_fk" FOREIGN KEY ("text_id") REFERENCES "people"."consent_texts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."consents" ADD CONSTRAINT "consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."consents" ADD CONSTRAINT "consents_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."dossier_events" ADD CONSTRAINT "dossier_events_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "people"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."dossier_events" ADD CONSTRAINT "dossier_events_by_users_id_fk" FOREIGN KEY ("by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."dossier_transfers" ADD CONSTRAINT "dossier_transfers_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "people"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."dossier_transfers" ADD CONSTRAINT "dossier_transfers_from_region_code_regions_code_fk" FOREIGN KEY ("from_region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."dossier_transfers" ADD CONSTRAINT "dossier_transfers_from_service_point_id_service_points_id_fk" FOREIGN KEY ("from_service_point_id") REFERENCES "territory"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."dossier_transfers" ADD CONSTRAINT "dossier_transfers_to_region_code_regions_code_fk" FOREIGN KEY ("to_region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."dossier_transfers" ADD CONSTRAINT "dossier_transfers_to_service_point_id_service_points_id_fk" FOREIGN KEY ("to_service_point_id") REFERENCES "territory"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."dossier_transfers" ADD CONSTRAINT "dossier_transfers_transferred_by_users_id_fk" FOREIGN KEY ("transferred_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."dossiers" ADD CONSTRAINT "dossiers_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."dossiers" ADD CONSTRAINT "dossiers_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."dossiers" ADD CONSTRAINT "dossiers_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "territory"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."dossiers" ADD CONSTRAINT "dossiers_agent_id_staff_members_id_fk" FOREIGN KEY ("agent_id") REFERENCES "territory"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."dossiers" ADD CONSTRAINT "dossiers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."interventions" ADD CONSTRAINT "interventions_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "people"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."interventions" ADD CONSTRAINT "interventions_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "territory"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."interventions" ADD CONSTRAINT "interventions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."interventions" ADD CONSTRAINT "interventions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."dossier_needs" ADD CONSTRAINT "dossier_needs_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "people"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."dossier_needs" ADD CONSTRAINT "dossier_needs_need_code_need_catalogue_code_fk" FOREIGN KEY ("need_code") REFERENCES "people"."need_catalogue"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."dossier_needs" ADD CONSTRAINT "dossier_needs_assessed_by_users_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."persons" ADD CONSTRAINT "persons_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."persons" ADD CONSTRAINT "persons_mrc_code_mrcs_code_fk" FOREIGN KEY ("mrc_code") REFERENCES "territory"."mrcs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."plan_steps" ADD CONSTRAINT "plan_steps_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "people"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."plan_steps" ADD CONSTRAINT "plan_steps_need_id_dossier_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "people"."dossier_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."plan_steps" ADD CONSTRAINT "plan_steps_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "partners"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."referral_events" ADD CONSTRAINT "referral_events_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "people"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."referral_events" ADD CONSTRAINT "referral_events_by_users_id_fk" FOREIGN KEY ("by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."referrals" ADD CONSTRAINT "referrals_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "people"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."referrals" ADD CONSTRAINT "referrals_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."referrals" ADD CONSTRAINT "referrals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "partners"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."referrals" ADD CONSTRAINT "referrals_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "people"."consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."referrals" ADD CONSTRAINT "referrals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."support_requests" ADD CONSTRAINT "support_requests_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."support_requests" ADD CONSTRAINT "support_requests_consent_text_id_consent_texts_id_fk" FOREIGN KEY ("consent_text_id") REFERENCES "people"."consent_texts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."support_requests" ADD CONSTRAINT "support_requests_assigned_to_staff_members_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "territory"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."support_requests" ADD CONSTRAINT "support_requests_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "people"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."support_requests" ADD CONSTRAINT "support_requests_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consent_texts_purpose_version_key" ON "people"."consent_texts" USING btree ("purpose","version");--> statement-breakpoint
CREATE INDEX "consents_person_idx" ON "people"."consents" USING btree ("person_id","purpose");--> statement-breakpoint
CREATE INDEX "consents_expiry_idx" ON "people"."consents" USING btree ("expires_on");--> statement-breakpoint
CREATE INDEX "dossier_events_dossier_idx" ON "people"."dossier_events" USING btree ("dossier_id","at");--> statement-breakpoint
CREATE INDEX "dossier_transfers_dossier_idx" ON "people"."dossier_transfers" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "dossier_transfers_from_idx" ON "people"."dossier_transfers" USING btree ("from_region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_number_key" ON "people"."dossiers" USING btree ("number");--> statement-breakpoint
CREATE INDEX "dossiers_person_idx" ON "people"."dossiers" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "dossiers_list_idx" ON "people"."dossiers" USING btree ("region_code","status","created_at","id");--> statement-breakpoint
CREATE INDEX "dossiers_agent_idx" ON "people"."dossiers" USING btree ("agent_id","status");--> statement-breakpoint
CREATE INDEX "dossiers_service_point_idx" ON "people"."dossiers" USING btree ("service_point_id");--> statement-breakpoint
CREATE INDEX "dossiers_first_meeting_idx" ON "people"."dossiers" USING btree ("first_meeting_due_on") WHERE "people"."dossiers"."first_meeting_on" is null;--> statement-breakpoint
CREATE INDEX "interventions_dossier_idx" ON "people"."interventions" USING btree ("dossier_id","occurred_at");--> statement-breakpoint
CREATE INDEX "interventions_region_date_idx" ON "people"."interventions" USING btree ("region_code","occurred_on","dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_needs_dossier_need_key" ON "people"."dossier_needs" USING btree ("dossier_id","need_code");--> statement-breakpoint
CREATE INDEX "persons_name_trgm_idx" ON "people"."persons" USING gin ("name_folded" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "persons_birth_date_idx" ON "people"."persons" USING btree ("birth_date");--> statement-breakpoint
CREATE INDEX "persons_region_idx" ON "people"."persons" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "persons_household_idx" ON "people"."persons" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "plan_steps_dossier_idx" ON "people"."plan_steps" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "plan_steps_due_idx" ON "people"."plan_steps" USING btree ("due_on","status");--> statement-breakpoint
CREATE INDEX "referral_events_referral_idx" ON "people"."referral_events" USING btree ("referral_id","at");--> statement-breakpoint
CREATE INDEX "referrals_dossier_idx" ON "people"."referrals" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "referrals_organization_idx" ON "people"."referrals" USING btree ("organization_id","status","sent_at");--> statement-breakpoint
CREATE INDEX "referrals_region_status_idx" ON "people"."referrals" USING btree ("region_code","status","answer_due_on");--> statement-breakpoint
CREATE INDEX "support_requests_region_status_idx" ON "people"."support_requests" USING btree ("region_code","status","received_at");