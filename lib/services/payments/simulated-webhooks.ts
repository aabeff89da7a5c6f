import type { DbOrTx } from '@/db/client'
import { getEmbeddedRecord, insertEmbeddedRecord, listEmbeddedRecords, updateEmbeddedRecord } from '@/db/queries/embedded-records'
import { gatewayId, webhookSignature } from './signatures'

export const SERVICE = 'payments'
const KIND = 'webhook_delivery'

export type DeliveryAttempt = {
  /** ISO 8601. */
  at: string
  /** The receiver's HTTP status, or null when it could not be reached. */
  status: number | null
  error: string | null
  durationMs: number
  manual: boolean
}

export type WebhookDelivery = {
  /** The event id, sent as X-Razorpay-Event-Id; the same on every attempt and resend. */
  id: string
  event: string
  url: string
  /** The exact body sent (and signed). */
  body: string
  status: 'pending' | 'delivered' | 'failed'
  attempts: DeliveryAttempt[]
  order_id: string | null
  payment_id: string | null
  createdAt: string
  nextAttemptAt: string | null
}

export type WebhookSenderOptions = {
  db: () => DbOrTx
  url: string
  webhookSecret: string
  /** Waits before each automatic retry; its length is the number of retries. */
  retryDelaysMs: readonly number[]
  timeoutMs: number
  fetch: typeof fetch
  log: (message: string) => void
}

// Razorpay retries with exponential backoff for 24 hours; a laptop needs only a few minutes of it.
export const DEFAULT_RETRY_DELAYS_MS = [2_000, 10_000, 60_000, 300_000] as const

/**
 * Delivers the simulated gateway's webhooks the way Razorpay does: POST with the exact JSON body,
 * X-Razorpay-Signature (HMAC of those bytes) and X-Razorpay-Event-Id, after the gateway's state
 * is committed; any non-2xx or network error is retried with backoff; every attempt is recorded.
 */
export class WebhookSender {
  private readonly inFlight = new Set<Promise<unknown>>()
  private readonly timers = new Set<NodeJS.Timeout>()
  private lastStamp = 0

  constructor(private readonly options: WebhookSenderOptions) {}

  /** Records an event (inside the caller's transaction) without sending it yet. */
  async record(tx: DbOrTx, event: string, body: string, refs: { orderId: string | null; paymentId: string | null }): Promise<string> {
    const id = gatewayId('')
    const delivery: WebhookDelivery = {
      id,
      event,
      url: this.options.url,
      body,
      status: 'pending',
      attempts: [],
      order_id: refs.orderId,
      payment_id: refs.paymentId,
      createdAt: this.stamp(),
      nextAttemptAt: new Date().toISOString(),
    }
    await insertEmbeddedRecord(tx, { service: SERVICE, kind: KIND, id }, delivery)
    return id
  }

  /** Sends recorded events in order, after `delayMs`; call once their transaction has committed. */
  dispatch(ids: readonly string[], delayMs = 0): void {
    this.later(delayMs, async () => {
      for (const id of ids) await this.attempt(id, { manual: false })
    })
  }

  /** One more attempt of a recorded delivery, now, with the same event id and body. */
  async resend(id: string): Promise<WebhookDelivery | null> {
    const found = await getEmbeddedRecord<WebhookDelivery>(this.options.db(), { service: SERVICE, kind: KIND, id })
    if (!found) return null
    return this.track(this.attempt(id, { manual: true }))
  }

  async get(id: string): Promise<WebhookDelivery | null> {
    return getEmbeddedRecord<WebhookDelivery>(this.options.db(), { service: SERVICE, kind: KIND, id })
  }

  /** Newest first. */
  async list(filter: { orderId?: string; limit?: number } = {}): Promise<WebhookDelivery[]> {
    const limit = filter.limit ?? 50
    // A little extra, so the events of one transaction (which share a row time) stay together.
    const rows = await listEmbeddedRecords<WebhookDelivery>(this.options.db(), {
      service: SERVICE,
      kind: KIND,
      field: filter.orderId ? { name: 'order_id', equals: filter.orderId } : undefined,
      limit: limit + 5,
      newestFirst: true,
    })
    return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit)
  }

  // Rows written in one transaction share the database's now(); the documents' own strictly
  // increasing stamps keep an event's deliveries in the order they were raised.
  private stamp(): string {
    this.lastStamp = Math.max(Date.now(), this.lastStamp + 1)
    return new Date(this.lastStamp).toISOString()
  }

  /** Resolves once nothing is being sent or waiting to be retried (for tests and shutdown). */
  async whenIdle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight])
  }

  /** Drops scheduled retries; their deliveries stay recorded as pending. */
  stop(): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }

  /** Runs `task` after `delayMs`, tracked so whenIdle() waits for it. */
  later(delayMs: number, task: () => Promise<unknown>): void {
    const done = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer)
        task()
          .catch((error: unknown) => this.options.log(`[payments] simulated gateway task failed: ${String(error)}`))
          .finally(resolve)
      }, delayMs)
      timer.unref?.()
      this.timers.add(timer)
    })
    this.track(done)
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight.add(promise)
    void promise.finally(() => this.inFlight.delete(promise)).catch(() => undefined)
    return promise
  }

  private async attempt(id: string, { manual }: { manual: boolean }): Promise<WebhookDelivery | null> {
    const key = { service: SERVICE, kind: KIND, id }
    const delivery = await getEmbeddedRecord<WebhookDelivery>(this.options.db(), key)
    if (!delivery) return null
    // A manual resend may have delivered it while an automatic retry was waiting.
    if (!manual && delivery.status === 'delivered') return delivery
    const started = Date.now()
    let status: number | null = null
    let error: string | null = null
    try {
      const response = await this.options.fetch(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Razorpay-Webhook/v1 (Haat simulated gateway)',
          'x-razorpay-event-id': delivery.id,
          'x-razorpay-signature': webhookSignature(delivery.body, this.options.webhookSecret),
        },
        body: delivery.body,
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'manual',
      })
      status = response.status
      await response.body?.cancel().catch(() => undefined)
      if (status < 200 || status >= 300) error = `HTTP ${status}`
    } catch (caught) {
      error = (caught as Error).message
    }
    const attempt: DeliveryAttempt = { at: new Date(started).toISOString(), status, error, durationMs: Date.now() - started, manual }
    const automaticSoFar = delivery.attempts.filter((a) => !a.manual).length + (manual ? 0 : 1)
    const retryIn = error && !manual ? this.options.retryDelaysMs[automaticSoFar - 1] : undefined
    const nextAttempt = (current: string | null): string | null => {
      if (error === null) return null
      if (manual) return current
      return retryIn === undefined ? null : new Date(Date.now() + retryIn).toISOString()
    }
    const next = await updateEmbeddedRecord<WebhookDelivery>(this.options.db(), key, (current) => ({
      ...current,
      attempts: [...current.attempts, attempt],
      // A manual resend that works marks the event delivered; one that fails leaves the state alone.
      status: error === null ? 'delivered' : manual ? current.status : retryIn === undefined ? 'failed' : 'pending',
      nextAttemptAt: nextAttempt(current.nextAttemptAt),
    }))
    if (error) {
      this.options.log(`[payments] webhook ${delivery.event} ${delivery.id} to ${delivery.url} failed: ${error}${retryIn === undefined ? '' : `; retrying in ${retryIn} ms`}`)
      if (retryIn !== undefined) this.later(retryIn, () => this.attempt(id, { manual: false }))
    }
    return next
  }
}
