import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, real, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from './auth'
import { at, createdAt, id, updatedAt } from './_columns'

export const storeStatus = pgEnum('store_status', ['pending', 'approved', 'rejected', 'suspended'])
export const storeMemberRole = pgEnum('store_member_role', ['owner', 'moderator'])
export const shippingRule = pgEnum('shipping_rule', ['free_over', 'flat', 'carrier'])

export const stores = pgTable(
  'stores',
  {
    id: id(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    description: text('description').notNull().default(''),
    logoUrl: text('logo_url'),
    bannerUrl: text('banner_url'),
    status: storeStatus('status').notNull().default('pending'),
    statusReason: text('status_reason'),
    reviewedAt: at('reviewed_at'),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    pickupName: text('pickup_name').notNull(),
    pickupPhone: text('pickup_phone').notNull(),
    pickupLine1: text('pickup_line1').notNull(),
    pickupLine2: text('pickup_line2'),
    pickupCity: text('pickup_city').notNull(),
    pickupState: text('pickup_state').notNull(),
    pickupPin: text('pickup_pin').notNull(),
    gstin: text('gstin'),
    pan: text('pan'),
    returnWindowDays: integer('return_window_days').notNull().default(7),
    codEnabled: boolean('cod_enabled').notNull().default(true),
    shippingRule: shippingRule('shipping_rule').notNull().default('free_over'),
    shippingFeePaise: integer('shipping_fee_paise').notNull().default(4900),
    freeShippingOverPaise: integer('free_shipping_over_paise').notNull().default(49900),
    /** Overrides the category's platform commission, in basis points. */
    commissionBps: integer('commission_bps'),
    /** Offered to affiliate hosts, in basis points; null when the store runs no affiliate programme. */
    affiliateCommissionBps: integer('affiliate_commission_bps'),
    ratingAvg: real('rating_avg'),
    ratingCount: integer('rating_count').notNull().default(0),
    followerCount: integer('follower_count').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('stores_slug_key').on(t.slug),
    index('stores_owner_idx').on(t.ownerId),
    index('stores_status_idx').on(t.status),
    check('stores_pin_format', sql`${t.pickupPin} ~ '^[1-9][0-9]{5}$'`),
  ],
)

export const storeMembers = pgTable(
  'store_members',
  {
    storeId: uuid('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: storeMemberRole('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.storeId, t.userId] }), index('store_members_user_idx').on(t.userId)],
)

export const storeBlockedWords = pgTable(
  'store_blocked_words',
  {
    storeId: uuid('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
    word: text('word').notNull(),
  },
  (t) => [primaryKey({ columns: [t.storeId, t.word] })],
)
