ALTER TABLE "chat_messages" ADD COLUMN "question_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "polls" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "shows" ADD COLUMN "slow_mode_seconds" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "shows" ADD COLUMN "pinned_message_id" uuid;--> statement-breakpoint
ALTER TABLE "shows" ADD COLUMN "spotlight_product_id" uuid;--> statement-breakpoint
ALTER TABLE "shows" ADD COLUMN "spotlight_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "shows" ADD COLUMN "ingress_id" text;--> statement-breakpoint
ALTER TABLE "shows" ADD COLUMN "ingress_url" text;--> statement-breakpoint
ALTER TABLE "shows" ADD COLUMN "ingress_stream_key" text;--> statement-breakpoint
ALTER TABLE "shows" ADD COLUMN "ingress_kind" text;--> statement-breakpoint
ALTER TABLE "shows" ADD COLUMN "egress_id" text;--> statement-breakpoint
ALTER TABLE "shows" ADD COLUMN "total_watch_ms" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "shows" ADD CONSTRAINT "shows_spotlight_product_id_products_id_fk" FOREIGN KEY ("spotlight_product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;