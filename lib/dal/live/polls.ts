import 'server-only'

import { lockShow } from '@/db/queries/live-shows'
import { closeExpiredPolls, closePollRow, getPoll, insertPoll, insertVote, latestPoll, openPollOf, pollVoteCounts, type PollRow } from '@/db/queries/live-polls'
import { insertShowEvent } from '@/db/queries/live-products'
import type { Db } from '@/db/client'
import { ActionError } from '@/lib/actions/errors'
import type { PollState } from '@/lib/live/events'
import { toPollState } from '@/lib/live/shape'
import { mediaOffsetMs, requireHostOrModerator, requireLive, showForActor } from './access'
import { createCoalescer } from './coalesce'
import { nowOf, publish, showEvent, type LiveDeps } from './deps'

/*
 * Polls (SPEC §6.7). No job closes a poll at ends_at: a poll past its end is closed for every
 * read and vote, the next createPoll stamps closed_at on it, and the room's countdown runs from
 * endsAt. Results go out as `poll` after each vote (at most every 250 ms per poll, in-process)
 * and once more on close.
 */

export const POLL_RESULTS_MS = 250
const POLL_GONE = 'This poll is no longer in the show.'

async function readState(db: Db, poll: PollRow, now: Date): Promise<PollState> {
  return toPollState({ ...poll, votes: await pollVoteCounts(db, poll.id) }, now)
}

type Pending = { deps: LiveDeps; poll: PollRow }
const results = createCoalescer<Pending>(
  POLL_RESULTS_MS,
  (into) => into,
  async (_pollId, { deps, poll }) => publish(deps, [showEvent(poll.showId, 'poll', await readState(deps.db, poll, nowOf(deps)))]),
)

export async function createPoll(
  deps: LiveDeps,
  ctx: { userId: string },
  input: { showId: string; question: string; options: string[]; durationSeconds: number },
): Promise<PollState> {
  const actor = await showForActor(deps.db, input.showId, ctx.userId)
  requireHostOrModerator(actor)
  const { show } = actor
  requireLive(show)
  const now = nowOf(deps)

  const poll = await deps.db.transaction(async (tx) => {
    // The show row lock makes "one open poll per show" hold when two moderators press at once.
    await lockShow(tx, show.id)
    await closeExpiredPolls(tx, show.id, now)
    if (await openPollOf(tx, show.id, now)) return null
    const created = await insertPoll(tx, {
      showId: show.id,
      question: input.question,
      options: input.options,
      endsAt: new Date(now.getTime() + input.durationSeconds * 1000),
      createdAt: now,
    })
    await insertShowEvent(tx, {
      showId: show.id,
      type: 'poll',
      refId: created.id,
      mediaOffsetMs: mediaOffsetMs(show, now) ?? 0,
      payload: { question: input.question },
      createdAt: now,
    })
    return created
  })
  if (!poll) throw new ActionError('conflict', 'A poll is already running. Close it before starting another.')
  const state = toPollState({ ...poll, votes: [] }, now)
  await publish(deps, [showEvent(show.id, 'poll', state)])
  return state
}

/** One vote per signed-in person, while the poll is open. */
export async function votePoll(
  deps: LiveDeps,
  ctx: { userId: string },
  input: { pollId: string; optionIndex: number },
): Promise<{ delivered: Promise<void> }> {
  const poll = await getPoll(deps.db, input.pollId)
  if (!poll) throw new ActionError('not_found', POLL_GONE)
  const now = nowOf(deps)
  if (poll.closedAt || poll.endsAt.getTime() <= now.getTime()) throw new ActionError('conflict', 'This poll has closed. Watch for the next one!')
  if (input.optionIndex < 0 || input.optionIndex >= poll.options.length) {
    throw new ActionError('invalid_input', 'Choose one of the poll’s options.', { optionIndex: ['Choose one of the poll’s options.'] })
  }
  const voted = await insertVote(deps.db, { pollId: poll.id, userId: ctx.userId, optionIndex: input.optionIndex, createdAt: now })
  if (!voted) throw new ActionError('conflict', 'You have already voted in this poll.')
  return { delivered: results.add(poll.id, { deps, poll }) }
}

export async function closePoll(deps: LiveDeps, ctx: { userId: string }, input: { pollId: string }): Promise<PollState> {
  const poll = await getPoll(deps.db, input.pollId)
  if (!poll) throw new ActionError('not_found', POLL_GONE)
  const actor = await showForActor(deps.db, poll.showId, ctx.userId)
  requireHostOrModerator(actor)
  const now = nowOf(deps)
  const closed = await deps.db.transaction((tx) => closePollRow(tx, poll.showId, poll.id, now))
  if (!closed) throw new ActionError('conflict', 'This poll has already closed.')
  const state = await readState(deps.db, { ...poll, closedAt: now }, now)
  await results.flushNow(poll.id)
  await publish(deps, [showEvent(poll.showId, 'poll', state)])
  return state
}

/** The latest poll of a show, open or closed, for a late joiner. */
export async function currentPoll(deps: Pick<LiveDeps, 'db' | 'now'>, showId: string): Promise<PollState | null> {
  const poll = await latestPoll(deps.db, showId)
  return poll ? readState(deps.db, poll, nowOf(deps)) : null
}
