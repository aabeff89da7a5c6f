import { describe, expect, it } from 'vitest'
import type { ChatMessage } from '@/lib/live/events'
import { CHAT_WINDOW, chatReducer, messageParts } from './chat-state'

const msg = (id: string, createdAt: string, extra: Partial<ChatMessage> = {}): ChatMessage => ({
  id,
  userId: 'u',
  name: 'Asha',
  role: 'viewer',
  body: `message ${id}`,
  kind: 'message',
  createdAt,
  mediaOffsetMs: null,
  answeredAt: null,
  ...extra,
})

describe('chatReducer', () => {
  it('adds a message once even when the sender’s copy and the echo both arrive, and keeps time order', () => {
    let s = chatReducer({ messages: [], pinned: null }, { type: 'message', message: msg('b', '2026-11-22T10:00:02Z') })
    s = chatReducer(s, { type: 'message', message: msg('b', '2026-11-22T10:00:02Z') })
    s = chatReducer(s, { type: 'message', message: msg('a', '2026-11-22T10:00:01Z') })
    expect(s.messages.map((m) => m.id)).toEqual(['a', 'b'])
  })

  it('drops a deleted message everywhere, including the pin', () => {
    const m = msg('a', '2026-11-22T10:00:01Z')
    let s = chatReducer({ messages: [m], pinned: null }, { type: 'pinned', message: m })
    s = chatReducer(s, { type: 'deleted', id: 'a' })
    expect(s).toEqual({ messages: [], pinned: null })
  })

  it('marks a question answered and keeps only the newest window', () => {
    let s = chatReducer({ messages: [msg('q', '2026-11-22T10:00:00Z', { kind: 'question' })], pinned: null }, { type: 'answered', id: 'q', at: 'T' })
    expect(s.messages[0]!.answeredAt).toBe('T')
    for (let i = 0; i < CHAT_WINDOW + 5; i++) s = chatReducer(s, { type: 'message', message: msg(`m${i}`, `2026-11-22T11:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}Z`) })
    expect(s.messages).toHaveLength(CHAT_WINDOW)
    expect(s.messages.at(-1)!.id).toBe(`m${CHAT_WINDOW + 4}`)
  })
})

describe('messageParts', () => {
  it('keeps a viewer’s link as text but makes a moderator’s clickable, and highlights mentions', () => {
    expect(messageParts('see https://x.in/a now', false)).toEqual([{ kind: 'text', text: 'see https://x.in/a now' }])
    expect(messageParts('see www.x.in @Priya', true)).toEqual([
      { kind: 'text', text: 'see ' },
      { kind: 'link', text: 'www.x.in', href: 'https://www.x.in' },
      { kind: 'text', text: ' ' },
      { kind: 'mention', text: '@Priya' },
    ])
  })
})
