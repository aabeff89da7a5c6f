import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { chatMessages, pollVotes, polls, products, showEvents, showProducts } from '@/db/schema'
import { productCardColumns } from './catalog'
import { selectChatRows, type ChatRow } from './live-chat'

export type { ChatRow }

// Reads for the live room's first paint and for the replay. Ids come from a show already loaded
// by slug from an approved store, so these take the show id (and its store for member roles).

export async function listRecentChat(db: DbOrTx, show: { id: string; storeId: string }, limit: number): Promise<ChatRow[]> {
  const rows = await selectChatRows(db, show.storeId)
    .where(and(eq(chatMessages.showId, show.id), isNull(chatMessages.deletedAt)))
    .orderBy(desc(chatMessages.createdAt), desc(chatMessages.id))
    .limit(limit)
  return rows.reverse()
}

/** Messages with a media time, in play order, for the replay. */
export async function listReplayChat(db: DbOrTx, show: { id: string; storeId: string }, limit: number): Promise<ChatRow[]> {
  return selectChatRows(db, show.storeId)
    .where(and(eq(chatMessages.showId, show.id), isNull(chatMessages.deletedAt), isNotNull(chatMessages.mediaOffsetMs)))
    .orderBy(asc(chatMessages.mediaOffsetMs), asc(chatMessages.createdAt))
    .limit(limit)
}

export async function findChatMessage(db: DbOrTx, show: { id: string; storeId: string }, messageId: string): Promise<ChatRow | null> {
  const [row] = await selectChatRows(db, show.storeId).where(and(eq(chatMessages.id, messageId), eq(chatMessages.showId, show.id), isNull(chatMessages.deletedAt)))
  return row ?? null
}

/** A product as the spotlight shows it, with the show's live price when it is on the run list. */
export async function findSpotlightProduct(db: DbOrTx, showId: string, productId: string) {
  const [row] = await db
    .select({
      productId: products.id,
      slug: products.slug,
      title: products.title,
      imageUrl: productCardColumns.imageUrl,
      pricePaise: products.pricePaise,
      compareAtPaise: products.compareAtPaise,
      livePricePaise: showProducts.livePricePaise,
      stock: products.stock,
      hasVariants: sql<boolean>`jsonb_array_length(${products.options}) > 0`,
    })
    .from(products)
    .leftJoin(showProducts, and(eq(showProducts.showId, showId), eq(showProducts.productId, products.id)))
    .where(eq(products.id, productId))
  return row ?? null
}

export async function findLatestPoll(db: DbOrTx, showId: string) {
  const [poll] = await db
    .select({ id: polls.id, question: polls.question, options: polls.options, endsAt: polls.endsAt, closedAt: polls.closedAt })
    .from(polls)
    .where(eq(polls.showId, showId))
    .orderBy(desc(polls.createdAt))
    .limit(1)
  if (!poll) return null
  const votes = await db
    .select({ optionIndex: pollVotes.optionIndex, n: sql<number>`count(*)::int` })
    .from(pollVotes)
    .where(eq(pollVotes.pollId, poll.id))
    .groupBy(pollVotes.optionIndex)
  return { ...poll, votes }
}

/** Replay chapters: markers with media time, with the product they are about. */
export async function listShowChapters(db: DbOrTx, showId: string) {
  return db
    .select({
      id: showEvents.id,
      type: showEvents.type,
      mediaOffsetMs: showEvents.mediaOffsetMs,
      payload: showEvents.payload,
      productId: products.id,
      slug: products.slug,
      title: products.title,
      imageUrl: productCardColumns.imageUrl,
      pricePaise: products.pricePaise,
      livePricePaise: showProducts.livePricePaise,
      stock: products.stock,
    })
    .from(showEvents)
    .leftJoin(products, eq(products.id, showEvents.productId))
    .leftJoin(showProducts, and(eq(showProducts.showId, showEvents.showId), eq(showProducts.productId, showEvents.productId)))
    .where(eq(showEvents.showId, showId))
    .orderBy(asc(showEvents.mediaOffsetMs), asc(showEvents.createdAt))
}
