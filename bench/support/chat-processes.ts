// The child processes of bench/chat-latency.ts: the embedded realtime server (--serve) and the
// pusher-js subscribers (--subscribe). They run this file as their entry, so they load only the
// server or pusher-js, not the database and the app code the parent measures.
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { ChatMessage } from '@/lib/live/events'
import { clock, runSubscribers, serveRealtime } from './processes'

export { benchApp, busyMeter, clock, nextMessage } from './processes'

export type SubscribeJob = { port: number; channel: string; count: number; messages: number }
/** Per message sequence number: deliveries seen, and the first and last arrival (clock()). */
export type SubscribeReport = { counts: Uint32Array; first: Float64Array; last: Float64Array; elu: number }

/** The bench tags each body `#<seq> …`, so a delivery is matched to its send without trusting ids. */
export const tagBody = (seq: number, body: string) => `#${seq} ${body}`
const seqOf = (body: string) => Number(/^#(\d+) /.exec(body)?.[1] ?? -1)

export function forkRole(role: '--serve' | '--subscribe'): ChildProcess {
  // execArgv carries tsx's loader and --conditions, so the child runs this TypeScript file too.
  return fork(fileURLToPath(import.meta.url), [role], { execArgv: process.execArgv, serialization: 'advanced' })
}

function subscribe() {
  runSubscribers<SubscribeJob, ChatMessage>('chat-message', (job) => {
    const counts = new Uint32Array(job.messages)
    const first = new Float64Array(job.messages)
    const last = new Float64Array(job.messages)
    let delivered = 0
    return {
      onData: (data) => {
        const now = clock()
        const seq = seqOf(data.body)
        if (seq < 0 || seq >= job.messages) return // warm-up messages carry no tag
        delivered++
        if (counts[seq] === 0) first[seq] = now
        counts[seq]!++
        last[seq] = now
      },
      delivered: () => delivered,
      report: () => ({ counts, first, last }),
    }
  })
}

if (process.argv.includes('--serve')) await serveRealtime()
else if (process.argv.includes('--subscribe')) subscribe()
