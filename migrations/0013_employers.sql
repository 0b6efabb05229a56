CREATE SCHEMA "employers";
--> statement-breakpoint
CREATE TABLE "employers"."candidate_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"target_cnp_codes" text[] NOT NULL,
	"target_broad_categories" text[] NOT NULL,
	"experience_years" smallint,
	"french_level" smallint,
	"credential_status" text,
	"work_permit" text,
	"available_on" date,
	"current_region_code" text NOT NULL,
	"current_mrc_code" text,
	"mobility_region_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "candidate_profiles_targets_check" CHECK (cardinality("employers"."candidate_profiles"."target_cnp_codes") between 1 and 5),
	CONSTRAINT "candidate_profiles_french_check" CHECK ("employers"."candidate_profiles"."french_level" is null or "employers"."candidate_profiles"."french_level" between 1 and 12),
	CONSTRAINT "candidate_profiles_experience_check" CHECK ("employers"."candidate_profiles"."experience_years" is null or "employers"."candidate_profiles"."experience_years" between 0 and 60)
);
--> statement-breakpoint
CREATE TABLE "employers"."enterprise_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"name" text NOT NULL,
	"job_title" text,
	"email" text,
	"phone" text,
	"language" text DEFAULT 'fr' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employers"."enterprises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"legal_name" text NOT NULL,
	"name_folded" text GENERATED ALWAYS AS (people.fold(legal_name)) STORED NOT NULL,
	"neq" text,
	"scian_code" text NOT NULL,
	"size_band" text,
	"street_address" text,
	"city" text NOT NULL,
	"city_folded" text GENERATED ALWAYS AS (people.fold(city)) STORED NOT NULL,
	"postal_code" text,
	"mrc_code" text,
	"region_code" text NOT NULL,
	"phone" text,
	"email" text,
	"website" text,
	"notes" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "enterprises_neq_check" CHECK ("employers"."enterprises"."neq" is null or "employers"."enterprises"."neq" ~ '^[0-9]{10}$')
);
--> statement-breakpoint
CREATE TABLE "employers"."labour_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"title" text NOT NULL,
	"cnp_code" text NOT NULL,
	"positions" integer NOT NULL,
	"french_level" smallint,
	"other_languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"experience_years" smallint,
	"regulated_profession" boolean DEFAULT false NOT NULL,
	"credential_required" text,
	"wage_cents" bigint,
	"wage_unit" text,
	"employment_type" text NOT NULL,
	"city" text,
	"mrc_code" text,
	"region_code" text NOT NULL,
	"start_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"description" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "labour_needs_positions_check" CHECK ("employers"."labour_needs"."positions" > 0),
	CONSTRAINT "labour_needs_french_check" CHECK ("employers"."labour_needs"."french_level" is null or "employers"."labour_needs"."french_level" between 1 and 12),
	CONSTRAINT "labour_needs_experience_check" CHECK ("employers"."labour_needs"."experience_years" is null or "employers"."labour_needs"."experience_years" between 0 and 60),
	CONSTRAINT "labour_needs_wage_check" CHECK (("employers"."labour_needs"."wage_cents" is null) = ("employers"."labour_needs"."wage_unit" is null) and coalesce("employers"."labour_needs"."wage_cents", 1) > 0)
);
--> statement-breakpoint
CREATE TABLE "employers"."cnp_groups" (
	"code" text PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"title_en" text NOT NULL,
	"title_fr" text
);
--> statement-breakpoint
CREATE TABLE "employers"."cnp_unit_groups" (
	"code" text PRIMARY KEY NOT NULL,
	"teer" smallint NOT NULL,
	"broad_category" text NOT NULL,
	"major_group" text NOT NULL,
	"sub_major_group" text NOT NULL,
	"minor_group" text NOT NULL,
	"title_en" text NOT NULL,
	"title_fr" text,
	"search_folded" text GENERATED ALWAYS AS (people.fold(code || ' ' || title_en || ' ' || coalesce(title_fr, ''))) STORED NOT NULL,
	CONSTRAINT "cnp_unit_groups_code_check" CHECK ("employers"."cnp_unit_groups"."code" ~ '^[0-9]{5}$' and "employers"."cnp_unit_groups"."teer" between 0 and 5)
);
--> statement-breakpoint
CREATE TABLE "employers"."scian_sectors" (
	"code" text PRIMARY KEY NOT NULL,
	"name_fr" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employers"."placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid,
	"labour_need_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"hired_on" date NOT NULL,
	"position_title" text NOT NULL,
	"cnp_code" text NOT NULL,
	"employment_type" text NOT NULL,
	"region_code" text NOT NULL,
	"origin_region_code" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "employers"."proposal_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"at" timestamp with time zone NOT NULL,
	"by" uuid
);
--> statement-breakpoint
CREATE TABLE "employers"."proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"labour_need_id" uuid NOT NULL,
	"profile_id" uuid NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"decline_reason" text,
	"comment" text,
	"proposed_on" date NOT NULL,
	"proposed_by" uuid,
	"answered_on" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employers"."employer_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"enterprise_name" text NOT NULL,
	"neq" text,
	"city" text NOT NULL,
	"contact_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"language" text NOT NULL,
	"positions_wanted" integer,
	"message" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"enterprise_id" uuid,
	"rejection_reason" text,
	"handled_by" uuid,
	"handled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "employers"."advisor_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"served_on" date NOT NULL,
	"advisor_id" uuid,
	"outcome" text,
	"follow_up_on" date,
	"follow_up_done_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "advisor_services_follow_up_check" CHECK ("employers"."advisor_services"."follow_up_on" is null or "employers"."advisor_services"."follow_up_on" >= "employers"."advisor_services"."served_on")
);
--> statement-breakpoint
ALTER TABLE "employers"."candidate_profiles" ADD CONSTRAINT "candidate_profiles_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."candidate_profiles" ADD CONSTRAINT "candidate_profiles_current_region_code_regions_code_fk" FOREIGN KEY ("current_region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."candidate_profiles" ADD CONSTRAINT "candidate_profiles_current_mrc_code_mrcs_code_fk" FOREIGN KEY ("current_mrc_code") REFERENCES "territory"."mrcs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."candidate_profiles" ADD CONSTRAINT "candidate_profiles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."enterprise_contacts" ADD CONSTRAINT "enterprise_contacts_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "employers"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."enterprises" ADD CONSTRAINT "enterprises_scian_code_scian_sectors_code_fk" FOREIGN KEY ("scian_code") REFERENCES "employers"."scian_sectors"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."enterprises" ADD CONSTRAINT "enterprises_mrc_code_mrcs_code_fk" FOREIGN KEY ("mrc_code") REFERENCES "territory"."mrcs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."enterprises" ADD CONSTRAINT "enterprises_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."enterprises" ADD CONSTRAINT "enterprises_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."labour_needs" ADD CONSTRAINT "labour_needs_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "employers"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."labour_needs" ADD CONSTRAINT "labour_needs_cnp_code_cnp_unit_groups_code_fk" FOREIGN KEY ("cnp_code") REFERENCES "employers"."cnp_unit_groups"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."labour_needs" ADD CONSTRAINT "labour_needs_mrc_code_mrcs_code_fk" FOREIGN KEY ("mrc_code") REFERENCES "territory"."mrcs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."labour_needs" ADD CONSTRAINT "labour_needs_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."labour_needs" ADD CONSTRAINT "labour_needs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."placements" ADD CONSTRAINT "placements_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "employers"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."placements" ADD CONSTRAINT "placements_labour_need_id_labour_needs_id_fk" FOREIGN KEY ("labour_need_id") REFERENCES "employers"."labour_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."placements" ADD CONSTRAINT "placements_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "employers"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."placements" ADD CONSTRAINT "placements_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."placements" ADD CONSTRAINT "placements_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."placements" ADD CONSTRAINT "placements_origin_region_code_regions_code_fk" FOREIGN KEY ("origin_region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."placements" ADD CONSTRAINT "placements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."proposal_events" ADD CONSTRAINT "proposal_events_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "employers"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."proposal_events" ADD CONSTRAINT "proposal_events_by_users_id_fk" FOREIGN KEY ("by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."proposals" ADD CONSTRAINT "proposals_labour_need_id_labour_needs_id_fk" FOREIGN KEY ("labour_need_id") REFERENCES "employers"."labour_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."proposals" ADD CONSTRAINT "proposals_profile_id_candidate_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "employers"."candidate_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."proposals" ADD CONSTRAINT "proposals_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."employer_requests" ADD CONSTRAINT "employer_requests_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."employer_requests" ADD CONSTRAINT "employer_requests_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "employers"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."employer_requests" ADD CONSTRAINT "employer_requests_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."advisor_services" ADD CONSTRAINT "advisor_services_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "employers"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."advisor_services" ADD CONSTRAINT "advisor_services_advisor_id_users_id_fk" FOREIGN KEY ("advisor_id") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers"."advisor_services" ADD CONSTRAINT "advisor_services_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "candidate_profiles_person_key" ON "employers"."candidate_profiles" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "candidate_profiles_region_idx" ON "employers"."candidate_profiles" USING btree ("current_region_code");--> statement-breakpoint
CREATE INDEX "candidate_profiles_broad_idx" ON "employers"."candidate_profiles" USING gin ("target_broad_categories");--> statement-breakpoint
CREATE INDEX "candidate_profiles_mobility_idx" ON "employers"."candidate_profiles" USING gin ("mobility_region_codes");--> statement-breakpoint
CREATE INDEX "enterprise_contacts_enterprise_idx" ON "employers"."enterprise_contacts" USING btree ("enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_neq_key" ON "employers"."enterprises" USING btree ("neq");--> statement-breakpoint
CREATE INDEX "enterprises_region_idx" ON "employers"."enterprises" USING btree ("region_code","name_folded");--> statement-breakpoint
CREATE INDEX "enterprises_name_trgm_idx" ON "employers"."enterprises" USING gin ("name_folded" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "labour_needs_enterprise_idx" ON "employers"."labour_needs" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "labour_needs_region_status_idx" ON "employers"."labour_needs" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "labour_needs_cnp_idx" ON "employers"."labour_needs" USING btree ("cnp_code");--> statement-breakpoint
CREATE INDEX "cnp_unit_groups_minor_idx" ON "employers"."cnp_unit_groups" USING btree ("minor_group");--> statement-breakpoint
CREATE UNIQUE INDEX "placements_proposal_key" ON "employers"."placements" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "placements_region_hired_idx" ON "employers"."placements" USING btree ("region_code","hired_on");--> statement-breakpoint
CREATE INDEX "placements_need_idx" ON "employers"."placements" USING btree ("labour_need_id");--> statement-breakpoint
CREATE INDEX "proposal_events_proposal_idx" ON "employers"."proposal_events" USING btree ("proposal_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "proposals_need_profile_key" ON "employers"."proposals" USING btree ("labour_need_id","profile_id");--> statement-breakpoint
CREATE INDEX "proposals_status_idx" ON "employers"."proposals" USING btree ("status","proposed_on");--> statement-breakpoint
CREATE INDEX "employer_requests_region_status_idx" ON "employers"."employer_requests" USING btree ("region_code","status","received_at");--> statement-breakpoint
CREATE INDEX "advisor_services_enterprise_idx" ON "employers"."advisor_services" USING btree ("enterprise_id","served_on");--> statement-breakpoint
CREATE INDEX "advisor_services_served_idx" ON "employers"."advisor_services" USING btree ("served_on");--> statement-breakpoint
CREATE INDEX "advisor_services_follow_up_idx" ON "employers"."advisor_services" USING btree ("follow_up_on");