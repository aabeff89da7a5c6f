import { sql } from 'drizzle-orm'
import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { at, createdAt, id, updatedAt } from './_columns'

/**
 * Facts about this database itself. `instance_id` is random per database (set by the migration
 * that creates the table), so caches keyed by it never serve one database's rows to another.
 */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
})

/**
 * State kept by the embedded drivers that stand in for a vendor on one machine — the simulated
 * payment gateway's orders, payments and refunds, the simulated courier's shipments and scans.
 * One row per vendor-side object, keyed as the vendor would key it; `data` is its document.
 * Production drivers never touch this table.
 */
export const embeddedRecords = pgTable(
  'embedded_records',
  {
    service: text('service').notNull(),
    kind: text('kind').notNull(),
    id: text('id').notNull(),
    data: jsonb('data').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.service, t.kind, t.id] }),
    index('embedded_records_kind_idx').on(t.service, t.kind, t.createdAt),
  ],
)

export const jobStatus = pgEnum('job_status', ['queued', 'running', 'done', 'failed'])

/**
 * The embedded jobs driver's queue: delayed and recurring work run by the in-process scheduler.
 * `dedupe_key` makes scheduling the same logical job twice a no-op.
 */
export const scheduledJobs = pgTable(
  'scheduled_jobs',
  {
    id: id(),
    name: text('name').notNull(),
    payload: jsonb('payload').notNull().default(sql`'{}'::jsonb`),
    runAt: at('run_at').notNull(),
    dedupeKey: text('dedupe_key'),
    status: jobStatus('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lockedUntil: at('locked_until'),
    lastError: text('last_error'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('scheduled_jobs_dedupe_key').on(t.dedupeKey),
    index('scheduled_jobs_due_idx').on(t.status, t.runAt),
  ],
)
