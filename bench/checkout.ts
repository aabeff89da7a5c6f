// `npm run bench:checkout -- --pg postgres://postgres@127.0.0.1:5432/haat_bench_checkout [--buyers 500] [--stock 50]`
// Places `--buyers` concurrent checkouts through the real checkout path (lib/dal/checkout.ts:
// catalogue read, server pricing, courier quote, one transaction with conditional stock
// reservation, gateway order on the simulated Razorpay), then pays each placed order through the
// simulated gateway and applies the capture as the webhook does. Two rounds: a hot product with
// `--stock` units (oversell check), and the same load with stock for everyone (throughput).
// Prints a table and writes bench/results/checkout-<driver>.json. The --pg database is dropped
// and created afresh (local hosts only).
import os from 'node:os'
import { eq } from 'drizzle-orm'
import type { Db } from '@/db/client'
import { addresses, products } from '@/db/schema'
import { placeCheckout, type CheckoutDeps } from '@/lib/dal/checkout'
import { applyCapture, type PaymentDeps } from '@/lib/dal/payments'
import type { OrderNotice } from '@/lib/notifications/order-events'
import { createOrderNotifier } from '@/lib/notifications/order-notifier'
import { createSimulatedPayments } from '@/lib/services/payments/simulated'
import { createSimulatedShipping } from '@/lib/services/shipping/simulated'
import { catalogFixtures } from '@/tests/support/catalog-fixtures'
import { withBenchDatabase } from './support/bench-db'
import { writeResult } from './support/server'

type Args = { pg: string; buyers: number; stock: number; clients: number[] }

function parseArgs(argv: string[]): Args {
  const value = (name: string) => {
    const i = argv.indexOf(name)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const url = value('--pg')
  if (!url) throw new Error('--pg postgres://…/<database> is required: concurrency needs a real PostgreSQL')
  const buyers = Number(value('--buyers') ?? 500)
  const clients = (value('--clients') ?? `${buyers},20`).split(',').map(Number)
  return { pg: url, buyers, stock: Number(value('--stock') ?? 50), clients }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
const ms = (n: number) => Math.round(n * 10) / 10

type Round = { label: string; clients: number; attempts: number; placed: number; paid: number; stockLeft: number; oversold: number; checkoutsPerSecond: number; p50: number; p95: number; max: number; payP95: number }

/**
 * `clients` buyers check out at once, each taking the next buyer when done (clients = buyers is
 * a burst of simultaneous checkouts; fewer is a steady load). Latency is per checkout, from call
 * to return, so a burst's figures include the wait for one of the pool's connections.
 */
async function round(
  db: Db,
  deps: CheckoutDeps & Pick<PaymentDeps, 'notify'>,
  gateway: ReturnType<typeof createSimulatedPayments>,
  label: string,
  buyers: { userId: string; addressId: string }[],
  stock: number,
  clients: number,
): Promise<Round> {
  const f = catalogFixtures(db)
  const store = await f.store()
  const product = await f.product(store.id, { stock, pricePaise: 49_900, weightGrams: 400 })
  const latencies: number[] = []
  const started = performance.now()
  const queue = [...buyers]
  const results: (Awaited<ReturnType<typeof placeCheckout>> | null)[] = []
  const one = async (b: { userId: string; addressId: string }) => {
      const t0 = performance.now()
      try {
        const placed = await placeCheckout(deps, {
          userId: b.userId,
          buyerEmail: null,
          source: { kind: 'buy', line: { productId: product.id, variantId: null, quantity: 1, showId: null } },
          addressId: b.addressId,
          couponCode: null,
          method: 'upi',
        })
        return placed
      } catch {
        return null
      } finally {
        latencies.push(performance.now() - t0)
      }
  }
  await Promise.all(
    Array.from({ length: Math.min(clients, buyers.length) }, async () => {
      for (let b = queue.shift(); b; b = queue.shift()) results.push(await one(b))
    }),
  )
  const elapsed = (performance.now() - started) / 1000
  const placed = results.filter((r) => r !== null)

  const payLatencies: number[] = []
  await Promise.all(
    placed.map(async (p) => {
      const t0 = performance.now()
      const paid = await gateway.completePayment({ orderId: p.payment!.gatewayOrderId, outcome: 'success', method: 'upi', vpa: 'success@razorpay' })
      await applyCapture(deps, { providerOrderId: p.payment!.gatewayOrderId, providerPaymentId: paid.payment.id, amountPaise: paid.payment.amountPaise, method: 'upi' })
      payLatencies.push(performance.now() - t0)
    }),
  )
  const [row] = await db.select({ stock: products.stock, sold: products.soldCount }).from(products).where(eq(products.id, product.id))
  latencies.sort((a, b) => a - b)
  payLatencies.sort((a, b) => a - b)
  return {
    label,
    clients,
    attempts: buyers.length,
    placed: placed.length,
    paid: row?.sold ?? 0,
    stockLeft: row?.stock ?? -1,
    oversold: Math.max(0, (row?.sold ?? 0) - stock) + (row && row.stock < 0 ? -row.stock : 0),
    checkoutsPerSecond: Math.round((buyers.length / elapsed) * 10) / 10,
    p50: ms(percentile(latencies, 50)),
    p95: ms(percentile(latencies, 95)),
    max: ms(latencies.at(-1) ?? 0),
    payP95: ms(percentile(payLatencies, 95)),
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  await withBenchDatabase(args.pg, async (handle) => {
    const db = handle.db
    const gateway = createSimulatedPayments({
      db,
      keyId: 'rzp_test_bench',
      keySecret: 'bench-key-secret',
      webhookSecret: 'bench-webhook-secret',
      appUrl: 'http://127.0.0.1:9',
      retryDelaysMs: [],
      // Webhooks are applied in-process below (applyCapture), as the route would.
      fetch: async () => new Response('{}', { status: 200 }),
      log: () => undefined,
    })
    const deps: CheckoutDeps = {
      db,
      payments: gateway,
      shipping: createSimulatedShipping({ db, appUrl: 'http://127.0.0.1:9', webhookToken: 'bench', fetch: async () => new Response('{}') }),
      email: { send: async () => ({ id: 'bench' }) },
      secret: 'bench-secret',
    }
    // Captures tell the buyer and the store, as in the app (in-app rows and an email each).
    const notifier = createOrderNotifier({ email: { send: async () => ({ id: 'bench' }) }, appUrl: 'http://127.0.0.1:9' })
    const payDeps = { ...deps, notify: async (d: Db, notice: OrderNotice) => void (await notifier(d, notice)) }
    const f = catalogFixtures(db)
    console.log(`creating ${args.buyers} buyers with addresses…`)
    const buyers: { userId: string; addressId: string }[] = []
    for (let i = 0; i < args.buyers; i++) {
      const userId = await f.user(`Buyer ${i}`)
      const [address] = await db
        .insert(addresses)
        .values({ userId, name: `Buyer ${i}`, phone: '+919876543210', line1: '1 MG Road', city: 'Bengaluru', state: 'Karnataka', pin: '560001', isDefault: true })
        .returning({ id: addresses.id })
      buyers.push({ userId, addressId: address!.id })
    }
    // Warm-up, not measured: JIT, the pool's connections and their prepared statements. A server
    // taking a live drop has been serving for a while; the first calls of a fresh process are not
    // what a buyer in that drop meets.
    console.log('warming up…')
    await round(db, payDeps, gateway, 'warm-up', buyers.slice(0, 40), 40, 10)
    const rounds: Round[] = []
    for (const clients of args.clients) {
      rounds.push(await round(db, payDeps, gateway, `hot product, ${args.stock} in stock`, buyers, args.stock, clients))
      rounds.push(await round(db, payDeps, gateway, `stock for everyone`, buyers, args.buyers * 2, clients))
    }
    console.log(`\n${args.buyers} checkouts on PostgreSQL (pool of 10 connections), ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)}`)
    console.table(rounds.map((r) => ({ round: r.label, clients: r.clients, attempts: r.attempts, placed: r.placed, paid: r.paid, 'stock left': r.stockLeft, oversold: r.oversold, 'checkouts/s': r.checkoutsPerSecond, 'p50 ms': r.p50, 'p95 ms': r.p95, 'max ms': r.max, 'pay p95 ms': r.payP95 })))
    writeResult('bench/results/checkout-pg.json', { args: { buyers: args.buyers, stock: args.stock }, cores: os.cpus().length, loadavg: os.loadavg(), rounds })
    if (rounds.some((r) => r.oversold > 0)) process.exitCode = 1
  })
}

await main()
