import { describe, expect, it } from 'vitest'
import { formatQuery, isEmptyQuery, MAX_QUERY_WORDS, normaliseQuery, parseQuery, queryWords, tokenize } from './parse'

describe('tokenize', () => {
  it('lower-cases and splits on anything but letters and digits, in any script', () => {
    expect(tokenize('iPhone-15 (128GB), Blue!')).toEqual(['iphone', '15', '128gb', 'blue'])
    expect(tokenize("Men's  kurta")).toEqual(['men', 's', 'kurta'])
    expect(tokenize('बनारसी साड़ी')).toEqual(['बनारसी', 'साड़ी'])
  })

  it('folds full-width and compatibility characters (NFKC)', () => {
    expect(tokenize('ＳＡＲＥＥ')).toEqual(['saree'])
  })
})

describe('parseQuery', () => {
  it('keeps words in order without repeats', () => {
    expect(parseQuery('  Saree silk SAREE ')).toMatchObject({ words: ['saree', 'silk'], phrases: [] })
  })

  it('reads quoted phrases; a quoted single word is just a word; an unclosed quote runs to the end', () => {
    expect(parseQuery('"blue pottery" vase')).toMatchObject({ words: ['vase'], phrases: [['blue', 'pottery']] })
    expect(parseQuery('"saree"')).toMatchObject({ words: ['saree'], phrases: [] })
    expect(parseQuery('vase "blue pot')).toMatchObject({ words: ['vase'], phrases: [['blue', 'pot']] })
  })

  it('marks the word being typed, but not after a space or inside quotes', () => {
    expect(parseQuery('silk sar').openWord).toBe('sar')
    expect(parseQuery('silk sar ').openWord).toBeNull()
    expect(parseQuery('"silk sar').openWord).toBeNull()
    expect(parseQuery('sar silk sar').openWord).toBe('sar')
  })

  it('caps the number of words and the length of the input', () => {
    const many = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ')
    expect(parseQuery(many).words).toHaveLength(MAX_QUERY_WORDS)
    expect(normaliseQuery('x'.repeat(500))).toHaveLength(120)
  })

  it('knows an empty query and lists every word once', () => {
    expect(isEmptyQuery(parseQuery(' -- '))).toBe(true)
    expect(queryWords(parseQuery('blue "blue pottery"'))).toEqual(['blue', 'pottery'])
  })
})

describe('formatQuery', () => {
  it('writes phrases back in quotes', () => {
    expect(formatQuery(['vase'], [['blue', 'pottery']])).toBe('vase "blue pottery"')
  })
})
