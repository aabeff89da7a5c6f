// `npm run bench:chat [-- --subscribers 200 --users 50 --rate 20 --seconds 15 --workers 1 --pg postgres://…/<db>]`
// Chat send-to-receive latency through the real chat action: `sendChatSchema` and
// `sendMessage(liveDeps, …)` wrapped by `userAction` from createActionClients (as in
// components/live/actions.ts), so input validation, the sanction check, the chat rate limit
// (RATE_LIMITS.chat on the memory kv), the blocked-word check, the insert and the publish through
// the `pusher` SDK to the embedded realtime server are all measured. `--users` viewers take turns
// sending `--rate` messages a second for `--seconds` on a fixed schedule; `--subscribers` pusher-js
// clients (in `--workers` child processes) on the show channel timestamp every delivery. Per
// message: call → action returned, and call → the last subscriber received it. The database is
// PGlite in memory, or the PostgreSQL database named by --pg (dropped and created afresh).
// Writes bench/results/chat-latency-<driver>.json.
import { AsyncLocalStorage } from 'node:async_hooks'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import type { ActionUser } from '@/lib/actions/create-action-clients'
import { kvRateLimitCheck } from '@/lib/actions/kv-rate-limit'
import { sendMessage } from '@/lib/dal/live/chat'
import type { LiveDeps } from '@/lib/dal/live/deps'
import { liveSetting } from '@/lib/dal/live/test-fixtures'
import { channels } from '@/lib/live/channels'
import { createMemoryKv } from '@/lib/services/kv/memory'
import { RATE_LIMITS } from '@/lib/services/kv/rate-limit'
import { createEmbeddedRealtime } from '@/lib/services/realtime/embedded'
import { sendChatSchema } from '@/lib/validations/live'
import { aliasServerNavigation, withBenchDatabase } from './support/bench-db'
import { benchApp, busyMeter, clock, forkRole, nextMessage, tagBody, type SubscribeJob, type SubscribeReport } from './support/chat-processes'
import { writeResult } from './support/server'

const BUDGET_P99_MS = 100
const BODY = 'Is the mustard Chanderi available in a longer length? The zari border looks lovely 😍'

const round = (n: number) => Math.round(n * 10) / 10
const share = (n: number) => Math.round(n * 100) / 100
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0
const summary = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b)
  return { p50: round(percentile(s, 50)), p95: round(percentile(s, 95)), p99: round(percentile(s, 99)), max: round(s.at(-1) ?? 0) }
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number`)
  return value
}

async function main() {
  const subscribers = arg('subscribers', 200)
  const users = arg('users', 50)
  const rate = arg('rate', 20)
  const seconds = arg('seconds', 15)
  const workerCount = Math.min(arg('workers', 1), subscribers)
  const pgIndex = process.argv.indexOf('--pg')
  const pgUrl = pgIndex >= 0 ? process.argv[pgIndex + 1] : undefined
  const messages = rate * seconds
  // Each viewer sends every users/rate seconds; more than the limit a window means refusals.
  const perWindow = (rate * RATE_LIMITS.chat.windowSeconds) / users
  if (perWindow > RATE_LIMITS.chat.limit)
    console.warn(`Each viewer would send ${round(perWindow)} messages per ${RATE_LIMITS.chat.windowSeconds} s, over the chat limit of ${RATE_LIMITS.chat.limit}: expect refusals`)

  aliasServerNavigation()
  const { createActionClients } = await import('@/lib/actions/create-action-clients')

  const server = forkRole('--serve')
  const workers: ReturnType<typeof forkRole>[] = []
  try {
    const port = await nextMessage(server, (m) => m.port as number | undefined)
    await withBenchDatabase(pgUrl, async (handle) => {
      const db = handle.db
      const s = await liveSetting(db)
      const viewers: ActionUser[] = []
      for (let i = 0; i < users; i++) {
        const id = await s.f.user(`Viewer ${i}`)
        viewers.push({ id, name: `Viewer ${i}`, email: null, phone: null, role: 'user' })
      }
      const channel = channels.show(s.show.id)
      console.log(`${handle.driver}; realtime server on 127.0.0.1:${port}; ${subscribers} subscribers in ${workerCount} processes; ${users} viewers sending ${rate} messages/s for ${seconds} s`)

      // The app's action client, with the signed-in user coming from a per-call context as a
      // request's session would.
      const kv = createMemoryKv()
      const publishFailures: string[] = []
      const serverErrors: string[] = []
      const deps: LiveDeps = {
        db,
        kv,
        realtime: createEmbeddedRealtime({ ...benchApp, port }),
        logError: (message, error) => void publishFailures.push(`${message}: ${String(error)}`),
      }
      const session = new AsyncLocalStorage<ActionUser>()
      const { userAction } = createActionClients({
        getUser: async () => session.getStore() ?? null,
        getMembership: async () => null,
        checkRateLimit: kvRateLimitCheck(() => kv),
        getClientIp: async () => '127.0.0.1',
        logError: (error) => void serverErrors.push(String(error)),
      })
      const sendChat = userAction(sendChatSchema, (input, { user }) => sendMessage(deps, { userId: user.id }, input))

      const connectStarted = performance.now()
      workers.push(...Array.from({ length: workerCount }, () => forkRole('--subscribe')))
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

      // Warm-up: the show's own host, moderator and viewers, so the measured viewers' limits are untouched.
      for (const id of [s.host, s.moderator, s.viewer, s.other])
        await session.run({ id, name: null, email: null, phone: null, role: 'user' }, () => sendChat({ showId: s.show.id, body: 'warming up' }))

      const sentAt = new Float64Array(messages)
      const returnedAt = new Float64Array(messages)
      const ok = new Uint8Array(messages)
      const refusals: Record<string, number> = {}
      const pending: Promise<void>[] = []
      const mainBusy = busyMeter()
      server.send({ measure: 'start' })
      await nextMessage(server, (m) => m.elu as number | undefined)
      const started = performance.now()
      for (let seq = 0; seq < messages; seq++) {
        // A fixed schedule, so one slow send does not lower the rate.
        const wait = started + (seq * 1000) / rate - performance.now()
        if (wait > 0) await sleep(wait)
        const user = viewers[seq % users]!
        sentAt[seq] = clock()
        pending.push(
          session.run(user, async () => {
            const result = await sendChat({ showId: s.show.id, body: tagBody(seq, BODY) })
            returnedAt[seq] = clock()
            if (result.ok) ok[seq] = 1
            else refusals[result.code] = (refusals[result.code] ?? 0) + 1
          }),
        )
      }
      await Promise.all(pending)
      const sendWindow = (performance.now() - started) / 1000
      const accepted = messages - Object.values(refusals).reduce((a, b) => a + b, 0)
      const expected = accepted * subscribers
      const sum = () => delivered.reduce((a, b) => a + b, 0)
      for (const deadline = performance.now() + 5000; sum() < expected && performance.now() < deadline; ) await sleep(50)
      server.send({ measure: 'stop' })
      const serverElu = await nextMessage(server, (m) => m.elu as number | undefined)
      const mainElu = mainBusy()
      const reports = await Promise.all(
        workers.map((w) => {
          w.send({ report: true })
          return nextMessage(w, (m) => m.report as SubscribeReport | undefined)
        }),
      )

      const actionMs: number[] = []
      const everyoneMs: number[] = []
      const firstMs: number[] = []
      let deliveries = 0
      for (let seq = 0; seq < messages; seq++) {
        if (ok[seq]) actionMs.push(returnedAt[seq]! - sentAt[seq]!)
        const count = reports.reduce((n, r) => n + r.counts[seq]!, 0)
        deliveries += count
        if (count === 0) continue
        firstMs.push(Math.min(...reports.filter((r) => r.counts[seq]! > 0).map((r) => r.first[seq]!)) - sentAt[seq]!)
        if (count === subscribers) everyoneMs.push(Math.max(...reports.map((r) => r.last[seq]!)) - sentAt[seq]!)
      }
      const result = {
        date: new Date().toISOString(),
        database: handle.driver,
        subscribers,
        users,
        rate,
        seconds,
        workers: workerCount,
        messages,
        accepted,
        refusals,
        serverErrors: serverErrors.length,
        publishFailures: publishFailures.length,
        expectedDeliveries: expected,
        delivered: deliveries,
        lostDeliveries: expected - deliveries,
        messagesNotSeenByEveryone: accepted - everyoneMs.length,
        messagesPerSecond: round(accepted / sendWindow),
        actionMs: summary(actionMs),
        firstSubscriberMs: summary(firstMs),
        everySubscriberMs: summary(everyoneMs),
        eventLoopBusy: { sender: share(mainElu), server: share(serverElu), subscriberWorkers: reports.map((r) => share(r.elu)) },
        loadAverage: os.loadavg().map(round),
        cpus: os.cpus().length,
        node: process.version,
      }

      console.table({
        'action returned': result.actionMs,
        'first subscriber received': result.firstSubscriberMs,
        'every subscriber received': result.everySubscriberMs,
      })
      console.table({
        'messages sent / accepted': `${messages} / ${accepted}`,
        'messages / s': result.messagesPerSecond,
        refusals: JSON.stringify(refusals),
        'server errors / publish failures': `${result.serverErrors} / ${result.publishFailures}`,
        'delivered / expected': `${deliveries} / ${expected}`,
        'messages not seen by everyone': result.messagesNotSeenByEveryone,
        'event loop busy: sender, server': `${result.eventLoopBusy.sender}, ${result.eventLoopBusy.server}`,
        'event loop busy: subscriber workers': result.eventLoopBusy.subscriberWorkers.join(', '),
        'load average (1, 5, 15 min)': result.loadAverage.join(', '),
      })
      const p99 = result.everySubscriberMs.p99
      console.log(p99 < BUDGET_P99_MS ? `send-to-receive p99 within the ${BUDGET_P99_MS} ms budget` : `send-to-receive p99 OVER the ${BUDGET_P99_MS} ms budget`)
      writeResult(fileURLToPath(new URL(`./results/chat-latency-${handle.driver}.json`, import.meta.url)), result)
      for (const message of new Set([...serverErrors, ...publishFailures])) console.error(message)
      const clean = accepted === messages && result.lostDeliveries === 0 && serverErrors.length === 0 && publishFailures.length === 0
      process.exitCode = clean ? 0 : 1
    })
  } finally {
    for (const w of workers) w.disconnect()
    server.disconnect()
  }
}

await main()
