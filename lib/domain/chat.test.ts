import { describe, expect, it } from 'vitest'
import {
  chatTokens,
  containsLink,
  findBlockedWord,
  linksClickable,
  mentionsHost,
  messageLengthProblem,
  normalizeMessage,
  slowModeMessage,
  slowModeWait,
} from './chat'

describe('normalizeMessage', () => {
  it('trims and collapses whitespace, newlines and control characters', () => {
    expect(normalizeMessage('  hello \n\n  there\t\u0007friend  ')).toBe('hello there friend')
    expect(normalizeMessage(' \n\t ')).toBe('')
  })

  it('counts graphemes against the 300 limit', () => {
    expect(messageLengthProblem('')).toMatch(/Type a message/)
    expect(messageLengthProblem('a'.repeat(300))).toBeNull()
    expect(messageLengthProblem('a'.repeat(301))).toMatch(/300 characters; this one has 301/)
    // 300 family emoji are 300 characters to a person, though thousands of UTF-16 units.
    expect(messageLengthProblem('👨‍👩‍👧'.repeat(300))).toBeNull()
  })
})

describe('findBlockedWord', () => {
  const blocked = ['scam', 'ass', 'fake product']

  it('matches whole words in any case', () => {
    expect(findBlockedWord('This is a SCAM', blocked)).toBe('scam')
    expect(findBlockedWord('first class saree', blocked)).toBeNull()
    expect(findBlockedWord('scammer', blocked)).toBeNull()
  })

  it('sees through simple leetspeak and hidden characters', () => {
    expect(findBlockedWord('total 5c@m!', blocked)).toBe('scam')
    expect(findBlockedWord('$c4m', blocked)).toBe('scam')
    expect(findBlockedWord('a$$', blocked)).toBe('ass')
    expect(findBlockedWord('s\u200Bcam', blocked)).toBe('scam')
  })

  it('matches a phrase across spacing', () => {
    expect(findBlockedWord('its a FAKE   product', blocked)).toBe('fake product')
    expect(findBlockedWord('fake products everywhere', blocked)).toBeNull()
  })

  it('treats non-Latin letters as word characters', () => {
    expect(findBlockedWord('scamवाला', blocked)).toBeNull()
    expect(findBlockedWord('यह scam है', blocked)).toBe('scam')
  })
})

describe('links and mentions', () => {
  it('detects links with or without a scheme', () => {
    expect(containsLink('buy at https://example.test/x')).toBe(true)
    expect(containsLink('see www.cheap-sarees.in now')).toBe(true)
    expect(containsLink('cheapstuff.shop')).toBe(true)
    expect(containsLink('price is 4.5 lakh. ok')).toBe(false)
  })

  it('makes links clickable only for the host and moderators', () => {
    expect(linksClickable('viewer')).toBe(false)
    expect(chatTokens('go to www.x.com now', 'viewer')).toEqual([{ type: 'text', text: 'go to www.x.com now' }])
    expect(chatTokens('go to www.x.com now', 'moderator')).toEqual([
      { type: 'text', text: 'go to ' },
      { type: 'link', text: 'www.x.com', href: 'https://www.x.com' },
      { type: 'text', text: ' now' },
    ])
  })

  it('marks @mentions and knows when the host is mentioned', () => {
    expect(chatTokens('hi @Meera!', 'viewer')).toEqual([
      { type: 'text', text: 'hi ' },
      { type: 'mention', text: '@Meera' },
      { type: 'text', text: '!' },
    ])
    expect(mentionsHost('@host is this cotton?', [])).toBe(true)
    expect(mentionsHost('@meerasarees price?', ['Meera Sarees', 'Meera'])).toBe(true)
    expect(mentionsHost('mail me@meera.com', ['Meera'])).toBe(false)
    expect(mentionsHost('@ravi hello', ['Meera Sarees'])).toBe(false)
  })
})

describe('slow mode', () => {
  const base = { slowModeSeconds: 30, role: 'viewer' as const, lastSentAtMs: 1_000_000, nowMs: 1_000_000 + 12_500 }

  it('tells a viewer how many whole seconds remain', () => {
    expect(slowModeWait(base)).toBe(18)
    expect(slowModeWait({ ...base, nowMs: base.lastSentAtMs + 30_000 })).toBe(0)
    expect(slowModeMessage(1)).toMatch(/in 1 second\.$/)
  })

  it('never slows the host or moderators, nor anyone when off or on a first message', () => {
    expect(slowModeWait({ ...base, role: 'host' })).toBe(0)
    expect(slowModeWait({ ...base, role: 'moderator' })).toBe(0)
    expect(slowModeWait({ ...base, slowModeSeconds: 0 })).toBe(0)
    expect(slowModeWait({ ...base, lastSentAtMs: null })).toBe(0)
  })
})
