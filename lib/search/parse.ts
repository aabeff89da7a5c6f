/** Longer input is cut: nobody types more, and every word costs a dictionary lookup. */
export const MAX_QUERY_LENGTH = 120
export const MAX_QUERY_WORDS = 8

export type ParsedQuery = {
  /** Words outside quotes, lower-cased, in the order typed, without repeats. */
  words: string[]
  /** Quoted phrases of two or more words ("blue pottery"); a quoted single word joins `words`. */
  phrases: string[][]
  /** The word still being typed (input ends inside it, outside quotes): suggestions complete it. */
  openWord: string | null
}

// Letters and digits of any script; everything else separates words, as PostgreSQL's parser does.
const WORD = /[\p{L}\p{M}\p{N}]+/gu

/** Lower-cased words of `text`, in the same shape as the dictionary's terms. */
export function tokenize(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? []
}

export function normaliseQuery(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
}

/**
 * What is being typed, for suggestions: like normaliseQuery, lower-cased, but a trailing space is
 * kept, since it says the last word is finished ("sar " is not a prefix of "saree").
 */
export function normaliseTyping(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, ' ').trimStart().slice(0, MAX_QUERY_LENGTH).toLowerCase()
}

export function parseQuery(input: string): ParsedQuery {
  const text = normaliseQuery(input)
  const words: string[] = []
  const phrases: string[][] = []
  let budget = MAX_QUERY_WORDS
  const take = (list: string[]) => {
    const kept = list.slice(0, Math.max(0, budget))
    budget -= kept.length
    return kept
  }

  // Split on quotes: odd segments were inside quotes. An unclosed quote runs to the end.
  const segments = text.split('"')
  segments.forEach((segment, i) => {
    const tokens = take(tokenize(segment))
    if (i % 2 === 1 && tokens.length > 1) phrases.push(tokens)
    else for (const token of tokens) if (!words.includes(token)) words.push(token)
  })

  const insideQuotes = segments.length % 2 === 0
  const last = tokenize(segments.at(-1) ?? '').at(-1)
  const endsInWord = /[\p{L}\p{M}\p{N}]$/u.test(input.normalize('NFKC').slice(0, MAX_QUERY_LENGTH))
  const openWord = !insideQuotes && endsInWord && last !== undefined && words.includes(last) ? last : null
  return { words, phrases, openWord }
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.words.length === 0 && query.phrases.length === 0
}

/** Every distinct word of the query, phrases included: what the dictionary is asked about. */
export function queryWords(query: ParsedQuery): string[] {
  return [...new Set([...query.words, ...query.phrases.flat()])]
}

/** The query written back out, with phrases in quotes, for "Showing results for …". */
export function formatQuery(words: readonly string[], phrases: readonly (readonly string[])[]): string {
  return [...words, ...phrases.map((p) => `"${p.join(' ')}"`)].join(' ')
}
