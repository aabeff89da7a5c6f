import { pgTable, text } from 'drizzle-orm/pg-core'

/**
 * Facts about this database itself. `instance_id` is random per database (set by the migration
 * that creates the table), so caches keyed by it never serve one database's rows to another.
 */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
})
