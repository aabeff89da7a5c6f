import type { chatMessages, showEvents, showProducts, shows } from '@/db/schema'
import { createRng, shopPrice } from './random'

const REPLAY_SEED = 0x5e0a1 // its own stream: replays never shift the catalogue's or orders' draws
const MINUTE = 60_000

type ShowRow = typeof shows.$inferInsert & { id: string }
type RunListRow = typeof showProducts.$inferInsert
type Viewer = { id: string; name?: string | null }
type ProductInfo = { id: string; title: string; pricePaise: number }

export type ShowReplays = {
  showEvents: (typeof showEvents.$inferInsert)[]
  chatMessages: (typeof chatMessages.$inferInsert)[]
}

const GREETINGS = ['Hello from Pune!', 'Namaste 🙏', 'Just joined, what did I miss?', 'Hi didi', 'Watching from Kolkata', 'Good evening everyone', 'First time here 😊']
const CHATTER = ['So pretty ❤️', 'Love the colours', 'Is COD available?', 'Delivery to Bengaluru?', 'Price please', 'Wow 😍', 'Bought one!', 'Please show it in daylight', 'Great quality', '🔥🔥🔥']
const QUESTIONS = ['Is {p} available in other colours?', 'What is the return policy on {p}?', 'Can you show {p} closer to the camera?', 'Does {p} come with a warranty?']
const HOST_LINES = ['Welcome everyone! We start in a moment.', 'Next up: {p}', 'Yes, cash on delivery is available.', 'Live price only while we are on air!', 'Thank you all for joining — see you next week!']

function fill(line: string, product: string): string {
  return line.replace('{p}', product)
}

/**
 * Chapters and a replayable chat for every ended show: each run-list product spotlighted in
 * turn, one flash sale and one poll, and viewers and the host talking on the show's clock.
 */
export function planShowReplays(input: { shows: readonly ShowRow[]; runLists: readonly RunListRow[]; products: readonly ProductInfo[]; viewers: readonly Viewer[] }): ShowReplays {
  const rng = createRng(REPLAY_SEED)
  const byId = new Map(input.products.map((p) => [p.id, p]))
  const out: ShowReplays = { showEvents: [], chatMessages: [] }
  if (input.viewers.length === 0) return out

  for (const show of input.shows) {
    if (show.status !== 'ended' || !show.startedAt || !show.endedAt) continue
    const start = show.startedAt.getTime()
    const duration = show.endedAt.getTime() - start
    const items = input.runLists
      .filter((r) => r.showId === show.id)
      .sort((a, b) => a.position - b.position)
      .flatMap((r) => {
        const product = byId.get(r.productId)
        return product ? [{ ...product, live: r.livePricePaise ?? null }] : []
      })
    if (items.length === 0) continue

    const slot = (duration - 4 * MINUTE) / items.length
    const spotlightAt = items.map((_, i) => Math.round(2 * MINUTE + i * slot))
    items.forEach((p, i) => out.showEvents.push({ showId: show.id, type: 'spotlight', productId: p.id, mediaOffsetMs: spotlightAt[i]!, payload: {} }))
    const flash = items[Math.min(1, items.length - 1)]!
    const flashAt = spotlightAt[Math.min(1, items.length - 1)]! + 3 * MINUTE
    out.showEvents.push({
      showId: show.id,
      type: 'flash_sale',
      productId: flash.id,
      mediaOffsetMs: flashAt,
      payload: { pricePaise: shopPrice((flash.pricePaise / 100) * 0.75) * 100, quantity: 10 },
    })
    out.showEvents.push({ showId: show.id, type: 'poll', productId: null, mediaOffsetMs: Math.round(duration / 2), payload: { question: 'Which one should we show next?' } })

    const messages: { at: number; userId: string | null; body: string; kind: 'message' | 'question' | 'system'; answered?: boolean }[] = []
    messages.push({ at: 0, userId: null, body: 'The show has started', kind: 'system' })
    messages.push({ at: 20_000, userId: show.hostId, body: HOST_LINES[0]!, kind: 'message' })
    items.forEach((p, i) => messages.push({ at: spotlightAt[i]! + 5_000, userId: show.hostId, body: fill(HOST_LINES[1]!, p.title), kind: 'message' }))
    messages.push({ at: flashAt + 10_000, userId: show.hostId, body: HOST_LINES[3]!, kind: 'message' })
    messages.push({ at: duration - 60_000, userId: show.hostId, body: HOST_LINES[4]!, kind: 'message' })
    const count = 40 + rng.int(0, 20)
    for (let i = 0; i < count; i++) {
      const at = i < 6 ? rng.int(10_000, 3 * MINUTE) : rng.int(MINUTE, duration - 30_000)
      const viewer = rng.pick(input.viewers)
      if (rng.chance(0.15)) {
        const about = rng.pick(items)
        const answered = rng.chance(0.7)
        messages.push({ at, userId: viewer.id, body: fill(rng.pick(QUESTIONS), about.title), kind: 'question', answered })
        if (answered) messages.push({ at: Math.min(at + rng.int(20_000, 90_000), duration - 5_000), userId: show.hostId, body: HOST_LINES[2]!, kind: 'message' })
      } else {
        messages.push({ at, userId: viewer.id, body: i < 6 ? rng.pick(GREETINGS) : rng.pick(CHATTER), kind: 'message' })
      }
    }
    for (const m of messages) {
      const createdAt = new Date(start + m.at)
      out.chatMessages.push({
        showId: show.id,
        userId: m.userId,
        body: m.body,
        kind: m.kind,
        mediaOffsetMs: m.at,
        questionAt: m.kind === 'question' ? createdAt : null,
        answeredAt: m.answered ? new Date(createdAt.getTime() + 60_000) : null,
        createdAt,
      })
    }
  }
  return out
}
