// Shared by the benches that run the embedded realtime server and pusher-js clients in child
// processes (bench/realtime-fanout.ts, bench/chat-latency.ts). Importing this runs nothing.
import type { ChildProcess } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import PusherClient from 'pusher-js'
import { startRealtimeServer } from '@/lib/services/realtime/server'

export const benchApp = { appId: 'bench', key: 'bench-key', secret: 'bench-secret' }

/** A wall clock with sub-millisecond resolution that every process on this machine shares. */
export const clock = () => performance.timeOrigin + performance.now()

/** Reports how busy this process's event loop has been since the last call. */
export function busyMeter() {
  let last = performance.eventLoopUtilization()
  return () => {
    const now = performance.eventLoopUtilization()
    const busy = performance.eventLoopUtilization(now, last).utilization
    last = now
    return busy
  }
}

/** The first message from `proc` for which `pick` returns a value. */
export function nextMessage<T>(proc: ChildProcess, pick: (m: Record<string, unknown>) => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: Record<string, unknown>) => {
      const value = pick(m)
      if (value === undefined) return
      proc.off('message', onMessage)
      resolve(value)
    }
    proc.on('message', onMessage)
    proc.once('exit', (code) => reject(new Error(`child ${proc.pid} exited (${code})`)))
  })
}

/** The body of a `--serve` child: the embedded realtime server on a free port, told to the parent. */
export async function serveRealtime() {
  const server = await startRealtimeServer({ ...benchApp, port: 0, host: '127.0.0.1', maxConnections: 100_000 })
  process.send?.({ port: server.port })
  const busy = busyMeter()
  process.on('message', (m: { measure?: 'start' | 'stop' }) => m.measure && process.send?.({ elu: busy() }))
  process.on('disconnect', () => void server.close().then(() => process.exit(0)))
}

/** One pusher-js client (its Node build) subscribed to `channel`, calling `onData` for `event`. */
function connectSubscriber<D>(port: number, channel: string, event: string, onData: (data: D) => void): Promise<PusherClient> {
  const client = new PusherClient(benchApp.key, { cluster: 'embedded', wsHost: '127.0.0.1', wsPort: port, forceTLS: false, enabledTransports: ['ws'], enableStats: false })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('a subscriber did not subscribe within 30 s')), 30_000)
    const sub = client.subscribe(channel)
    sub.bind(event, onData)
    sub.bind('pusher:subscription_succeeded', () => {
      clearTimeout(timer)
      resolve(client)
    })
  })
}

export type SubscriberJob = { port: number; channel: string; count: number }

/**
 * The body of a `--subscribe` child: waits for its job, connects `job.count` clients 50 at a time,
 * says it is ready, reports progress every 200 ms, and on `{ report: true }` sends `report()` with
 * how busy its event loop was, then disconnects.
 */
export function runSubscribers<J extends SubscriberJob, D>(
  event: string,
  start: (job: J) => { onData: (data: D) => void; delivered: () => number; report: () => Record<string, unknown> },
) {
  process.once('message', async (job: J) => {
    const { onData, delivered, report } = start(job)
    const clients: PusherClient[] = []
    for (let i = 0; i < job.count; i += 50)
      clients.push(...(await Promise.all(Array.from({ length: Math.min(50, job.count - i) }, () => connectSubscriber(job.port, job.channel, event, onData)))))
    const busy = busyMeter()
    process.send?.({ ready: true })
    const progress = setInterval(() => process.send?.({ delivered: delivered() }), 200)
    process.on('message', (m: { report?: boolean }) => {
      if (!m.report) return
      clearInterval(progress)
      process.send?.({ report: { ...report(), elu: busy() } })
      for (const c of clients) c.disconnect()
    })
  })
  process.on('disconnect', () => process.exit(0))
}
