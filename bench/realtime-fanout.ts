// `npm run bench:realtime [-- --subscribers 1000 --rate 20 --seconds 15 --workers 1]`
// Fan-out through the embedded realtime server: `--subscribers` pusher-js clients (its Node
// build: the same protocol code the browser runs) on one public `show-<uuid>` channel, and the
// official `pusher` SDK publishing `--rate` events a second for `--seconds`, each carrying the
// time it was sent. Every subscriber records every delivery's latency: publish call to handler,
// i.e. SDK HTTP request, signature check, fan-out, WebSocket, pusher-js decode.
// Processes: the server in one child (this file with --serve), the subscribers spread over
// `--workers` children (--subscribe), the publisher here, so neither the server nor the publisher
// shares an event loop with the clients. Latency uses performance.timeOrigin + now(), a wall clock
// with sub-millisecond resolution that all processes on this machine share.
// Prints p50/p95/p99/max, deliveries a second and losses; writes bench/results/realtime-fanout.json.
import { fork, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import Pusher from 'pusher'
import { benchApp, clock, nextMessage, runSubscribers, serveRealtime } from './support/processes'
import { writeResult } from './support/server'

const app = benchApp
const BUDGET_P99_MS = 100
const self = fileURLToPath(import.meta.url)

type Tick = { seq: number; sentAt: number }
type SubscribeJob = { port: number; channel: string; count: number; messages: number }
type WorkerReport = { latencies: Float64Array; perMessage: Uint32Array; elu: number }

const round = (n: number) => Math.round(n * 10) / 10
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const percentile = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number`)
  return value
}

// --- a subscriber process ---
function subscribe() {
  runSubscribers<SubscribeJob, Tick>('tick', (job) => {
    const latencies = new Float64Array(job.messages * job.count)
    const perMessage = new Uint32Array(job.messages)
    let delivered = 0
    return {
      onData: (data) => {
        latencies[delivered++] = clock() - data.sentAt
        perMessage[data.seq]!++
      },
      delivered: () => delivered,
      report: () => ({ latencies: latencies.slice(0, delivered), perMessage }),
    }
  })
}

// --- the publisher and coordinator ---
function child(role: '--serve' | '--subscribe'): ChildProcess {
  // execArgv carries tsx's loader, so the children run this TypeScript file too.
  return fork(self, [role], { execArgv: process.execArgv, serialization: 'advanced' })
}

async function main() {
  const subscribers = arg('subscribers', 1000)
  const rate = arg('rate', 20)
  const seconds = arg('seconds', 15)
  const workerCount = Math.min(arg('workers', 1), subscribers)
  const channel = `show-${randomUUID()}`
  const messages = rate * seconds

  const server = child('--serve')
  const port = await nextMessage(server, (m) => m.port as number | undefined)
  console.log(`Server on 127.0.0.1:${port}; ${subscribers} subscribers in ${workerCount} processes; ${rate} events/s for ${seconds} s on ${channel}`)

  const connectStarted = performance.now()
  const workers = Array.from({ length: workerCount }, () => child('--subscribe'))
  const delivered = new Array<number>(workerCount).fill(0)
  workers.forEach((w, i) => w.on('message', (m: { delivered?: number }) => m.delivered !== undefined && (delivered[i] = m.delivered)))
  await Promise.all(
    workers.map((w, i) => {
      const count = Math.floor(subscribers / workerCount) + (i < subscribers % workerCount ? 1 : 0)
      w.send({ port, channel, count, messages } satisfies SubscribeJob)
      return nextMessage(w, (m) => m.ready as boolean | undefined)
    }),
  )
  console.log(`Connected and subscribed ${subscribers} in ${round((performance.now() - connectStarted) / 1000)} s`)

  const sdk = new Pusher({ ...app, host: '127.0.0.1', port: String(port), useTLS: false })
  const body = 'Just tried the mustard Chanderi — the zari border is even better on camera! 😍'
  const publishMs: number[] = []
  const failures: string[] = []
  const pending: Promise<void>[] = []
  server.send({ measure: 'start' })
  await nextMessage(server, (m) => m.elu as number | undefined)
  const started = performance.now()
  for (let seq = 0; seq < messages; seq++) {
    // A fixed schedule, so one slow publish does not lower the rate.
    const wait = started + (seq * 1000) / rate - performance.now()
    if (wait > 0) await sleep(wait)
    const sentAt = clock()
    pending.push(
      sdk
        .trigger(channel, 'tick', { seq, sentAt, id: randomUUID(), name: 'Meera', role: 'viewer', kind: 'message', body })
        .then(() => void publishMs.push(clock() - sentAt))
        .catch((error: Error & { error?: unknown }) => void failures.push(`${error.message} ${String(error.error ?? '')}`)),
    )
  }
  await Promise.all(pending)
  const publishWindow = (performance.now() - started) / 1000
  const expected = messages * subscribers
  const sum = () => delivered.reduce((a, b) => a + b, 0)
  for (const deadline = performance.now() + 5000; sum() < expected && performance.now() < deadline; ) await sleep(50)
  server.send({ measure: 'stop' })
  const serverElu = await nextMessage(server, (m) => m.elu as number | undefined)

  const reports = await Promise.all(
    workers.map((w) => {
      w.send({ report: true })
      return nextMessage(w, (m) => m.report as WorkerReport | undefined)
    }),
  )
  const all = new Float64Array(reports.reduce((n, r) => n + r.latencies.length, 0))
  let offset = 0
  for (const r of reports) {
    all.set(r.latencies, offset)
    offset += r.latencies.length
  }
  all.sort()
  const publishSorted = Float64Array.from(publishMs).sort()
  const result = {
    date: new Date().toISOString(),
    subscribers,
    rate,
    seconds,
    workers: workerCount,
    messages,
    publishFailures: failures.length,
    expectedDeliveries: expected,
    delivered: all.length,
    lost: expected - all.length,
    latencyMs: { p50: round(percentile(all, 50)), p95: round(percentile(all, 95)), p99: round(percentile(all, 99)), max: round(all[all.length - 1] ?? 0) },
    deliveriesPerSecond: Math.round(all.length / publishWindow),
    publishRoundTripMs: { p50: round(percentile(publishSorted, 50)), p99: round(percentile(publishSorted, 99)) },
    eventLoopBusy: { server: round(serverElu * 100) / 100, subscriberWorkers: reports.map((r) => round(r.elu * 100) / 100) },
    loadAverage: os.loadavg().map(round),
    cpus: os.cpus().length,
    node: process.version,
  }
  for (const w of workers) w.disconnect()
  server.disconnect()

  console.table({
    'latency p50 (ms)': result.latencyMs.p50,
    'latency p95 (ms)': result.latencyMs.p95,
    'latency p99 (ms)': result.latencyMs.p99,
    'latency max (ms)': result.latencyMs.max,
    'deliveries / s': result.deliveriesPerSecond,
    'delivered / expected': `${result.delivered} / ${expected}`,
    lost: result.lost,
    'publish round trip p50 / p99 (ms)': `${result.publishRoundTripMs.p50} / ${result.publishRoundTripMs.p99}`,
    'event loop busy: server': result.eventLoopBusy.server,
    'event loop busy: subscriber workers': result.eventLoopBusy.subscriberWorkers.join(', '),
    'load average (1, 5, 15 min)': result.loadAverage.join(', '),
  })
  console.log(result.latencyMs.p99 < BUDGET_P99_MS ? `p99 within the ${BUDGET_P99_MS} ms budget` : `p99 OVER the ${BUDGET_P99_MS} ms budget`)
  writeResult(fileURLToPath(new URL('./results/realtime-fanout.json', import.meta.url)), result)
  if (failures.length > 0) console.error(`Publish failures: ${[...new Set(failures)].join('; ')}`)
  process.exitCode = result.lost === 0 && failures.length === 0 ? 0 : 1
}

if (process.argv.includes('--serve')) await serveRealtime()
else if (process.argv.includes('--subscribe')) subscribe()
else await main()
