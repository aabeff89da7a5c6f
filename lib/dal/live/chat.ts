import 'server-only'

import { getChatRow, insertChatMessage, openQuestions, recentChat } from '@/db/queries/live-chat'
import { activeSanction, listBlockedWords, type LiveShow } from '@/db/queries/live-shows'
import { ActionError } from '@/lib/actions/errors'
import { findBlockedWord, messageLengthProblem, normalizeMessage, slowModeMessage, slowModeWait } from '@/lib/domain/chat'
import type { ChatMessage } from '@/lib/live/events'
import { RATE_LIMITS, rateLimit } from '@/lib/services/kv/rate-limit'
import { mediaOffsetMs, requireHostOrModerator, requireLive, showForActor, toChatMessage } from './access'
import { nowOf, publish, showEvent, type LiveDeps } from './deps'

// Sending and reading chat (SPEC §6.1). Every refusal says what the person can do about it.

export const BLOCKED_WORD_MESSAGE = 'Your message contains a word this store doesn’t allow'

const slowKey = (showId: string, userId: string) => `live:${showId}:slow:${userId}`

function untilText(until: Date): string {
  return until.toLocaleTimeString('en-IN', { hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Kolkata' })
}

/** Claims the sender's slow-mode slot; the seconds still to wait when it is taken. */
async function claimSlowMode(deps: LiveDeps, show: LiveShow, userId: string, now: Date): Promise<number> {
  const key = slowKey(show.id, userId)
  const options = { ttlSeconds: show.slowModeSeconds }
  if (await deps.kv.setIfAbsent(key, now.getTime(), options)) return 0
  const last = await deps.kv.get<number>(key)
  const wait = slowModeWait({ slowModeSeconds: show.slowModeSeconds, role: 'viewer', lastSentAtMs: last, nowMs: now.getTime() })
  if (wait === 0) await deps.kv.set(key, now.getTime(), options)
  return wait
}

export async function sendMessage(deps: LiveDeps, ctx: { userId: string }, input: { showId: string; body: string }): Promise<ChatMessage> {
  const body = normalizeMessage(input.body)
  const lengthProblem = messageLengthProblem(body)
  if (lengthProblem) throw new ActionError('invalid_input', lengthProblem, { body: [lengthProblem] })

  const actor = await showForActor(deps.db, input.showId, ctx.userId)
  const { show } = actor
  requireLive(show)
  const now = nowOf(deps)

  if (actor.role === 'viewer') {
    const sanction = await activeSanction(deps.db, show.storeId, ctx.userId, now)
    if (sanction?.kind === 'ban') throw new ActionError('forbidden', 'You can’t chat in this store’s shows: a moderator has banned you.')
    if (sanction?.until) {
      throw new ActionError('forbidden', `A moderator has paused your chat. You can send messages again at ${untilText(sanction.until)}.`)
    }
  }

  const limit = await rateLimit(deps.kv, 'chat', ctx.userId, RATE_LIMITS.chat)
  if (!limit.success) {
    const message = limit.degraded
      ? 'Chat can’t take messages right now. Try again in a minute.'
      : `You’re sending messages quickly. Wait ${Math.max(1, Math.ceil((limit.resetAt - Date.now()) / 1000))} seconds and try again.`
    throw new ActionError('rate_limited', message)
  }

  if (findBlockedWord(body, await listBlockedWords(deps.db, show.storeId))) {
    throw new ActionError('invalid_input', BLOCKED_WORD_MESSAGE, { body: [BLOCKED_WORD_MESSAGE] })
  }

  if (actor.role === 'viewer' && show.slowModeSeconds > 0) {
    const wait = await claimSlowMode(deps, show, ctx.userId, now)
    if (wait > 0) throw new ActionError('rate_limited', slowModeMessage(wait), { body: [slowModeMessage(wait)] })
  }

  const { id } = await insertChatMessage(deps.db, { showId: show.id, userId: ctx.userId, body, kind: 'message', mediaOffsetMs: mediaOffsetMs(show, now), createdAt: now })
  const row = await getChatRow(deps.db, show.storeId, show.id, id)
  const message = toChatMessage(show, row!)
  await publish(deps, [showEvent(show.id, 'chat-message', message)])
  return message
}

/** Writes a notice from Haat into the chat (timeouts, slow mode) and tells the room. */
export async function postSystemMessage(deps: LiveDeps, show: LiveShow, body: string): Promise<ChatMessage> {
  const now = nowOf(deps)
  const { id } = await insertChatMessage(deps.db, { showId: show.id, userId: null, body, kind: 'system', mediaOffsetMs: mediaOffsetMs(show, now), createdAt: now })
  const row = await getChatRow(deps.db, show.storeId, show.id, id)
  const message = toChatMessage(show, row!)
  await publish(deps, [showEvent(show.id, 'chat-message', message)])
  return message
}

export type ChatHistory = { messages: ChatMessage[]; pinned: ChatMessage | null; slowModeSeconds: number }

/** What a viewer sees on joining: the last 50 visible messages and the pinned one. Public. */
export async function chatHistory(deps: Pick<LiveDeps, 'db'>, showId: string, limit = 50): Promise<ChatHistory> {
  const actor = await showForActor(deps.db, showId, null)
  const { show } = actor
  const rows = await recentChat(deps.db, show.storeId, show.id, limit)
  const pinnedRow = show.pinnedMessageId ? await getChatRow(deps.db, show.storeId, show.id, show.pinnedMessageId) : null
  return {
    messages: rows.map((row) => toChatMessage(show, row)),
    pinned: pinnedRow && !pinnedRow.deletedAt ? toChatMessage(show, pinnedRow) : null,
    slowModeSeconds: show.slowModeSeconds,
  }
}

/** The console's question queue: unanswered questions, oldest first. */
export async function questionQueue(deps: Pick<LiveDeps, 'db'>, ctx: { userId: string }, showId: string): Promise<ChatMessage[]> {
  const actor = await showForActor(deps.db, showId, ctx.userId)
  requireHostOrModerator(actor)
  const rows = await openQuestions(deps.db, actor.show.storeId, showId)
  return rows.map((row) => toChatMessage(actor.show, row))
}
