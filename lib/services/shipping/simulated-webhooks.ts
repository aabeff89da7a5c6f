import { randomUUID } from 'node:crypto'
import type { DbOrTx } from '@/db/client'
import { getEmbeddedRecord, insertEmbeddedRecord, listEmbeddedRecords, updateEmbeddedRecord } from '@/db/queries/embedded-records'
import { SHIPROCKET_TOKEN_HEADER } from './webhook'

/**
 * Sends the simulated courier's tracking webhooks the way Shiprocket does: a JSON POST with the
 * token in `x-api-key`, where only HTTP 200 counts as received. Every delivery and attempt is a
 * row (service 'shipping', kind 'webhook_delivery'); failures are retried with backoff, first in
 * process and, should the process stop, by the courier's clock tick. A lease taken under a row
 * lock means one attempt at a time per delivery, however many ticks run.
 */

export type WebhookAttempt = { at: string; status: number | null; error: string | null }

export type WebhookDelivery = {
  id: string
  awb: string
  url: string
  /** The exact JSON sent, so a resend repeats it byte for byte. */
  body: string
  state: 'pending' | 'delivered' | 'failed'
  attempts: WebhookAttempt[]
  /** When the next attempt may start (also the end of a running attempt's lease). */
  nextAttemptAt: string | null
  createdAt: string
}

export type WebhookSenderOptions = {
  db: () => DbOrTx
  url: string
  token: string
  fetch?: typeof fetch
  now?: () => Date
  /** Waits before the 2nd, 3rd … attempts; the delivery fails after the last. */
  retryDelaysMs?: readonly number[]
  timeoutMs?: number
  /** false leaves every retry to deliverDue (the clock tick), as a serverless host must. Default true. */
  retryInProcess?: boolean
  onError?: (error: unknown) => void
}

const KIND = { service: 'shipping', kind: 'webhook_delivery' } as const
export const DEFAULT_RETRY_DELAYS_MS = [10_000, 60_000, 300_000] as const
const LEASE_MS = 30_000

export class WebhookSender {
  private readonly inFlight = new Set<Promise<void>>()
  private readonly fetch: typeof fetch
  private readonly now: () => Date
  private readonly delays: readonly number[]

  constructor(private readonly options: WebhookSenderOptions) {
    this.fetch = options.fetch ?? globalThis.fetch
    this.now = options.now ?? (() => new Date())
    this.delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS
  }

  /** Records a delivery of `payload` for `awb` and starts sending it without waiting. */
  async enqueue(awb: string, payload: unknown): Promise<WebhookDelivery> {
    return this.enqueueBody(awb, JSON.stringify(payload))
  }

  async enqueueBody(awb: string, body: string): Promise<WebhookDelivery> {
    const delivery: WebhookDelivery = {
      id: randomUUID(),
      awb,
      url: this.options.url,
      body,
      state: 'pending',
      attempts: [],
      nextAttemptAt: this.now().toISOString(),
      createdAt: this.now().toISOString(),
    }
    await insertEmbeddedRecord(this.options.db(), { ...KIND, id: delivery.id }, delivery)
    this.track(this.run(delivery.id))
    return delivery
  }

  get(id: string): Promise<WebhookDelivery | null> {
    return getEmbeddedRecord<WebhookDelivery>(this.options.db(), { ...KIND, id })
  }

  /** Retries every pending delivery that is due and not leased; returns how many were attempted. */
  async deliverDue(now: Date): Promise<number> {
    const pending = await listEmbeddedRecords<WebhookDelivery>(this.options.db(), { ...KIND, field: { name: 'state', equals: 'pending' } })
    const due = pending.filter((d) => d.nextAttemptAt !== null && Date.parse(d.nextAttemptAt) <= now.getTime())
    await Promise.all(due.map((d) => this.attempt(d.id, now)))
    return due.length
  }

  /** Resolves once every send started here has finished, retries included (for tests and shutdown). */
  async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight])
  }

  private track(promise: Promise<void>): void {
    const tracked = promise.catch((error: unknown) => this.options.onError?.(error)).finally(() => this.inFlight.delete(tracked))
    this.inFlight.add(tracked)
  }

  private async run(id: string): Promise<void> {
    let due = this.now()
    for (;;) {
      const after = await this.attempt(id, due)
      if (after?.state !== 'pending' || after.nextAttemptAt === null || this.options.retryInProcess === false) return
      const next = Date.parse(after.nextAttemptAt)
      await sleep(Math.max(0, next - this.now().getTime()))
      // Having waited for it, the attempt is due whatever an injected clock says.
      due = new Date(Math.max(this.now().getTime(), next))
    }
  }

  /** One attempt if the delivery is due: lease it, POST, record the outcome. Returns the delivery as it stands. */
  private async attempt(id: string, now: Date): Promise<WebhookDelivery | null> {
    let leased = false
    const current = await updateEmbeddedRecord<WebhookDelivery>(this.options.db(), { ...KIND, id }, (d) => {
      if (d.state !== 'pending' || d.nextAttemptAt === null || Date.parse(d.nextAttemptAt) > now.getTime()) return null
      leased = true
      return { ...d, nextAttemptAt: new Date(now.getTime() + LEASE_MS).toISOString() }
    })
    if (!current || !leased) return current

    const outcome = await this.post(current)
    return updateEmbeddedRecord<WebhookDelivery>(this.options.db(), { ...KIND, id }, (d) => {
      const attempts = [...d.attempts, { at: now.toISOString(), ...outcome }]
      if (outcome.status === 200) return { ...d, attempts, state: 'delivered', nextAttemptAt: null }
      const wait = this.delays[attempts.length - 1]
      if (wait === undefined) return { ...d, attempts, state: 'failed', nextAttemptAt: null }
      return { ...d, attempts, nextAttemptAt: new Date(this.now().getTime() + wait).toISOString() }
    })
  }

  private async post(delivery: WebhookDelivery): Promise<{ status: number | null; error: string | null }> {
    try {
      const response = await this.fetch(delivery.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SHIPROCKET_TOKEN_HEADER]: this.options.token, 'user-agent': 'Haat-Simulated-Courier/1.0' },
        body: delivery.body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
        cache: 'no-store',
      })
      await response.body?.cancel()
      return { status: response.status, error: response.status === 200 ? null : `HTTP ${response.status}` }
    } catch (error) {
      return { status: null, error: (error as Error).message }
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.())
}
