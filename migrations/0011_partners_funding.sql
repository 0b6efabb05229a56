CREATE TABLE "access"."outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"topic" text NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "access"."password_resets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "password_resets_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "partners"."action_kinds" (
	"code" text PRIMARY KEY NOT NULL,
	"name_fr" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "action_kinds_period_check" CHECK ("partners"."action_kinds"."valid_to" is null or "partners"."action_kinds"."valid_to" > "partners"."action_kinds"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "partners"."actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"kind_code" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"municipality" text,
	"mrc_code" text,
	"immigrant_participants" integer,
	"total_participants" integer,
	"partners_involved" text,
	"report_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "actions_period_check" CHECK ("partners"."actions"."end_on" >= "partners"."actions"."start_on"),
	CONSTRAINT "actions_participants_check" CHECK ("partners"."actions"."immigrant_participants" is null or "partners"."actions"."total_participants" is null or "partners"."actions"."immigrant_participants" <= "partners"."actions"."total_participants")
);
--> statement-breakpoint
CREATE TABLE "partners"."agreement_amounts" (
	"agreement_id" uuid NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"amount_cents" bigint NOT NULL,
	CONSTRAINT "agreement_amounts_positive_check" CHECK ("partners"."agreement_amounts"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "partners"."agreement_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"on" date NOT NULL,
	"comment" text,
	"at" timestamp with time zone NOT NULL,
	"by" uuid
);
--> statement-breakpoint
CREATE TABLE "partners"."agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"program_code" text NOT NULL,
	"volet_id" uuid,
	"title" text NOT NULL,
	"objectives" text,
	"mrc_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"status" text DEFAULT 'preparation' NOT NULL,
	"signed_on" date,
	"started_on" date,
	"completed_on" date,
	"terminated_on" date,
	"termination_reason" text,
	"funds_referrals" boolean DEFAULT false NOT NULL,
	"total_cents" bigint NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "agreements_period_check" CHECK ("partners"."agreements"."end_on" >= "partners"."agreements"."start_on"),
	CONSTRAINT "agreements_total_check" CHECK ("partners"."agreements"."total_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "partners"."amendments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"signed_on" date NOT NULL,
	"summary" text NOT NULL,
	"changes" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "partners"."deliverables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'due' NOT NULL,
	"received_on" date,
	"reviewed_on" date,
	"review_comment" text,
	"reviewed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "partners"."instalments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"number" smallint NOT NULL,
	"planned_on" date NOT NULL,
	"amount_cents" bigint NOT NULL,
	"condition" text,
	"deliverable_id" uuid,
	"paid_on" date,
	"paid_by" uuid,
	CONSTRAINT "instalments_amount_check" CHECK ("partners"."instalments"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "partners"."reminders_sent" (
	"kind" text NOT NULL,
	"record_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partners"."program_volets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_code" text NOT NULL,
	"code" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_en" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "program_volets_period_check" CHECK ("partners"."program_volets"."valid_to" is null or "partners"."program_volets"."valid_to" > "partners"."program_volets"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "partners"."programs" (
	"code" text PRIMARY KEY NOT NULL,
	"name_fr" text NOT NULL,
	"name_en" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "programs_period_check" CHECK ("partners"."programs"."valid_to" is null or "partners"."programs"."valid_to" > "partners"."programs"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "partners"."reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"deliverable_id" uuid,
	"narrative" text NOT NULL,
	"immigrant_participants" integer,
	"total_participants" integer,
	"activities_held" integer,
	"spent_cents" bigint,
	"status" text DEFAULT 'submitted' NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" uuid,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"review_comment" text
);
--> statement-breakpoint
CREATE TABLE "partners"."report_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partners"."organizations" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "partners"."organizations" ADD COLUMN "street_address" text;--> statement-breakpoint
ALTER TABLE "partners"."organizations" ADD COLUMN "postal_code" text;--> statement-breakpoint
ALTER TABLE "partners"."organizations" ADD COLUMN "services" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "partners"."organizations" ADD COLUMN "languages" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "partners"."organizations" ADD COLUMN "served_region_codes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "partners"."organizations" ADD COLUMN "served_mrc_codes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "partners"."organizations" ADD COLUMN "capacity_status" text;--> statement-breakpoint
ALTER TABLE "partners"."organizations" ADD COLUMN "waiting_count" integer;--> statement-breakpoint
ALTER TABLE "partners"."organizations" ADD COLUMN "capacity_note" text;--> statement-breakpoint
ALTER TABLE "partners"."organizations" ADD COLUMN "capacity_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "partners"."organizations" ADD COLUMN "capacity_updated_by" uuid;--> statement-breakpoint
ALTER TABLE "access"."password_resets" ADD CONSTRAINT "password_resets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "access"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."actions" ADD CONSTRAINT "actions_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "partners"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."actions" ADD CONSTRAINT "actions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."actions" ADD CONSTRAINT "actions_kind_code_action_kinds_code_fk" FOREIGN KEY ("kind_code") REFERENCES "partners"."action_kinds"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."actions" ADD CONSTRAINT "actions_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "partners"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."actions" ADD CONSTRAINT "actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."agreement_amounts" ADD CONSTRAINT "agreement_amounts_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "partners"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."agreement_events" ADD CONSTRAINT "agreement_events_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "partners"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."agreement_events" ADD CONSTRAINT "agreement_events_by_users_id_fk" FOREIGN KEY ("by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."agreements" ADD CONSTRAINT "agreements_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "partners"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."agreements" ADD CONSTRAINT "agreements_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "territory"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."agreements" ADD CONSTRAINT "agreements_program_code_programs_code_fk" FOREIGN KEY ("program_code") REFERENCES "partners"."programs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."agreements" ADD CONSTRAINT "agreements_volet_id_program_volets_id_fk" FOREIGN KEY ("volet_id") REFERENCES "partners"."program_volets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."agreements" ADD CONSTRAINT "agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."amendments" ADD CONSTRAINT "amendments_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "partners"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."amendments" ADD CONSTRAINT "amendments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."deliverables" ADD CONSTRAINT "deliverables_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "partners"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."deliverables" ADD CONSTRAINT "deliverables_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."instalments" ADD CONSTRAINT "instalments_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "partners"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."instalments" ADD CONSTRAINT "instalments_deliverable_id_deliverables_id_fk" FOREIGN KEY ("deliverable_id") REFERENCES "partners"."deliverables"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."instalments" ADD CONSTRAINT "instalments_paid_by_users_id_fk" FOREIGN KEY ("paid_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."program_volets" ADD CONSTRAINT "program_volets_program_code_programs_code_fk" FOREIGN KEY ("program_code") REFERENCES "partners"."programs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."reports" ADD CONSTRAINT "reports_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "partners"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."reports" ADD CONSTRAINT "reports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "partners"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."reports" ADD CONSTRAINT "reports_deliverable_id_deliverables_id_fk" FOREIGN KEY ("deliverable_id") REFERENCES "partners"."deliverables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."reports" ADD CONSTRAINT "reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."reports" ADD CONSTRAINT "reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."report_files" ADD CONSTRAINT "report_files_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "partners"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_created_idx" ON "access"."outbox" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "access"."outbox" USING btree ("sent_at","created_at");--> statement-breakpoint
CREATE INDEX "password_resets_user_idx" ON "access"."password_resets" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "actions_region_period_idx" ON "partners"."actions" USING btree ("region_code","start_on");--> statement-breakpoint
CREATE INDEX "actions_agreement_idx" ON "partners"."actions" USING btree ("agreement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_amounts_key" ON "partners"."agreement_amounts" USING btree ("agreement_id","fiscal_year");--> statement-breakpoint
CREATE INDEX "agreement_events_agreement_idx" ON "partners"."agreement_events" USING btree ("agreement_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "agreements_reference_key" ON "partners"."agreements" USING btree (lower("reference"));--> statement-breakpoint
CREATE INDEX "agreements_region_period_idx" ON "partners"."agreements" USING btree ("region_code","start_on","end_on");--> statement-breakpoint
CREATE INDEX "agreements_organization_idx" ON "partners"."agreements" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "amendments_number_key" ON "partners"."amendments" USING btree ("agreement_id","number");--> statement-breakpoint
CREATE INDEX "deliverables_agreement_idx" ON "partners"."deliverables" USING btree ("agreement_id","due_on");--> statement-breakpoint
CREATE INDEX "deliverables_open_due_idx" ON "partners"."deliverables" USING btree ("due_on") WHERE "partners"."deliverables"."status" in ('due', 'returned');--> statement-breakpoint
CREATE UNIQUE INDEX "instalments_number_key" ON "partners"."instalments" USING btree ("agreement_id","number");--> statement-breakpoint
CREATE INDEX "instalments_unpaid_idx" ON "partners"."instalments" USING btree ("planned_on") WHERE "partners"."instalments"."paid_on" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "reminders_sent_key" ON "partners"."reminders_sent" USING btree ("kind","record_id","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "program_volets_program_code_key" ON "partners"."program_volets" USING btree ("program_code","code");--> statement-breakpoint
CREATE INDEX "reports_agreement_idx" ON "partners"."reports" USING btree ("agreement_id","submitted_at");--> statement-breakpoint
CREATE INDEX "reports_organization_idx" ON "partners"."reports" USING btree ("organization_id","submitted_at");--> statement-breakpoint
CREATE INDEX "report_files_report_idx" ON "partners"."report_files" USING btree ("report_id");--> statement-breakpoint
ALTER TABLE "partners"."organizations" ADD CONSTRAINT "organizations_capacity_updated_by_users_id_fk" FOREIGN KEY ("capacity_updated_by") REFERENCES "access"."users"("id") ON DELETE set null ON UPDATE no action;