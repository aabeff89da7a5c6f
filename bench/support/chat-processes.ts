// The child processes of bench/chat-latency.ts: the embedded realtime server (--serve) and the
// pusher-js subscribers (--subscribe). They run this file as their entry, so they load only the
// server or pusher-js, not the database and the app code the parent measures.
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import PusherClient from 'pusher-js'
import type { ChatMessage } from '@/lib/live/events'
import { benchApp, busyMeter, clock, serveRealtime } from './processes'

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

function connect(port: number, channel: string, onMessage: (data: ChatMessage) => void): Promise<PusherClient> {
  const client = new PusherClient(benchApp.key, { cluster: 'embedded', wsHost: '127.0.0.1', wsPort: port, forceTLS: false, enabledTransports: ['ws'], enableStats: false })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('a subscriber did not subscribe within 30 s')), 30_000)
    const sub = client.subscribe(channel)
    sub.bind('chat-message', onMessage)
    sub.bind('pusher:subscription_succeeded', () => {
      clearTimeout(timer)
      resolve(client)
    })
  })
}

function subscribe() {
  process.once('message', async (job: SubscribeJob) => {
    const counts = new Uint32Array(job.messages)
    const first = new Float64Array(job.messages)
    const last = new Float64Array(job.messages)
    let delivered = 0
    const onMessage = (data: ChatMessage) => {
      const now = clock()
      const seq = seqOf(data.body)
      if (seq < 0 || seq >= job.messages) return // warm-up messages carry no tag
      delivered++
      if (counts[seq] === 0) first[seq] = now
      counts[seq]!++
      last[seq] = now
    }
    const clients: PusherClient[] = []
    for (let i = 0; i < job.count; i += 50)
      clients.push(...(await Promise.all(Array.from({ length: Math.min(50, job.count - i) }, () => connect(job.port, job.channel, onMessage)))))
    const busy = busyMeter()
    process.send?.({ ready: true })
    const progress = setInterval(() => process.send?.({ delivered }), 200)
    process.on('message', (m: { report?: boolean }) => {
      if (!m.report) return
      clearInterval(progress)
      process.send?.({ report: { counts, first, last, elu: busy() } satisfies SubscribeReport })
      for (const c of clients) c.disconnect()
    })
  })
  process.on('disconnect', () => process.exit(0))
}

if (process.argv.includes('--serve')) await serveRealtime()
else if (process.argv.includes('--subscribe')) subscribe()
