import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from './auth'
import { products } from './catalog'
import { orderItems, orders } from './orders'
import { at, createdAt, id, updatedAt } from './_columns'

export const reviewStatus = pgEnum('review_status', ['visible', 'hidden'])

export const reviews = pgTable(
  'reviews',
  {
    id: id(),
    /** One review per delivered order line. */
    orderItemId: uuid('order_item_id')
      .notNull()
      .references(() => orderItems.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    rating: integer('rating').notNull(),
    title: text('title'),
    body: text('body').notNull().default(''),
    photos: text('photos').array().notNull().default(sql`'{}'::text[]`),
    sellerReply: text('seller_reply'),
    repliedAt: at('replied_at'),
    status: reviewStatus('status').notNull().default('visible'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('reviews_order_item_key').on(t.orderItemId),
    index('reviews_product_idx').on(t.productId, t.createdAt),
    check('reviews_rating_range', sql`${t.rating} BETWEEN 1 AND 5`),
  ],
)

export const reportTarget = pgEnum('report_target', ['chat_message', 'review', 'product', 'show', 'store', 'user'])
export const reportStatus = pgEnum('report_status', ['open', 'actioned', 'dismissed'])

export const reports = pgTable(
  'reports',
  {
    id: id(),
    reporterId: uuid('reporter_id')
      .notNull()
      .references(() => users.id),
    targetType: reportTarget('target_type').notNull(),
    targetId: uuid('target_id').notNull(),
    reason: text('reason').notNull(),
    status: reportStatus('status').notNull().default('open'),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    resolvedAt: at('resolved_at'),
    createdAt: createdAt(),
  },
  (t) => [index('reports_status_idx').on(t.status, t.createdAt)],
)

export const disputeStatus = pgEnum('dispute_status', ['open', 'resolved_buyer', 'resolved_seller', 'closed'])

export const disputes = pgTable(
  'disputes',
  {
    id: id(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    openedBy: uuid('opened_by')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    status: disputeStatus('status').notNull().default('open'),
    resolution: text('resolution'),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    resolvedAt: at('resolved_at'),
    createdAt: createdAt(),
  },
  (t) => [index('disputes_status_idx').on(t.status, t.createdAt)],
)

export const banners = pgTable('banners', {
  id: id(),
  title: text('title').notNull(),
  subtitle: text('subtitle'),
  imageUrl: text('image_url'),
  href: text('href').notNull(),
  position: integer('position').notNull().default(0),
  active: boolean('active').notNull().default(true),
  startsAt: at('starts_at'),
  endsAt: at('ends_at'),
  createdAt: createdAt(),
})

/** Every admin action and every sensitive seller action (SPEC §11.6). */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    actorId: uuid('actor_id').references(() => users.id),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    data: jsonb('data').notNull().default({}),
    ip: text('ip'),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_created_idx').on(t.createdAt), index('audit_log_target_idx').on(t.targetType, t.targetId)],
)

/** The embedded email driver's outbox, shown at /dev/mail. */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: id(),
    from: text('from').notNull(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    tag: text('tag'),
    createdAt: createdAt(),
  },
  (t) => [index('email_outbox_to_idx').on(t.to, t.createdAt)],
)
