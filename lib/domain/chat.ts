/**
 * Live chat rules (SPEC §6.1) that need no database: what a message looks like once cleaned,
 * whether it uses a word the store blocks, where its links and @mentions are, and how long a
 * viewer still waits under slow mode. Shared by the server (which decides) and the live room
 * (which renders links as plain text unless the author is the host or a moderator).
 */

export const CHAT_MAX_CHARS = 300

export type ChatAuthorRole = 'host' | 'moderator' | 'viewer'

/** Trims and collapses every run of whitespace (newlines included) to one space. */
export function normalizeMessage(raw: string): string {
  // Control characters other than whitespace would render as boxes or reorder text.
  return raw
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
}

/** Length as a person counts it: an emoji or a Devanagari conjunct is not two characters. */
export function messageLength(text: string): number {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length
}

export function messageLengthProblem(text: string): string | null {
  if (text.length === 0) return 'Type a message first.'
  const length = messageLength(text)
  if (length > CHAT_MAX_CHARS) return `Keep messages to ${CHAT_MAX_CHARS} characters; this one has ${length}.`
  return null
}

// Common substitutions people use to slip a word past a filter.
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' }
// Zero-width space and word joiner hide nothing visible but split a word for a naive matcher.
// ZWJ/ZWNJ stay: Indic scripts and emoji sequences need them.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/gu

/** The form a message is compared in: lower case, de-leeted, invisible characters removed. */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(INVISIBLE, '')
    .replace(/[013457@$]/g, (c) => LEET[c] ?? c)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The first blocked word (as the store wrote it) that appears in `text` as a whole word, or null.
 * "ass" blocks "a$$" and "ASS" but not "class"; a blocked phrase matches across any spacing.
 */
export function findBlockedWord(text: string, blockedWords: readonly string[]): string | null {
  const folded = foldForMatching(normalizeMessage(text))
  for (const word of blockedWords) {
    const parts = foldForMatching(normalizeMessage(word)).split(' ').filter(Boolean)
    if (parts.length === 0) continue
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${parts.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}\\p{M}])`, 'u')
    if (pattern.test(folded)) return word
  }
  return null
}

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|in|net|org|io|co|me|ly|app|shop|store|link|xyz|info)\b(?:\/[^\s<>"]*)?/giu

export function containsLink(text: string): boolean {
  LINK.lastIndex = 0
  return LINK.test(text)
}

/** Links are clickable only from the host or a moderator; anyone else's render as text. */
export function linksClickable(role: ChatAuthorRole): boolean {
  return role !== 'viewer'
}

/**
 * True when the message @mentions the host: "@host", or "@" followed by any of `hostNames`
 * (the store's name, the host's first name), ignoring case and spaces in the name.
 */
export function mentionsHost(text: string, hostNames: readonly string[]): boolean {
  const handles = new Set(['host', ...hostNames.map(handleOf).filter(Boolean)])
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])@([\p{L}\p{N}\p{M}_.-]+)/gu)) {
    if (handles.has(handleOf(match[1]!))) return true
  }
  return false
}

function handleOf(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s_.-]+/gu, '')
}

export type ChatToken = { type: 'text'; text: string } | { type: 'link'; text: string; href: string } | { type: 'mention'; text: string }

/**
 * The message split for rendering. Links from viewers come back as text, so the live room never
 * has to decide; mentions are marked for highlighting.
 */
export function chatTokens(text: string, role: ChatAuthorRole): ChatToken[] {
  const tokens: ChatToken[] = []
  const pattern = new RegExp(`(${LINK.source})|((?<![\\p{L}\\p{N}])@[\\p{L}\\p{N}\\p{M}_.-]+)`, 'giu')
  let last = 0
  for (const match of text.matchAll(pattern)) {
    const at = match.index
    if (at > last) tokens.push({ type: 'text', text: text.slice(last, at) })
    const value = match[0]
    if (match[1] && linksClickable(role)) {
      tokens.push({ type: 'link', text: value, href: /^https?:\/\//i.test(value) ? value : `https://${value}` })
    } else if (match[1]) {
      tokens.push({ type: 'text', text: value })
    } else {
      tokens.push({ type: 'mention', text: value })
    }
    last = at + value.length
  }
  if (last < text.length) tokens.push({ type: 'text', text: text.slice(last) })
  // Adjacent text pieces (a viewer's link between words) read better as one.
  return tokens.reduce<ChatToken[]>((out, token) => {
    const prev = out.at(-1)
    if (prev?.type === 'text' && token.type === 'text') prev.text += token.text
    else out.push({ ...token })
    return out
  }, [])
}

/**
 * Seconds the sender must still wait under slow mode; 0 when they may send now. The host and
 * moderators are never slowed.
 */
export function slowModeWait(input: { slowModeSeconds: number; role: ChatAuthorRole; lastSentAtMs: number | null; nowMs: number }): number {
  if (input.slowModeSeconds <= 0 || input.role !== 'viewer' || input.lastSentAtMs === null) return 0
  const remainingMs = input.lastSentAtMs + input.slowModeSeconds * 1000 - input.nowMs
  return remainingMs > 0 ? Math.ceil(remainingMs / 1000) : 0
}

export function slowModeMessage(seconds: number): string {
  return `Slow mode is on. You can send another message in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`
}
