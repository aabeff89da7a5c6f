import { formatQuery, type ParsedQuery } from './parse'
import { ENGLISH_STOP_WORDS } from './stopwords'

/** pg_trgm similarity a correction needs; short words need more, or "sari" would become "sofa". */
export const MIN_SIMILARITY = 0.35
export const MIN_SIMILARITY_SHORT = 0.45
/** A word the full-text index already finds is corrected only to a word this close ("sare" → saree). */
export const MIN_SIMILARITY_INDEXED = 0.5
/** Words shorter than this, and numbers, are never corrected ("5g", "128"). */
export const MIN_CORRECTABLE_LENGTH = 3
/** A word being typed is completed (prefix-matched) from this many characters. */
export const MIN_PREFIX_LENGTH = 2

export type TermCandidate = { term: string; ndoc: number; similarity: number }

/** What the dictionary knows about one query word. */
export type WordLookup = {
  /** The word is a catalogue word as it is. */
  exact: boolean
  /**
   * Not in the dictionary, but the full-text index finds it: a description-only word, a product
   * added since the dictionary was refreshed, or a stem of a catalogue word ("earbud").
   */
  indexed: boolean
  /** Catalogue words that look like it, best first. */
  similar: TermCandidate[]
  /** Whether some catalogue word starts with it (for the word being typed). */
  completable: boolean
}

export type CorrectedQuery = {
  /** Words matched whole, after correction; stop words left out. */
  words: string[]
  /** The word being typed, matched as a prefix (suggestions only). */
  prefix: string | null
  phrases: string[][]
  /** The corrected query as the shopper would write it ("iphone 128"). */
  text: string
  /** Some word was corrected. */
  changed: boolean
  /** Something is left to match once stop words are dropped. */
  searchable: boolean
}

export function isCorrectable(word: string): boolean {
  return word.length >= MIN_CORRECTABLE_LENGTH && !/^\p{N}+$/u.test(word) && !ENGLISH_STOP_WORDS.has(word)
}

/**
 * The best catalogue word for a misspelt `word`, or null. Similarity decides; among close
 * candidates the commoner word wins (a noisy-channel prior: "sare" is far likelier a saree than a
 * rare brand name that looks as close).
 */
export function chooseCorrection(
  word: string,
  candidates: readonly TermCandidate[],
  options: { indexed?: boolean } = {},
): string | null {
  const min = Math.max(word.length <= 4 ? MIN_SIMILARITY_SHORT : MIN_SIMILARITY, options.indexed ? MIN_SIMILARITY_INDEXED : 0)
  let best: { term: string; score: number } | null = null
  for (const c of candidates) {
    if (c.term === word || c.similarity < min) continue
    const score = c.similarity + 0.03 * Math.log10(1 + Math.max(0, c.ndoc))
    if (!best || score > best.score || (score === best.score && c.term < best.term)) best = { term: c.term, score }
  }
  return best?.term ?? null
}

/**
 * Applies the dictionary's answers to a parsed query. Known words stay as typed; unknown ones take
 * their best correction, or stay when there is none (an honest zero-result page beats a guess).
 * With `completeOpenWord`, the word being typed is matched as a prefix when some catalogue word
 * starts with it, and corrected only when none does.
 */
export function correctQuery(
  query: ParsedQuery,
  lookups: ReadonlyMap<string, WordLookup>,
  options: { completeOpenWord: boolean },
): CorrectedQuery {
  let changed = false
  const fix = (word: string): string => {
    const lookup = lookups.get(word)
    if (!lookup || lookup.exact || !isCorrectable(word)) return word
    const corrected = chooseCorrection(word, lookup.similar, { indexed: lookup.indexed })
    if (corrected === null) return word
    changed = true
    return corrected
  }

  const open = options.completeOpenWord ? query.openWord : null
  let prefix: string | null = null
  const shown: string[] = []
  const words: string[] = []
  for (const word of query.words) {
    if (word === open) {
      if (word.length < MIN_PREFIX_LENGTH) continue
      const lookup = lookups.get(word)
      prefix = lookup && !lookup.exact && !lookup.completable ? fix(word) : word
      shown.push(prefix)
      continue
    }
    const corrected = fix(word)
    shown.push(corrected)
    if (!ENGLISH_STOP_WORDS.has(corrected) && !words.includes(corrected)) words.push(corrected)
  }
  const phrases = query.phrases.map((phrase) => phrase.map(fix))
  // A stop word cannot be a prefix query: PostgreSQL drops it and the query matches nothing.
  if (prefix !== null && ENGLISH_STOP_WORDS.has(prefix)) prefix = null

  const searchable =
    words.length > 0 || prefix !== null || phrases.some((p) => p.some((w) => !ENGLISH_STOP_WORDS.has(w)))
  return { words, prefix, phrases, text: formatQuery(shown, phrases), changed, searchable }
}
