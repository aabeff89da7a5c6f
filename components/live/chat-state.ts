import type { ChatMessage } from '@/lib/live/events'

/** Messages kept in the browser; older ones scroll away (the server keeps them all). */
export const CHAT_WINDOW = 200

export type ChatState = { messages: ChatMessage[]; pinned: ChatMessage | null }

export type ChatAction =
  | { type: 'message'; message: ChatMessage }
  | { type: 'deleted'; id: string }
  | { type: 'pinned'; message: ChatMessage | null }
  | { type: 'answered'; id: string; at: string }

/** Applies a chat event. Idempotent: the sender's own copy and the channel's echo meet here. */
export function chatReducer(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case 'message': {
      const at = state.messages.findIndex((m) => m.id === action.message.id)
      if (at >= 0) {
        const messages = state.messages.slice()
        messages[at] = action.message
        return { ...state, messages }
      }
      const messages = [...state.messages, action.message]
      // Events can arrive out of order across reconnects; keep the log in time order.
      if (messages.length > 1 && messages.at(-2)!.createdAt > action.message.createdAt) messages.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      return { ...state, messages: messages.length > CHAT_WINDOW ? messages.slice(-CHAT_WINDOW) : messages }
    }
    case 'deleted':
      return {
        messages: state.messages.filter((m) => m.id !== action.id),
        pinned: state.pinned?.id === action.id ? null : state.pinned,
      }
    case 'pinned':
      return { ...state, pinned: action.message }
    case 'answered':
      return { ...state, messages: state.messages.map((m) => (m.id === action.id ? { ...m, answeredAt: m.answeredAt ?? action.at } : m)) }
    default: {
      const unknown: never = action
      return unknown
    }
  }
}

export type BodyPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string } | { kind: 'mention'; text: string }

const TOKEN = /(https?:\/\/[^\s]+|www\.[^\s]+|@[\p{L}\p{N}_.-]{2,40})/gu

/**
 * Splits a message for display. Links become links only when a host or moderator posted them
 * (SPEC §6.1); everyone else's stay plain text. @mentions are highlighted.
 */
export function messageParts(body: string, linksAllowed: boolean): BodyPart[] {
  const parts: BodyPart[] = []
  let last = 0
  for (const match of body.matchAll(TOKEN)) {
    const start = match.index
    if (start > last) parts.push({ kind: 'text', text: body.slice(last, start) })
    const token = match[0]
    if (token.startsWith('@')) parts.push({ kind: 'mention', text: token })
    else if (linksAllowed) parts.push({ kind: 'link', text: token, href: token.startsWith('www.') ? `https://${token}` : token })
    else parts.push({ kind: 'text', text: token })
    last = start + token.length
  }
  if (last < body.length) parts.push({ kind: 'text', text: body.slice(last) })
  // Merge neighbouring text runs so plain messages render as one string.
  return parts.reduce<BodyPart[]>((out, part) => {
    const prev = out.at(-1)
    if (prev?.kind === 'text' && part.kind === 'text') out[out.length - 1] = { kind: 'text', text: prev.text + part.text }
    else out.push(part)
    return out
  }, [])
}
