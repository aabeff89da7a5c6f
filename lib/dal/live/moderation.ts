import 'server-only'

import {
  getChatRow,
  hasReported,
  insertChatReport,
  lockMessageForReport,
  markAnswered,
  markAsQuestion,
  setPinned,
  showOfMessage,
  softDeleteMessage,
} from '@/db/queries/live-chat'
import { insertSanction, setSlowMode as writeSlowMode, storeRoleOf, findUser } from '@/db/queries/live-shows'
import { ActionError } from '@/lib/actions/errors'
import { firstName } from '@/lib/live/shape'
import type { ChatMessage } from '@/lib/live/events'
import { requireHostOrModerator, requireLive, requireStoreModerator, roleIn, showForActor, toChatMessage, type ShowActor } from './access'
import { postSystemMessage } from './chat'
import { nowOf, publish, showEvent, studioEvent, type LiveDeps } from './deps'

// Moderators' and viewers' actions on messages (SPEC §6.1, §6.6). Each finds the show from the
// message itself and authorises against that show's store.

const MESSAGE_GONE = 'This message has been deleted or is no longer in this show’s chat.'

async function actorForMessage(deps: LiveDeps, userId: string, messageId: string): Promise<ShowActor> {
  const showId = await showOfMessage(deps.db, messageId)
  if (!showId) throw new ActionError('not_found', MESSAGE_GONE)
  return showForActor(deps.db, showId, userId)
}

/** The author may remove their own message; the host and the store's moderators may remove any. */
export async function deleteMessage(deps: LiveDeps, ctx: { userId: string }, input: { messageId: string }): Promise<{ id: string }> {
  const actor = await actorForMessage(deps, ctx.userId, input.messageId)
  const { show } = actor
  const row = await getChatRow(deps.db, show.storeId, show.id, input.messageId)
  if (!row || row.deletedAt) throw new ActionError('not_found', MESSAGE_GONE)
  if (actor.role === 'viewer' && row.userId !== ctx.userId) throw new ActionError('forbidden', 'You can delete only your own messages.')

  const wasPinned = show.pinnedMessageId === input.messageId
  const deleted = await deps.db.transaction((tx) => softDeleteMessage(tx, show.id, input.messageId, ctx.userId, nowOf(deps)))
  if (!deleted) throw new ActionError('not_found', MESSAGE_GONE)
  await publish(deps, [
    showEvent(show.id, 'chat-deleted', { id: input.messageId }),
    ...(wasPinned ? [showEvent(show.id, 'chat-pinned', { message: null })] : []),
  ])
  return { id: input.messageId }
}

async function sanction(deps: LiveDeps, ctx: { userId: string }, input: { showId: string; userId: string; minutes: number | null }) {
  const actor = await showForActor(deps.db, input.showId, ctx.userId)
  requireStoreModerator(actor)
  const { show } = actor
  const targetRole = roleIn(show, input.userId, await storeRoleOf(deps.db, show.storeId, input.userId))
  if (targetRole !== 'viewer') throw new ActionError('forbidden', 'The host and the store’s moderators can’t be timed out or banned.')
  const target = await findUser(deps.db, input.userId)
  if (!target) throw new ActionError('not_found', 'This person is no longer on Haat.')

  const now = nowOf(deps)
  const until = input.minutes === null ? null : new Date(now.getTime() + input.minutes * 60_000)
  await insertSanction(deps.db, { storeId: show.storeId, userId: input.userId, kind: input.minutes === null ? 'ban' : 'timeout', until, byId: ctx.userId })
  const who = firstName(target.name)
  const notice =
    input.minutes === null
      ? `${who} has been removed from chat by a moderator.`
      : `${who} has been timed out for ${input.minutes} ${input.minutes === 1 ? 'minute' : 'minutes'}.`
  if (show.status === 'live') await postSystemMessage(deps, show, notice)
  return { userId: input.userId, until: until?.toISOString() ?? null }
}

/** Stops someone chatting in any of the store's shows for `minutes`. */
export function timeoutUser(deps: LiveDeps, ctx: { userId: string }, input: { showId: string; userId: string; minutes: number }) {
  return sanction(deps, ctx, input)
}

/** Stops someone chatting in any of the store's shows until lifted. */
export function banUser(deps: LiveDeps, ctx: { userId: string }, input: { showId: string; userId: string }) {
  return sanction(deps, ctx, { ...input, minutes: null })
}

/** Pins a message above the chat (null unpins). */
export async function pinMessage(deps: LiveDeps, ctx: { userId: string }, input: { showId: string; messageId: string | null }): Promise<{ message: ChatMessage | null }> {
  const actor = await showForActor(deps.db, input.showId, ctx.userId)
  requireHostOrModerator(actor)
  const { show } = actor
  const done = await deps.db.transaction((tx) => setPinned(tx, show.id, input.messageId, nowOf(deps)))
  if (!done) throw new ActionError('not_found', MESSAGE_GONE)
  const row = input.messageId ? await getChatRow(deps.db, show.storeId, show.id, input.messageId) : null
  const message = row ? toChatMessage(show, row) : null
  await publish(deps, [showEvent(show.id, 'chat-pinned', { message })])
  return { message }
}

/** Once per person per message; the console sees it at once. */
export async function reportMessage(deps: LiveDeps, ctx: { userId: string }, input: { messageId: string; reason: string }): Promise<{ reported: true }> {
  const actor = await actorForMessage(deps, ctx.userId, input.messageId)
  const { show } = actor
  const now = nowOf(deps)
  const outcome = await deps.db.transaction(async (tx) => {
    const message = await lockMessageForReport(tx, show.id, input.messageId)
    if (!message) return 'gone' as const
    if (message.userId === ctx.userId) return 'own' as const
    if (await hasReported(tx, ctx.userId, input.messageId)) return 'duplicate' as const
    await insertChatReport(tx, { reporterId: ctx.userId, messageId: input.messageId, reason: input.reason, createdAt: now })
    return 'created' as const
  })
  if (outcome === 'gone') throw new ActionError('not_found', MESSAGE_GONE)
  if (outcome === 'own') throw new ActionError('forbidden', 'You can’t report your own message. Delete it instead.')
  if (outcome === 'duplicate') throw new ActionError('conflict', 'You have already reported this message. The store’s moderators will look at it.')

  const row = await getChatRow(deps.db, show.storeId, show.id, input.messageId)
  const reporter = (await findUser(deps.db, ctx.userId))?.name ?? null
  await publish(deps, [
    studioEvent(show.id, 'report', {
      messageId: input.messageId,
      body: row?.body ?? '',
      author: row ? toChatMessage(show, row).name : 'Viewer',
      reporter: firstName(reporter),
      reason: input.reason,
      at: now.toISOString(),
    }),
  ])
  return { reported: true }
}

/** The author, the host or a moderator turns a message into a question for the host's queue. */
export async function markQuestion(deps: LiveDeps, ctx: { userId: string }, input: { messageId: string }): Promise<ChatMessage> {
  const actor = await actorForMessage(deps, ctx.userId, input.messageId)
  const { show } = actor
  const row = await getChatRow(deps.db, show.storeId, show.id, input.messageId)
  if (!row || row.deletedAt) throw new ActionError('not_found', MESSAGE_GONE)
  if (actor.role === 'viewer' && row.userId !== ctx.userId) throw new ActionError('forbidden', 'You can mark only your own messages as questions.')
  if (row.kind === 'question') throw new ActionError('conflict', 'This message is already in the host’s question queue.')
  if (row.kind === 'system') throw new ActionError('forbidden', 'Notices from Haat can’t be questions.')

  const done = await deps.db.transaction((tx) => markAsQuestion(tx, show.id, input.messageId, nowOf(deps)))
  if (!done) throw new ActionError('conflict', 'This message is already in the host’s question queue.')
  const question = toChatMessage(show, { ...row, kind: 'question' })
  // The room shows the question badge too: the same message, replaced by id.
  await publish(deps, [studioEvent(show.id, 'question', question), showEvent(show.id, 'chat-message', question)])
  return question
}

/**
 * Marks a question answered. Haat has no product Q&A table yet, so answered questions are not
 * copied anywhere; they stay in the show's chat (and its replay) marked answered.
 */
export async function answerQuestion(deps: LiveDeps, ctx: { userId: string }, input: { messageId: string }): Promise<{ id: string }> {
  const actor = await actorForMessage(deps, ctx.userId, input.messageId)
  requireHostOrModerator(actor)
  const { show } = actor
  const done = await deps.db.transaction((tx) => markAnswered(tx, show.id, input.messageId, nowOf(deps)))
  if (!done) throw new ActionError('conflict', 'This question is already answered, or the message is not a question.')
  await publish(deps, [showEvent(show.id, 'chat-answered', { id: input.messageId })])
  return { id: input.messageId }
}

export const SLOW_MODE_MAX_SECONDS = 300

export async function setSlowMode(deps: LiveDeps, ctx: { userId: string }, input: { showId: string; seconds: number }): Promise<{ seconds: number }> {
  const actor = await showForActor(deps.db, input.showId, ctx.userId)
  requireHostOrModerator(actor)
  requireLive(actor.show)
  await writeSlowMode(deps.db, actor.show.id, input.seconds)
  const notice = input.seconds > 0 ? `Slow mode is on: one message every ${input.seconds} seconds.` : 'Slow mode is off.'
  await publish(deps, [showEvent(actor.show.id, 'slow-mode', { seconds: input.seconds })])
  await postSystemMessage(deps, { ...actor.show, slowModeSeconds: input.seconds }, notice)
  return { seconds: input.seconds }
}
