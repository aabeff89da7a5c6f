import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from './auth'
import { productVariants, products } from './catalog'
import { coupons } from './commerce'
import { stores } from './stores'
import { at, createdAt, id, updatedAt } from './_columns'

export const orderStatus = pgEnum('order_status', [
  'pending_payment',
  'confirmed',
  'packed',
  'shipped',
  'out_for_delivery',
  'delivered',
  'cancelled',
  'return_requested',
  'return_approved',
  'returned',
  'refunded',
  'rto',
])
export const paymentMethod = pgEnum('payment_method', ['upi', 'card', 'netbanking', 'wallet', 'cod'])
export const actorRole = pgEnum('actor_role', ['buyer', 'seller', 'admin', 'system'])
export const priceSource = pgEnum('price_source', ['list', 'live', 'flash', 'auction', 'giveaway'])

export type AddressSnapshot = {
  name: string
  phone: string
  line1: string
  line2: string | null
  landmark: string | null
  city: string
  state: string
  pin: string
}

/** One checkout: one payment covering one order per store. */
export const orderGroups = pgTable(
  'order_groups',
  {
    id: id(),
    buyerId: uuid('buyer_id')
      .notNull()
      .references(() => users.id),
    totalPaise: integer('total_paise').notNull(),
    paymentMethod: paymentMethod('payment_method').notNull(),
    /** Unpaid groups release their stock at this time. */
    expiresAt: at('expires_at'),
    /** Cash on delivery: the buyer confirms with a one-time code (stored hashed, short-lived). */
    codOtpHash: text('cod_otp_hash'),
    codOtpExpiresAt: at('cod_otp_expires_at'),
    codOtpAttempts: integer('cod_otp_attempts').notNull().default(0),
    codConfirmedAt: at('cod_confirmed_at'),
    createdAt: createdAt(),
  },
  (t) => [index('order_groups_buyer_idx').on(t.buyerId, t.createdAt)],
)

export const orders = pgTable(
  'orders',
  {
    id: id(),
    number: text('number').notNull(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => orderGroups.id),
    storeId: uuid('store_id')
      .notNull()
      .references(() => stores.id),
    buyerId: uuid('buyer_id')
      .notNull()
      .references(() => users.id),
    status: orderStatus('status').notNull().default('pending_payment'),
    paymentMethod: paymentMethod('payment_method').notNull(),
    subtotalPaise: integer('subtotal_paise').notNull(),
    discountPaise: integer('discount_paise').notNull().default(0),
    shippingPaise: integer('shipping_paise').notNull().default(0),
    totalPaise: integer('total_paise').notNull(),
    couponId: uuid('coupon_id').references(() => coupons.id),
    shippingAddress: jsonb('shipping_address').$type<AddressSnapshot>().notNull(),
    /** Attribution (SPEC §8.2): the live show and affiliate the order came through. */
    showId: uuid('show_id'),
    affiliateId: uuid('affiliate_id').references(() => users.id),
    affiliateCommissionBps: integer('affiliate_commission_bps'),
    placedAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('orders_number_key').on(t.number),
    index('orders_store_status_idx').on(t.storeId, t.status, t.placedAt),
    index('orders_buyer_idx').on(t.buyerId, t.placedAt),
    index('orders_group_idx').on(t.groupId),
    check('orders_total_consistent', sql`${t.totalPaise} = ${t.subtotalPaise} - ${t.discountPaise} + ${t.shippingPaise}`),
  ],
)

export const orderItems = pgTable(
  'order_items',
  {
    id: id(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    variantId: uuid('variant_id').references(() => productVariants.id),
    title: text('title').notNull(),
    variantTitle: text('variant_title'),
    sku: text('sku'),
    imageUrl: text('image_url'),
    unitPricePaise: integer('unit_price_paise').notNull(),
    quantity: integer('quantity').notNull(),
    totalPaise: integer('total_paise').notNull(),
    priceSource: priceSource('price_source').notNull().default('list'),
    showId: uuid('show_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('order_items_order_idx').on(t.orderId),
    index('order_items_product_idx').on(t.productId),
    check('order_items_quantity_positive', sql`${t.quantity} > 0`),
  ],
)

export const orderEvents = pgTable(
  'order_events',
  {
    id: id(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    fromStatus: orderStatus('from_status'),
    toStatus: orderStatus('to_status').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    actorRole: actorRole('actor_role').notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [index('order_events_order_idx').on(t.orderId, t.createdAt)],
)

export const paymentStatus = pgEnum('payment_status', ['created', 'authorized', 'captured', 'failed', 'refunded'])

export const payments = pgTable(
  'payments',
  {
    id: id(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => orderGroups.id),
    provider: text('provider').notNull(),
    providerOrderId: text('provider_order_id').notNull(),
    providerPaymentId: text('provider_payment_id'),
    amountPaise: integer('amount_paise').notNull(),
    status: paymentStatus('status').notNull().default('created'),
    method: text('method'),
    errorReason: text('error_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('payments_provider_order_key').on(t.provider, t.providerOrderId),
    uniqueIndex('payments_provider_payment_key').on(t.provider, t.providerPaymentId),
    index('payments_group_idx').on(t.groupId),
  ],
)

/** Every webhook event, once: the unique (provider, event_id) makes redelivery a no-op. */
export const paymentEvents = pgTable(
  'payment_events',
  {
    id: id(),
    provider: text('provider').notNull(),
    eventId: text('event_id').notNull(),
    type: text('type').notNull(),
    payload: jsonb('payload').notNull(),
    receivedAt: createdAt(),
    processedAt: at('processed_at'),
  },
  (t) => [uniqueIndex('payment_events_provider_event_key').on(t.provider, t.eventId)],
)

export const refundStatus = pgEnum('refund_status', ['pending', 'processed', 'failed', 'manual'])

export const refunds = pgTable(
  'refunds',
  {
    id: id(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    paymentId: uuid('payment_id').references(() => payments.id),
    amountPaise: integer('amount_paise').notNull(),
    status: refundStatus('status').notNull().default('pending'),
    providerRefundId: text('provider_refund_id'),
    /** The same key for the same refund intent, so retries never refund twice. */
    idempotencyKey: text('idempotency_key').notNull(),
    reason: text('reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('refunds_idempotency_key').on(t.idempotencyKey),
    uniqueIndex('refunds_provider_refund_key').on(t.providerRefundId),
    index('refunds_order_idx').on(t.orderId),
  ],
)

export const shipments = pgTable(
  'shipments',
  {
    id: id(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    provider: text('provider').notNull(),
    providerOrderId: text('provider_order_id'),
    providerShipmentId: text('provider_shipment_id'),
    awb: text('awb'),
    courier: text('courier'),
    labelUrl: text('label_url'),
    trackingUrl: text('tracking_url'),
    status: text('status').notNull().default('created'),
    isReturn: boolean('is_return').notNull().default(false),
    pickupScheduledAt: at('pickup_scheduled_at'),
    deliveredAt: at('delivered_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('shipments_awb_key').on(t.provider, t.awb), index('shipments_order_idx').on(t.orderId)],
)

export const shipmentEvents = pgTable(
  'shipment_events',
  {
    id: id(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    location: text('location'),
    description: text('description'),
    occurredAt: at('occurred_at').notNull(),
    /** Courier scans can be delivered twice (webhook and poll); this makes them one. */
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('shipment_events_dedupe_key').on(t.shipmentId, t.dedupeKey)],
)

export const returnStatus = pgEnum('return_status', ['requested', 'approved', 'rejected', 'received', 'refunded'])

export const returns = pgTable(
  'returns',
  {
    id: id(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    reason: text('reason').notNull(),
    details: text('details'),
    photos: text('photos').array().notNull().default(sql`'{}'::text[]`),
    status: returnStatus('status').notNull().default('requested'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: at('decided_at'),
    decisionNote: text('decision_note'),
    createdAt: createdAt(),
  },
  (t) => [index('returns_order_idx').on(t.orderId)],
)
