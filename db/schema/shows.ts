import { sql } from 'drizzle-orm'
import { bigint, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid, boolean } from 'drizzle-orm/pg-core'
import { users } from './auth'
import { categories, productVariants, products } from './catalog'
import { orders } from './orders'
import { stores } from './stores'
import { at, createdAt, id, updatedAt } from './_columns'

export const showStatus = pgEnum('show_status', ['scheduled', 'live', 'ended', 'cancelled'])
export const showEventType = pgEnum('show_event_type', ['spotlight', 'flash_sale', 'auction', 'poll', 'giveaway'])

export const shows = pgTable(
  'shows',
  {
    id: id(),
    storeId: uuid('store_id')
      .notNull()
      .references(() => stores.id),
    hostId: uuid('host_id')
      .notNull()
      .references(() => users.id),
    coHostId: uuid('co_host_id').references(() => users.id),
    /** Share of the show's earnings credited to the co-host, in basis points. */
    coHostShareBps: integer('co_host_share_bps'),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    coverUrl: text('cover_url'),
    categoryId: uuid('category_id').references(() => categories.id),
    language: text('language').notNull().default('en'),
    status: showStatus('status').notNull().default('scheduled'),
    scheduledAt: at('scheduled_at').notNull(),
    startedAt: at('started_at'),
    endedAt: at('ended_at'),
    recordingUrl: text('recording_url'),
    /** Seconds a viewer waits between chat messages; 0 is off (SPEC §6.1). */
    slowModeSeconds: integer('slow_mode_seconds').notNull().default(0),
    pinnedMessageId: uuid('pinned_message_id'),
    /** The product in the spotlight now (SPEC §6.4), null when none. */
    spotlightProductId: uuid('spotlight_product_id').references(() => products.id),
    spotlightAt: at('spotlight_at'),
    /** LiveKit Ingress for OBS (RTMP/WHIP); the stream key is a secret shown only to the store. */
    ingressId: text('ingress_id'),
    ingressUrl: text('ingress_url'),
    ingressStreamKey: text('ingress_stream_key'),
    ingressKind: text('ingress_kind').$type<'rtmp' | 'whip'>(),
    /** LiveKit Egress recording while live, when recording is configured. */
    egressId: text('egress_id'),
    peakViewers: integer('peak_viewers').notNull().default(0),
    totalWatchMs: bigint('total_watch_ms', { mode: 'number' }).notNull().default(0),
    uniqueViewers: integer('unique_viewers').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('shows_slug_key').on(t.slug),
    index('shows_status_scheduled_idx').on(t.status, t.scheduledAt),
    index('shows_store_idx').on(t.storeId, t.scheduledAt),
  ],
)

/** The run list. */
export const showProducts = pgTable(
  'show_products',
  {
    showId: uuid('show_id')
      .notNull()
      .references(() => shows.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    position: integer('position').notNull(),
    /** A price valid only while the show is live (SPEC §7.4). */
    livePricePaise: integer('live_price_paise'),
  },
  (t) => [primaryKey({ columns: [t.showId, t.productId] })],
)

/** Markers with media time, used for replay chapters. */
export const showEvents = pgTable(
  'show_events',
  {
    id: id(),
    showId: uuid('show_id')
      .notNull()
      .references(() => shows.id, { onDelete: 'cascade' }),
    type: showEventType('type').notNull(),
    productId: uuid('product_id').references(() => products.id),
    refId: uuid('ref_id'),
    mediaOffsetMs: integer('media_offset_ms').notNull(),
    payload: jsonb('payload').notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index('show_events_show_idx').on(t.showId, t.mediaOffsetMs)],
)

export const chatMessageKind = pgEnum('chat_message_kind', ['message', 'question', 'system'])

export const chatMessages = pgTable(
  'chat_messages',
  {
    id: id(),
    showId: uuid('show_id')
      .notNull()
      .references(() => shows.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id),
    body: text('body').notNull(),
    kind: chatMessageKind('kind').notNull().default('message'),
    mediaOffsetMs: integer('media_offset_ms'),
    pinnedAt: at('pinned_at'),
    /** When a viewer marked it as a question (kind becomes 'question'). */
    questionAt: at('question_at'),
    answeredAt: at('answered_at'),
    deletedAt: at('deleted_at'),
    deletedBy: uuid('deleted_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('chat_messages_show_idx').on(t.showId, t.createdAt)],
)

export const showModeration = pgTable(
  'show_moderation',
  {
    id: id(),
    storeId: uuid('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'timeout' | 'ban'>().notNull(),
    until: at('until'),
    byId: uuid('by_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('show_moderation_store_user_idx').on(t.storeId, t.userId)],
)

export const showViewers = pgTable(
  'show_viewers',
  {
    id: id(),
    showId: uuid('show_id')
      .notNull()
      .references(() => shows.id, { onDelete: 'cascade' }),
    /** A signed-in user's id or an anonymous viewer's cookie id. */
    viewerKey: text('viewer_key').notNull(),
    userId: uuid('user_id').references(() => users.id),
    joinedAt: at('joined_at').notNull().defaultNow(),
    leftAt: at('left_at'),
    watchMs: integer('watch_ms').notNull().default(0),
  },
  (t) => [index('show_viewers_show_idx').on(t.showId, t.viewerKey)],
)

export const showReactions = pgTable(
  'show_reactions',
  {
    showId: uuid('show_id')
      .notNull()
      .references(() => shows.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.showId, t.kind] })],
)

export const polls = pgTable('polls', {
  id: id(),
  showId: uuid('show_id')
    .notNull()
    .references(() => shows.id, { onDelete: 'cascade' }),
  question: text('question').notNull(),
  options: text('options').array().notNull(),
  endsAt: at('ends_at').notNull(),
  /** Set when the host closes it early; otherwise it closes at ends_at. */
  closedAt: at('closed_at'),
  createdAt: createdAt(),
})

export const pollVotes = pgTable(
  'poll_votes',
  {
    pollId: uuid('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    optionIndex: integer('option_index').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.userId] })],
)

export const flashSales = pgTable(
  'flash_sales',
  {
    id: id(),
    showId: uuid('show_id')
      .notNull()
      .references(() => shows.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    variantId: uuid('variant_id').references(() => productVariants.id),
    pricePaise: integer('price_paise').notNull(),
    quantity: integer('quantity').notNull(),
    claimed: integer('claimed').notNull().default(0),
    perBuyerLimit: integer('per_buyer_limit').notNull().default(1),
    endsAt: at('ends_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [check('flash_sales_claimed_within_quantity', sql`${t.claimed} <= ${t.quantity}`)],
)

export const auctionStatus = pgEnum('auction_status', ['running', 'ended', 'cancelled'])

export const auctions = pgTable('auctions', {
  id: id(),
  showId: uuid('show_id')
    .notNull()
    .references(() => shows.id, { onDelete: 'cascade' }),
  productId: uuid('product_id')
    .notNull()
    .references(() => products.id),
  variantId: uuid('variant_id').references(() => productVariants.id),
  startingBidPaise: integer('starting_bid_paise').notNull(),
  /** [{ fromPaise, stepPaise }], ascending. */
  increments: jsonb('increments').$type<{ fromPaise: number; stepPaise: number }[]>().notNull(),
  durationSeconds: integer('duration_seconds').notNull().default(30),
  suddenDeath: boolean('sudden_death').notNull().default(false),
  status: auctionStatus('status').notNull().default('running'),
  endsAt: at('ends_at').notNull(),
  winnerId: uuid('winner_id').references(() => users.id),
  winningBidPaise: integer('winning_bid_paise'),
  orderId: uuid('order_id').references(() => orders.id),
  createdAt: createdAt(),
})

export const bids = pgTable(
  'bids',
  {
    id: id(),
    auctionId: uuid('auction_id')
      .notNull()
      .references(() => auctions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    amountPaise: integer('amount_paise').notNull(),
    /** The bidder's proxy maximum, never shown publicly. */
    maxPaise: integer('max_paise'),
    createdAt: createdAt(),
  },
  (t) => [index('bids_auction_idx').on(t.auctionId, t.amountPaise)],
)

export const giveaways = pgTable('giveaways', {
  id: id(),
  showId: uuid('show_id')
    .notNull()
    .references(() => shows.id, { onDelete: 'cascade' }),
  productId: uuid('product_id')
    .notNull()
    .references(() => products.id),
  followersOnly: boolean('followers_only').notNull().default(false),
  endsAt: at('ends_at').notNull(),
  /** Published after the draw so anyone can re-run it. */
  seed: text('seed'),
  winnerId: uuid('winner_id').references(() => users.id),
  orderId: uuid('order_id').references(() => orders.id),
  createdAt: createdAt(),
})

export const giveawayEntries = pgTable(
  'giveaway_entries',
  {
    giveawayId: uuid('giveaway_id')
      .notNull()
      .references(() => giveaways.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.giveawayId, t.userId] })],
)
