CREATE TABLE "access"."audit_chain_head" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"last_id" bigint DEFAULT 0 NOT NULL,
	"last_hash" text NOT NULL,
	CONSTRAINT "audit_chain_head_single_row" CHECK ("access"."audit_chain_head"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "access"."sign_in_throttles" (
	"kind" text NOT NULL,
	"key_hash" text NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"blocked_until" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sign_in_throttles_kind_key_hash_pk" PRIMARY KEY("kind","key_hash")
);
--> statement-breakpoint
ALTER TABLE "access"."audit_events" ADD COLUMN "region_code" text;--> statement-breakpoint
ALTER TABLE "access"."audit_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "access"."audit_events" ADD COLUMN "hash" text;--> statement-breakpoint
CREATE INDEX "sign_in_throttles_updated_idx" ON "access"."sign_in_throttles" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "audit_events_region_idx" ON "access"."audit_events" USING btree ("region_code","id");--> statement-breakpoint
CREATE INDEX "audit_events_action_idx" ON "access"."audit_events" USING btree ("action","id");--> statement-breakpoint
ALTER TABLE "access"."users" DROP COLUMN "failed_sign_ins";--> statement-breakpoint
ALTER TABLE "access"."users" DROP COLUMN "locked_until";