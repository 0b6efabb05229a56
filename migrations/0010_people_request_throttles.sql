CREATE TABLE "people"."request_throttles" (
	"key_hash" text PRIMARY KEY NOT NULL,
	"attempts" integer NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "request_throttles_window_idx" ON "people"."request_throttles" USING btree ("window_started_at");