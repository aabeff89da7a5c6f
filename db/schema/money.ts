import { index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from './auth'
import { orderItems } from './orders'
import { stores } from './stores'
import { at, createdAt, id, updatedAt } from './_columns'

export const ledgerKind = pgEnum('ledger_kind', [
  'gross',
  'platform_commission',
  'payment_fee',
  'affiliate_commission',
  'cohost_commission',
  'seller_net',
  'refund',
  'payout',
  'payout_reversal',
])

export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: id(),
    storeId: uuid('store_id')
      .notNull()
      .references(() => stores.id),
    orderItemId: uuid('order_item_id').references(() => orderItems.id),
    payoutId: uuid('payout_id'),
    kind: ledgerKind('kind').notNull(),
    /** Signed paise: credits to the seller are positive. */
    amountPaise: integer('amount_paise').notNull(),
    /** When the seller may withdraw it (delivery plus the return window). */
    availableAt: at('available_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('ledger_entries_store_idx').on(t.storeId, t.createdAt),
    uniqueIndex('ledger_entries_item_kind_key').on(t.orderItemId, t.kind),
  ],
)

export const payoutStatus = pgEnum('payout_status', ['requested', 'approved', 'paid', 'rejected', 'failed'])

export const payouts = pgTable(
  'payouts',
  {
    id: id(),
    storeId: uuid('store_id')
      .notNull()
      .references(() => stores.id),
    amountPaise: integer('amount_paise').notNull(),
    status: payoutStatus('status').notNull().default('requested'),
    providerPayoutId: text('provider_payout_id'),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: at('decided_at'),
    paidAt: at('paid_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('payouts_store_idx').on(t.storeId, t.createdAt)],
)

export const payoutAccounts = pgTable('payout_accounts', {
  storeId: uuid('store_id')
    .primaryKey()
    .references(() => stores.id, { onDelete: 'cascade' }),
  accountName: text('account_name').notNull(),
  /** Only the last four digits are kept here; the full number lives with the payout provider. */
  accountLast4: text('account_last4').notNull(),
  ifsc: text('ifsc').notNull(),
  providerFundAccountId: text('provider_fund_account_id'),
  updatedAt: updatedAt(),
})
