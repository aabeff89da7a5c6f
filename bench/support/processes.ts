// Shared by the benches that run the embedded realtime server and pusher-js clients in child
// processes (bench/realtime-fanout.ts, bench/chat-latency.ts). Importing this runs nothing.
import type { ChildProcess } from 'node:child_process'
import { performance } from 'node:perf_hooks'
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
