import { and, count, desc, eq, isNull, ne } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { chatMessages, reports, shows, storeMembers, users } from '@/db/schema'

// Chat rows of one show (SPEC §6.1, §6.6). Every query is scoped by the show id.

export type ChatRow = {
  id: string
  showId: string
  userId: string | null
  userName: string | null
  /** The author's role in the show's store, if any. */
  memberRole: 'owner' | 'moderator' | null
  body: string
  kind: 'message' | 'question' | 'system'
  createdAt: Date
  mediaOffsetMs: number | null
  answeredAt: Date | null
  deletedAt: Date | null
}

/** Chat rows with the author's name and role in the store; add the show (and any other) filter. */
export function selectChatRows(db: DbOrTx, storeId: string) {
  return db
    .select({
      id: chatMessages.id,
      showId: chatMessages.showId,
      userId: chatMessages.userId,
      userName: users.name,
      memberRole: storeMembers.role,
      body: chatMessages.body,
      kind: chatMessages.kind,
      createdAt: chatMessages.createdAt,
      mediaOffsetMs: chatMessages.mediaOffsetMs,
      answeredAt: chatMessages.answeredAt,
      deletedAt: chatMessages.deletedAt,
    })
    .from(chatMessages)
    .leftJoin(users, eq(users.id, chatMessages.userId))
    .leftJoin(storeMembers, and(eq(storeMembers.storeId, storeId), eq(storeMembers.userId, chatMessages.userId)))
}

export async function insertChatMessage(
  tx: DbOrTx,
  values: { showId: string; userId: string | null; body: string; kind: 'message' | 'system'; mediaOffsetMs: number | null; createdAt: Date },
): Promise<{ id: string; createdAt: Date }> {
  const [row] = await tx.insert(chatMessages).values(values).returning({ id: chatMessages.id, createdAt: chatMessages.createdAt })
  return row!
}

export async function getChatRow(db: DbOrTx, storeId: string, showId: string, messageId: string): Promise<ChatRow | null> {
  const [row] = await selectChatRows(db, storeId)
    .where(and(eq(chatMessages.showId, showId), eq(chatMessages.id, messageId)))
    .limit(1)
  return row ?? null
}

/** The show a message belongs to, so callers authorise against that show and not one the browser names. */
export async function showOfMessage(db: DbOrTx, messageId: string): Promise<string | null> {
  const [row] = await db.select({ showId: chatMessages.showId }).from(chatMessages).where(eq(chatMessages.id, messageId)).limit(1)
  return row?.showId ?? null
}

/** The last `limit` visible messages, oldest first. */
export async function recentChat(db: DbOrTx, storeId: string, showId: string, limit = 50): Promise<ChatRow[]> {
  const rows = await selectChatRows(db, storeId)
    .where(and(eq(chatMessages.showId, showId), isNull(chatMessages.deletedAt)))
    .orderBy(desc(chatMessages.createdAt), desc(chatMessages.id))
    .limit(limit)
  return rows.reverse()
}

export async function openQuestions(db: DbOrTx, storeId: string, showId: string, limit = 100): Promise<ChatRow[]> {
  return selectChatRows(db, storeId)
    .where(
      and(eq(chatMessages.showId, showId), eq(chatMessages.kind, 'question'), isNull(chatMessages.deletedAt), isNull(chatMessages.answeredAt)),
    )
    .orderBy(chatMessages.questionAt)
    .limit(limit)
}

export async function softDeleteMessage(tx: DbOrTx, showId: string, messageId: string, byId: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(chatMessages)
    .set({ deletedAt: now, deletedBy: byId })
    .where(and(eq(chatMessages.showId, showId), eq(chatMessages.id, messageId), isNull(chatMessages.deletedAt)))
    .returning({ id: chatMessages.id })
  if (rows.length === 0) return false
  // A deleted message cannot stay pinned.
  await tx.update(shows).set({ pinnedMessageId: null }).where(and(eq(shows.id, showId), eq(shows.pinnedMessageId, messageId)))
  return true
}

/** Pins `messageId` (null unpins); false when the message is gone. */
export async function setPinned(tx: DbOrTx, showId: string, messageId: string | null, now: Date): Promise<boolean> {
  if (messageId) {
    const pinned = await tx
      .update(chatMessages)
      .set({ pinnedAt: now })
      .where(and(eq(chatMessages.showId, showId), eq(chatMessages.id, messageId), isNull(chatMessages.deletedAt)))
      .returning({ id: chatMessages.id })
    if (pinned.length === 0) return false
  }
  await tx.update(shows).set({ pinnedMessageId: messageId }).where(eq(shows.id, showId))
  return true
}

export async function markAsQuestion(tx: DbOrTx, showId: string, messageId: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(chatMessages)
    .set({ kind: 'question', questionAt: now })
    .where(and(eq(chatMessages.showId, showId), eq(chatMessages.id, messageId), eq(chatMessages.kind, 'message'), isNull(chatMessages.deletedAt)))
    .returning({ id: chatMessages.id })
  return rows.length > 0
}

export async function markAnswered(tx: DbOrTx, showId: string, messageId: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(chatMessages)
    .set({ answeredAt: now })
    .where(
      and(eq(chatMessages.showId, showId), eq(chatMessages.id, messageId), eq(chatMessages.kind, 'question'), isNull(chatMessages.answeredAt)),
    )
    .returning({ id: chatMessages.id })
  return rows.length > 0
}

/** Locks the message so two reports by one person at once cannot both pass the duplicate check. */
export async function lockMessageForReport(tx: DbOrTx, showId: string, messageId: string): Promise<{ userId: string | null } | null> {
  const [row] = await tx
    .select({ userId: chatMessages.userId })
    .from(chatMessages)
    .where(and(eq(chatMessages.showId, showId), eq(chatMessages.id, messageId), isNull(chatMessages.deletedAt)))
    .for('no key update')
  return row ?? null
}

export async function hasReported(tx: DbOrTx, reporterId: string, messageId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.targetType, 'chat_message'), eq(reports.targetId, messageId), eq(reports.reporterId, reporterId)))
    .limit(1)
  return Boolean(row)
}

export async function insertChatReport(tx: DbOrTx, values: { reporterId: string; messageId: string; reason: string; createdAt: Date }) {
  await tx.insert(reports).values({
    reporterId: values.reporterId,
    targetType: 'chat_message',
    targetId: values.messageId,
    reason: values.reason,
    createdAt: values.createdAt,
  })
}

/** Messages people wrote (system notices excluded), for the console's stats. */
export async function countChatMessages(db: DbOrTx, showId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(chatMessages)
    .where(and(eq(chatMessages.showId, showId), ne(chatMessages.kind, 'system'), isNull(chatMessages.deletedAt)))
  return Number(row?.n ?? 0)
}
