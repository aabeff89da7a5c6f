/**
 * Embedded video signalling: the messages the host's and a viewer's browsers exchange as Pusher
 * client events on `private-signal-{showId}-{viewerKey}`. ICE is not trickled — each side waits
 * for gathering to finish and sends one description — because Pusher allows a client 10 client
 * events a second and 10 KB per event; a description longer than one event is sent in parts.
 */

export const SIGNAL_EVENT = 'client-signal' as const

/** Characters of SDP per event, leaving room for the JSON around it under Pusher's 10 KB. */
export const SDP_PART_CHARS = 7000
const MAX_PARTS = 8

export type DescriptionPart = {
  t: 'offer' | 'answer'
  /** One id per peer connection attempt, chosen by the host; answers echo it. */
  id: string
  part: number
  parts: number
  sdp: string
}

export type SignalMessage = DescriptionPart | { t: 'bye'; id: string | null }

const ID = /^[A-Za-z0-9_-]{1,40}$/

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** A message from the other browser, or null for anything malformed (never trusted further). */
export function parseSignal(data: unknown): SignalMessage | null {
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data)
    } catch {
      return null
    }
  }
  if (!isRecord(data)) return null
  const { t, id } = data
  if (t === 'bye') {
    if (id === null || id === undefined) return { t: 'bye', id: null }
    return typeof id === 'string' && ID.test(id) ? { t: 'bye', id } : null
  }
  if (t !== 'offer' && t !== 'answer') return null
  const { part, parts, sdp } = data
  if (typeof id !== 'string' || !ID.test(id)) return null
  if (!Number.isInteger(parts) || typeof parts !== 'number' || parts < 1 || parts > MAX_PARTS) return null
  if (!Number.isInteger(part) || typeof part !== 'number' || part < 0 || part >= parts) return null
  if (typeof sdp !== 'string' || sdp.length === 0 || sdp.length > SDP_PART_CHARS) return null
  return { t, id, part, parts, sdp }
}

/** The events that carry one description. */
export function splitDescription(t: 'offer' | 'answer', id: string, sdp: string, partChars = SDP_PART_CHARS): DescriptionPart[] {
  const parts = Math.max(1, Math.ceil(sdp.length / partChars))
  if (parts > MAX_PARTS) throw new Error(`session description too long to signal (${sdp.length} characters)`)
  return Array.from({ length: parts }, (_, part) => ({ t, id, part, parts, sdp: sdp.slice(part * partChars, (part + 1) * partChars) }))
}

/**
 * Collects parts of one kind of description. Parts may arrive in any order; a part with a new id
 * starts over and retires the old id, because only the latest connection attempt matters.
 */
export function createAssembler(t: 'offer' | 'answer') {
  let current: { id: string; parts: (string | undefined)[] } | null = null
  // A late part of a superseded attempt must not restart assembly of the newer one.
  const retired = new Set<string>()
  return {
    /** The whole description once its last part arrives, otherwise null. */
    push(message: SignalMessage): { id: string; sdp: string } | null {
      if (message.t !== t || retired.has(message.id)) return null
      if (current && current.id !== message.id) retired.add(current.id)
      if (!current || current.id !== message.id || current.parts.length !== message.parts)
        current = { id: message.id, parts: new Array<string | undefined>(message.parts).fill(undefined) }
      current.parts[message.part] = message.sdp
      if (current.parts.some((p) => p === undefined)) return null
      const done = { id: current.id, sdp: current.parts.join('') }
      current = null
      return done
    },
  }
}

/**
 * Sends at most `perSecond` events a second, in order, so a host answering several viewers at
 * once stays under Pusher's client-event limit. `send` returns false while the channel is not
 * yet subscribed; the message is then retried on the next tick.
 */
export function createPacedSender(options: { perSecond: number; now?: () => number; setTimer?: (fn: () => void, ms: number) => unknown }) {
  const now = options.now ?? Date.now
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms))
  const gap = 1000 / options.perSecond
  const queue: { send: () => boolean; attempts: number }[] = []
  let nextAt = 0
  let scheduled = false

  function pump() {
    scheduled = false
    while (queue.length > 0) {
      const wait = nextAt - now()
      if (wait > 0) return schedule(wait)
      const head = queue[0]
      if (!head) return
      nextAt = now() + gap
      if (head.send() || ++head.attempts >= 20) queue.shift()
      else return schedule(gap)
    }
  }
  function schedule(ms: number) {
    if (scheduled) return
    scheduled = true
    setTimer(pump, ms)
  }
  return {
    enqueue(send: () => boolean) {
      queue.push({ send, attempts: 0 })
      pump()
    },
    get pending() {
      return queue.length
    },
    clear() {
      queue.length = 0
    },
  }
}

export function newConnectionId(): string {
  const bytes = new Uint8Array(9)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}
