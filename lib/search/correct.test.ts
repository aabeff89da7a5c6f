import { describe, expect, it } from 'vitest'
import { chooseCorrection, correctQuery, isCorrectable, type WordLookup } from './correct'
import { parseQuery } from './parse'

const known: WordLookup = { exact: true, indexed: false, completable: false, similar: [] }
const unknown = (similar: WordLookup['similar'], extra: Partial<WordLookup> = {}): WordLookup => ({
  exact: false,
  indexed: false,
  completable: false,
  similar,
  ...extra,
})

describe('isCorrectable', () => {
  it('leaves short words, numbers and stop words alone', () => {
    expect(isCorrectable('iphne')).toBe(true)
    expect(isCorrectable('5g')).toBe(false)
    expect(isCorrectable('128')).toBe(false)
    expect(isCorrectable('with')).toBe(false)
  })
})

describe('chooseCorrection', () => {
  it('takes the most similar word above the threshold', () => {
    expect(chooseCorrection('iphne', [{ term: 'iphone', ndoc: 40, similarity: 0.44 }, { term: 'phone', ndoc: 90, similarity: 0.3 }])).toBe('iphone')
  })

  it('returns null when nothing is close enough', () => {
    expect(chooseCorrection('shirt', [{ term: 'skirt', ndoc: 50, similarity: 0.33 }])).toBeNull()
  })

  it('asks more of short words', () => {
    expect(chooseCorrection('sari', [{ term: 'saree', ndoc: 900, similarity: 0.375 }])).toBeNull()
    expect(chooseCorrection('sare', [{ term: 'saree', ndoc: 900, similarity: 0.57 }])).toBe('saree')
  })

  it('prefers the commoner word among near-equals', () => {
    const candidates = [
      { term: 'sarema', ndoc: 2, similarity: 0.6 },
      { term: 'saree', ndoc: 40_000, similarity: 0.57 },
    ]
    expect(chooseCorrection('sare', candidates)).toBe('saree')
  })

  it('needs a close match to override a word the index already finds', () => {
    expect(chooseCorrection('muslin', [{ term: 'muslim', ndoc: 3, similarity: 0.4 }], { indexed: true })).toBeNull()
    expect(chooseCorrection('earbud', [{ term: 'earbuds', ndoc: 300, similarity: 0.67 }], { indexed: true })).toBe('earbuds')
  })

  it('never "corrects" a word to itself', () => {
    expect(chooseCorrection('saree', [{ term: 'saree', ndoc: 9, similarity: 1 }])).toBeNull()
  })
})

describe('correctQuery', () => {
  it('corrects unknown words, keeps known ones, and reports the change', () => {
    const lookups = new Map([
      ['iphne', unknown([{ term: 'iphone', ndoc: 40, similarity: 0.44 }])],
      ['blue', known],
    ])
    const result = correctQuery(parseQuery('Blue iphne 128'), lookups, { completeOpenWord: false })
    expect(result).toMatchObject({ words: ['blue', 'iphone', '128'], prefix: null, text: 'blue iphone 128', changed: true, searchable: true })
  })

  it('keeps an uncorrectable unknown word, so the page can say nothing matched', () => {
    const result = correctQuery(parseQuery('zzqx'), new Map([['zzqx', unknown([])]]), { completeOpenWord: false })
    expect(result).toMatchObject({ words: ['zzqx'], changed: false })
  })

  it('drops stop words from matching but shows them', () => {
    const result = correctQuery(parseQuery('saree with border'), new Map(), { completeOpenWord: false })
    expect(result.words).toEqual(['saree', 'border'])
    expect(result.text).toBe('saree with border')
    expect(correctQuery(parseQuery('the with'), new Map(), { completeOpenWord: false }).searchable).toBe(false)
  })

  it('completes the word being typed when some catalogue word starts with it', () => {
    const result = correctQuery(parseQuery('silk sar'), new Map([['sar', unknown([], { completable: true })]]), { completeOpenWord: true })
    expect(result).toMatchObject({ words: ['silk'], prefix: 'sar', changed: false })
  })

  it('corrects the word being typed when nothing starts with it', () => {
    const lookups = new Map([['kurth', unknown([{ term: 'kurta', ndoc: 80, similarity: 0.5 }])]])
    expect(correctQuery(parseQuery('kurth'), lookups, { completeOpenWord: true })).toMatchObject({ prefix: 'kurta', changed: true, text: 'kurta' })
  })

  it('ignores a one-letter word being typed and stop-word prefixes', () => {
    expect(correctQuery(parseQuery('saree b'), new Map(), { completeOpenWord: true })).toMatchObject({ words: ['saree'], prefix: null })
    expect(correctQuery(parseQuery('the'), new Map([['the', known]]), { completeOpenWord: true }).searchable).toBe(false)
  })

  it('corrects words inside phrases too', () => {
    const lookups = new Map([['potery', unknown([{ term: 'pottery', ndoc: 30, similarity: 0.67 }])]])
    const result = correctQuery(parseQuery('"blue potery"'), lookups, { completeOpenWord: false })
    expect(result).toMatchObject({ phrases: [['blue', 'pottery']], text: '"blue pottery"', changed: true })
  })
})
