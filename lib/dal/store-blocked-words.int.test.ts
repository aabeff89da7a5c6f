import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listBlockedWords } from '@/db/queries/live-shows'
import { blockedWordsSchema } from '@/lib/validations/blocked-words'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { BLOCKED_WORD_MESSAGE, sendMessage } from './live/chat'
import { liveSetting, liveTestDeps } from './live/test-fixtures'
import { getBlockedWords, saveBlockedWords } from './store-blocked-words'

type Setting = Awaited<ReturnType<typeof liveSetting>>
let t: TestDb
let mine: Setting
let theirs: Setting

const owner = (s: Setting) => ({ storeId: s.store.id, actorId: s.host })
const parsed = (s: Setting, words: string[]) => blockedWordsSchema.parse({ storeId: s.store.id, words }).words

beforeAll(async () => {
  t = await createTestDb()
  mine = await liveSetting(t.db)
  theirs = await liveSetting(t.db)
})
afterAll(async () => {
  await t?.close()
})

describe('saving a store’s blocked words', () => {
  it('replaces the whole list with normalised, distinct words, and touches no other store', async () => {
    await saveBlockedWords(t.db, owner(theirs), ['fake'])

    const first = await saveBlockedWords(t.db, owner(mine), parsed(mine, ['Scam', '  WhatsApp   Me ', 'scam', 'SCAM ', 'whatsapp me']))
    expect(first).toEqual(['scam', 'whatsapp me'])
    expect(await getBlockedWords(t.db, owner(mine))).toEqual(['scam', 'whatsapp me'])

    const second = await saveBlockedWords(t.db, owner(mine), parsed(mine, ['Fraud', 'duplicate piece']))
    expect(second).toEqual(['duplicate piece', 'fraud'])
    expect(await listBlockedWords(t.db, mine.store.id)).toEqual(expect.arrayContaining(['duplicate piece', 'fraud']))
    expect(await listBlockedWords(t.db, mine.store.id)).toHaveLength(2)

    // A caller that skipped the schema still cannot store two spellings of one word.
    expect(await saveBlockedWords(t.db, owner(mine), ['Loot', 'LOOT', ' loot '])).toEqual(['loot'])
    expect(await saveBlockedWords(t.db, owner(mine), [])).toEqual([])

    expect(await getBlockedWords(t.db, owner(theirs))).toEqual(['fake'])
  })

  it('refuses another store’s seller, and the store’s moderator, for reading and for saving', async () => {
    await saveBlockedWords(t.db, owner(mine), ['scam'])
    const intruders = [
      { storeId: mine.store.id, actorId: theirs.host },
      { storeId: mine.store.id, actorId: mine.moderator },
      { storeId: mine.store.id, actorId: mine.viewer },
    ]
    for (const ctx of intruders) {
      await expect(getBlockedWords(t.db, ctx)).rejects.toMatchObject({ code: 'forbidden' })
      await expect(saveBlockedWords(t.db, ctx, ['nothing'])).rejects.toMatchObject({ code: 'forbidden' })
    }
    expect(await getBlockedWords(t.db, owner(mine))).toEqual(['scam'])
  })

  it('makes the live chat refuse a message with a saved word, however it is spelled', async () => {
    await saveBlockedWords(t.db, owner(mine), parsed(mine, ['WhatsApp me']))
    const deps = liveTestDeps(t.db)
    for (const body of ['Please WHATSAPP   me for price', 'wh4tsapp me now']) {
      await expect(sendMessage(deps, { userId: mine.viewer }, { showId: mine.show.id, body })).rejects.toMatchObject({
        code: 'invalid_input',
        message: BLOCKED_WORD_MESSAGE,
        fieldErrors: { body: [BLOCKED_WORD_MESSAGE] },
      })
    }
    expect(deps.realtime.named('chat-message')).toEqual([])

    // Another store's list does not apply here, and an emptied list lets the message through.
    await expect(sendMessage(deps, { userId: theirs.viewer }, { showId: theirs.show.id, body: 'whatsapp me' })).resolves.toMatchObject({ body: 'whatsapp me' })
    await saveBlockedWords(t.db, owner(mine), [])
    await expect(sendMessage(deps, { userId: mine.viewer }, { showId: mine.show.id, body: 'whatsapp me' })).resolves.toMatchObject({ body: 'whatsapp me' })
  })
})
