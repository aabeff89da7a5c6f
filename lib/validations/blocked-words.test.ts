import { describe, expect, it } from 'vitest'
import { findBlockedWord } from '@/lib/domain/chat'
import { blockedWordsSchema, MAX_BLOCKED_WORDS, normaliseBlockedWord } from './blocked-words'

const storeId = crypto.randomUUID()
const issues = (words: string[]) => {
  const result = blockedWordsSchema.safeParse({ storeId, words })
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
}

describe('blocked words', () => {
  it('lower-cases, trims and collapses spaces, then drops repeats keeping the first', () => {
    expect(normaliseBlockedWord('  WhatsApp \n  Me ')).toBe('whatsapp me')
    expect(blockedWordsSchema.parse({ storeId, words: ['Scam', 'whatsapp me', ' SCAM', 'WhatsApp  Me'] }).words).toEqual(['scam', 'whatsapp me'])
  })

  it('puts each bad entry on its own field, naming it', () => {
    expect(issues(['fine', 'x', '   ', 'a'.repeat(41), 'a'.repeat(40)])).toEqual([
      { path: 'words.1', message: expect.stringContaining('“x” is too short') },
      { path: 'words.2', message: expect.stringContaining('empty') },
      { path: 'words.3', message: expect.stringContaining(`“${'a'.repeat(20)}…” is too long`) },
    ])
  })

  it('counts length as a person does, so short Devanagari words are allowed', () => {
    expect(issues(['धोखा'])).toEqual([])
    expect(issues(['🙂'])).toEqual([{ path: 'words.0', message: expect.stringContaining('too short') }])
  })

  it(`allows ${MAX_BLOCKED_WORDS} distinct words, counting repeats once`, () => {
    const words = Array.from({ length: MAX_BLOCKED_WORDS }, (_, i) => `word${i}`)
    expect(issues([...words, 'WORD1'])).toEqual([])
    expect(issues([...words, 'one more'])).toEqual([{ path: 'words', message: expect.stringContaining('remove 1') }])
  })

  it('stores words in a form the chat matcher still finds through letter swaps', () => {
    const [word] = blockedWordsSchema.parse({ storeId, words: [' SCAM '] }).words
    expect(findBlockedWord('total $c4m', [word!])).toBe('scam')
  })
})
