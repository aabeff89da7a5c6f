import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chatMessages, reports, shows, storeBlockedWords } from '@/db/schema'
import { channels } from '@/lib/live/channels'
import type { ChatMessage } from '@/lib/live/events'
import { createMemoryKv } from '@/lib/services/kv/memory'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { BLOCKED_WORD_MESSAGE, chatHistory, questionQueue, sendMessage } from './chat'
import { answerQuestion, banUser, deleteMessage, markQuestion, pinMessage, reportMessage, setSlowMode, timeoutUser } from './moderation'
import { liveSetting, liveTestDeps } from './test-fixtures'

let t: TestDb
beforeAll(async () => {
  t = await createTestDb()
})
afterAll(async () => {
  await t?.close()
})

describe('sending chat', () => {
  it('stores the message with its media time and publishes it to the show channel after commit', async () => {
    const s = await liveSetting(t.db, { startedAgoMs: 90_000 })
    const deps = liveTestDeps(t.db)
    const sent = await sendMessage(deps, { userId: s.viewer }, { showId: s.show.id, body: '  Is this   pure silk? ' })

    expect(sent).toMatchObject({ name: 'Asha', role: 'viewer', body: 'Is this pure silk?', kind: 'message' })
    const [row] = await t.db.select().from(chatMessages).where(eq(chatMessages.id, sent.id))
    expect(row!.mediaOffsetMs).toBeGreaterThanOrEqual(90_000)
    expect(row!.mediaOffsetMs).toBeLessThan(100_000)
    expect(deps.realtime.events).toEqual([{ channel: channels.show(s.show.id), name: 'chat-message', data: sent }])

    const host = await sendMessage(deps, { userId: s.host }, { showId: s.show.id, body: 'Yes!' })
    expect(host).toMatchObject({ role: 'host', name: expect.stringMatching(/^Store /) })
  })

  it('is refused before the show starts and after it ends', async () => {
    const scheduled = await liveSetting(t.db, { status: 'scheduled' })
    const ended = await liveSetting(t.db, { status: 'ended' })
    const deps = liveTestDeps(t.db)
    await expect(sendMessage(deps, { userId: scheduled.viewer }, { showId: scheduled.show.id, body: 'hi' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/hasn’t started/),
    })
    await expect(sendMessage(deps, { userId: ended.viewer }, { showId: ended.show.id, body: 'hi' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/ended/),
    })
    expect(deps.realtime.events).toEqual([])
  })

  it('is refused for a banned viewer in every show of the store', async () => {
    const s = await liveSetting(t.db)
    const deps = liveTestDeps(t.db)
    await banUser(deps, { userId: s.moderator }, { showId: s.show.id, userId: s.viewer })
    const system = deps.realtime.named('chat-message').at(-1)!.data as ChatMessage
    expect(system).toMatchObject({ kind: 'system', body: 'Asha has been removed from chat by a moderator.' })

    await expect(sendMessage(deps, { userId: s.viewer }, { showId: s.show.id, body: 'let me in' })).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/banned/) })
    const another = await s.f.show(s.store.id, s.host, 'live', new Date(), [])
    await expect(sendMessage(deps, { userId: s.viewer }, { showId: another.id, body: 'let me in' })).rejects.toMatchObject({ code: 'forbidden' })
    await expect(sendMessage(deps, { userId: s.other }, { showId: s.show.id, body: 'I can still talk' })).resolves.toMatchObject({ name: 'Ravi' })
  })

  it('is refused while timed out, and allowed again when the timeout ends', async () => {
    const s = await liveSetting(t.db)
    let now = new Date()
    const deps = liveTestDeps(t.db, { now: () => now })
    const done = await timeoutUser(deps, { userId: s.moderator }, { showId: s.show.id, userId: s.viewer, minutes: 5 })
    expect(new Date(done.until!).getTime() - now.getTime()).toBe(5 * 60_000)
    expect(deps.realtime.named('chat-message').at(-1)!.data).toMatchObject({ kind: 'system', body: 'Asha has been timed out for 5 minutes.' })

    await expect(sendMessage(deps, { userId: s.viewer }, { showId: s.show.id, body: 'hello?' })).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/paused your chat\. You can send messages again at/),
    })
    now = new Date(now.getTime() + 5 * 60_000 + 1000)
    await expect(sendMessage(deps, { userId: s.viewer }, { showId: s.show.id, body: 'back' })).resolves.toMatchObject({ body: 'back' })
  })

  it('refuses a blocked word with a field message, leetspeak included', async () => {
    const s = await liveSetting(t.db)
    await t.db.insert(storeBlockedWords).values({ storeId: s.store.id, word: 'scam' })
    const deps = liveTestDeps(t.db)
    await expect(sendMessage(deps, { userId: s.viewer }, { showId: s.show.id, body: 'total $c4m' })).rejects.toMatchObject({
      code: 'invalid_input',
      fieldErrors: { body: [BLOCKED_WORD_MESSAGE] },
    })
    await expect(sendMessage(deps, { userId: s.viewer }, { showId: s.show.id, body: 'not a scammer' })).resolves.toBeTruthy()
    expect(await t.db.select().from(chatMessages).where(eq(chatMessages.showId, s.show.id))).toHaveLength(1)
  })

  it('holds viewers to slow mode and says how long to wait; the host is never slowed', async () => {
    const s = await liveSetting(t.db)
    const deps = liveTestDeps(t.db)
    await setSlowMode(deps, { userId: s.host }, { showId: s.show.id, seconds: 30 })
    expect(deps.realtime.named('chat-message').at(-1)!.data).toMatchObject({ kind: 'system', body: 'Slow mode is on: one message every 30 seconds.' })
    expect(deps.realtime.named('slow-mode')).toEqual([{ channel: channels.show(s.show.id), name: 'slow-mode', data: { seconds: 30 } }])

    await sendMessage(deps, { userId: s.viewer }, { showId: s.show.id, body: 'first' })
    const refusal = sendMessage(deps, { userId: s.viewer }, { showId: s.show.id, body: 'second' })
    await expect(refusal).rejects.toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/send another message in (29|30) seconds/) })
    await expect(sendMessage(deps, { userId: s.other }, { showId: s.show.id, body: 'my first' })).resolves.toBeTruthy()
    await sendMessage(deps, { userId: s.host }, { showId: s.show.id, body: 'one' })
    await expect(sendMessage(deps, { userId: s.host }, { showId: s.show.id, body: 'two' })).resolves.toBeTruthy()
    await expect(setSlowMode(deps, { userId: s.viewer }, { showId: s.show.id, seconds: 0 })).rejects.toMatchObject({ code: 'forbidden' })
  })

  it('rate-limits to 5 messages in 10 seconds, and fails closed when kv is down', async () => {
    const s = await liveSetting(t.db)
    const deps = liveTestDeps(t.db)
    for (let i = 0; i < 5; i++) await sendMessage(deps, { userId: s.viewer }, { showId: s.show.id, body: `m${i}` })
    await expect(sendMessage(deps, { userId: s.viewer }, { showId: s.show.id, body: 'm6' })).rejects.toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/sending messages quickly/) })

    const broken = createMemoryKv()
    broken.limit = async () => {
      throw new Error('connection refused')
    }
    await expect(sendMessage(liveTestDeps(t.db, { kv: broken }), { userId: s.other }, { showId: s.show.id, body: 'hi' })).rejects.toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(/can’t take messages right now/),
    })
  })

  it('history returns the last visible messages oldest first, with the pinned one', async () => {
    const s = await liveSetting(t.db)
    const deps = liveTestDeps(t.db)
    const t0 = Date.now()
    for (let i = 0; i < 4; i++) {
      const at = new Date(t0 + i * 1000)
      await sendMessage({ ...deps, now: () => at }, { userId: s.host }, { showId: s.show.id, body: `m${i}` })
    }
    const history = await chatHistory(deps, s.show.id, 3)
    expect(history.messages.map((m) => m.body)).toEqual(['m1', 'm2', 'm3'])
    await pinMessage(deps, { userId: s.moderator }, { showId: s.show.id, messageId: history.messages[0]!.id })
    expect((await chatHistory(deps, s.show.id)).pinned).toMatchObject({ body: 'm1' })
    expect(deps.realtime.named('chat-pinned').at(-1)!.data).toMatchObject({ message: { body: 'm1' } })
  })
})

describe('moderating chat', () => {
  it('a viewer cannot delete someone else’s message; a store moderator can, and a pinned one comes down', async () => {
    const s = await liveSetting(t.db)
    const deps = liveTestDeps(t.db)
    const message = await sendMessage(deps, { userId: s.other }, { showId: s.show.id, body: 'buy elsewhere' })
    await pinMessage(deps, { userId: s.host }, { showId: s.show.id, messageId: message.id })

    await expect(deleteMessage(deps, { userId: s.viewer }, { messageId: message.id })).rejects.toMatchObject({ code: 'forbidden' })
    expect(deps.realtime.named('chat-deleted')).toEqual([])

    await deleteMessage(deps, { userId: s.moderator }, { messageId: message.id })
    const [row] = await t.db.select({ deletedBy: chatMessages.deletedBy }).from(chatMessages).where(eq(chatMessages.id, message.id))
    expect(row!.deletedBy).toBe(s.moderator)
    expect(deps.realtime.named('chat-deleted').map((e) => e.data)).toEqual([{ id: message.id }])
    expect(deps.realtime.named('chat-pinned').at(-1)!.data).toEqual({ message: null })
    const [show] = await t.db.select({ pinned: shows.pinnedMessageId }).from(shows).where(eq(shows.id, s.show.id))
    expect(show!.pinned).toBeNull()
    expect((await chatHistory(deps, s.show.id)).messages.map((m) => m.id)).not.toContain(message.id)
  })

  it('a moderator of another store has no say, and nobody times out the host', async () => {
    const s = await liveSetting(t.db)
    const elsewhere = await liveSetting(t.db)
    const deps = liveTestDeps(t.db)
    const message = await sendMessage(deps, { userId: s.viewer }, { showId: s.show.id, body: 'hello' })
    await expect(deleteMessage(deps, { userId: elsewhere.moderator }, { messageId: message.id })).rejects.toMatchObject({ code: 'forbidden' })
    await expect(timeoutUser(deps, { userId: elsewhere.moderator }, { showId: s.show.id, userId: s.viewer, minutes: 5 })).rejects.toMatchObject({ code: 'forbidden' })
    await expect(banUser(deps, { userId: s.moderator }, { showId: s.show.id, userId: s.host })).rejects.toMatchObject({ code: 'forbidden' })
    await expect(timeoutUser(deps, { userId: s.viewer }, { showId: s.show.id, userId: s.other, minutes: 5 })).rejects.toMatchObject({ code: 'forbidden' })
    // Authors may take back their own words.
    await expect(deleteMessage(deps, { userId: s.viewer }, { messageId: message.id })).resolves.toEqual({ id: message.id })
  })

  it('a viewer reports a message once, and the console hears of it', async () => {
    const s = await liveSetting(t.db)
    const deps = liveTestDeps(t.db)
    const message = await sendMessage(deps, { userId: s.other }, { showId: s.show.id, body: 'rude words' })
    await reportMessage(deps, { userId: s.viewer }, { messageId: message.id, reason: 'Abusive or hateful' })
    await expect(reportMessage(deps, { userId: s.viewer }, { messageId: message.id, reason: 'Spam or scam' })).rejects.toMatchObject({ code: 'conflict' })
    await expect(reportMessage(deps, { userId: s.other }, { messageId: message.id, reason: 'Spam or scam' })).rejects.toMatchObject({ code: 'forbidden' })

    const rows = await t.db.select().from(reports).where(and(eq(reports.targetType, 'chat_message'), eq(reports.targetId, message.id)))
    expect(rows).toHaveLength(1)
    const reported = deps.realtime.named('report')
    expect(reported).toEqual([
      {
        channel: channels.studio(s.show.id),
        name: 'report',
        data: { messageId: message.id, body: 'rude words', author: 'Ravi', reporter: 'Asha', reason: 'Abusive or hateful', at: expect.any(String) },
      },
    ])
  })

  it('questions: the author marks one, the host sees it queued and answers it', async () => {
    const s = await liveSetting(t.db)
    const deps = liveTestDeps(t.db)
    const message = await sendMessage(deps, { userId: s.viewer }, { showId: s.show.id, body: 'Does it come in blue?' })
    await expect(markQuestion(deps, { userId: s.other }, { messageId: message.id })).rejects.toMatchObject({ code: 'forbidden' })
    await markQuestion(deps, { userId: s.viewer }, { messageId: message.id })
    expect(deps.realtime.named('question')).toEqual([{ channel: channels.studio(s.show.id), name: 'question', data: expect.objectContaining({ id: message.id, kind: 'question' }) }])
    expect((await questionQueue(deps, { userId: s.host }, s.show.id)).map((q) => q.id)).toEqual([message.id])
    await expect(questionQueue(deps, { userId: s.viewer }, s.show.id)).rejects.toMatchObject({ code: 'forbidden' })

    await expect(answerQuestion(deps, { userId: s.viewer }, { messageId: message.id })).rejects.toMatchObject({ code: 'forbidden' })
    await answerQuestion(deps, { userId: s.host }, { messageId: message.id })
    expect(deps.realtime.named('chat-answered').map((e) => e.data)).toEqual([{ id: message.id }])
    expect(await questionQueue(deps, { userId: s.host }, s.show.id)).toEqual([])
    await expect(answerQuestion(deps, { userId: s.host }, { messageId: message.id })).rejects.toMatchObject({ code: 'conflict' })
  })
})
