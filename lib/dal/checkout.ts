import 'server-only'

import type { Db, DbOrTx } from '@/db/client'
import { loadCheckoutCatalog, type CheckoutCatalogRow, type CheckoutLineRequest } from '@/db/queries/checkout-catalog'
import { issueCodOtp } from '@/db/queries/cod-otp'
import { countUserRedemptions, findCouponByCode } from '@/db/queries/coupons'
import { CouponUnavailableError, OutOfStockError, placeOrderGroup, type PlacedOrderGroup } from '@/db/queries/place-order'
import { insertPayment } from '@/db/queries/payments'
import { transitionGroup } from '@/db/queries/order-transitions'
import { ActionError } from '@/lib/actions/errors'
import { getAddressForUser } from '@/lib/dal/addresses'
import { clearCartLines, getCartForCheckout } from '@/lib/dal/cart'
import { createGate } from '@/lib/domain/gate'
import { createStockHints } from '@/lib/domain/stock-hints'
import type { CouponInput } from '@/lib/domain/pricing'
import type { EmailService } from '@/lib/services/email'
import type { PaymentsService } from '@/lib/services/payments'
import type { ShippingService } from '@/lib/services/shipping'
import { buildQuote, MAX_LINE_QUANTITY, type CheckoutQuote } from './checkout-quote'
import { codOtpEmail } from './checkout-emails'

/** Unpaid orders give their stock back after this long (SPEC §3.6). */
export const PAYMENT_WINDOW_MS = 15 * 60 * 1000

export type CheckoutSource = { kind: 'cart' } | { kind: 'buy'; line: CheckoutLineRequest }

export type CheckoutDeps = { db: Db; shipping: ShippingService; payments: PaymentsService; email: EmailService; secret: string }

/** `/checkout?buy=<productId>:<variantId|->:<qty>[:<showId>]` → a buy-now line. */
export function parseBuyParam(value: string | undefined | null): CheckoutLineRequest | null {
  if (!value) return null
  const [productId, variant, qty, showId] = value.split(':')
  const uuid = /^[0-9a-f-]{36}$/i
  if (!productId || !uuid.test(productId)) return null
  const variantId = variant && variant !== '-' ? variant : null
  if (variantId && !uuid.test(variantId)) return null
  const quantity = Number(qty ?? '1')
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY) return null
  return { productId, variantId, quantity, showId: showId && uuid.test(showId) ? showId : null }
}

export async function checkoutRequests(db: DbOrTx, userId: string, source: CheckoutSource): Promise<CheckoutLineRequest[]> {
  if (source.kind === 'buy') return [source.line]
  const lines = await getCartForCheckout(db, { userId })
  return lines.map((l) => ({ ...l, quantity: Math.min(l.quantity, MAX_LINE_QUANTITY) }))
}

function toCouponInput(row: Awaited<ReturnType<typeof findCouponByCode>>): CouponInput | null {
  if (!row) return null
  return { ...row, kind: row.kind }
}

/** The checkout page's numbers, for an address (by PIN) and an optional coupon code. */
export async function quoteCheckout(
  deps: Pick<CheckoutDeps, 'db' | 'shipping'>,
  input: {
    userId: string
    source: CheckoutSource
    pin: string | null
    couponCode: string | null
    cod: boolean
    now?: Date
    /** Lines and their catalogue rows already read by the caller. */
    preloaded?: { requests: CheckoutLineRequest[]; rows: CheckoutCatalogRow[] }
  },
): Promise<CheckoutQuote> {
  const requests = input.preloaded?.requests ?? (await checkoutRequests(deps.db, input.userId, input.source))
  const code = input.couponCode?.trim().toUpperCase() || null
  const storeIds = async () =>
    input.preloaded ? [...new Set(input.preloaded.rows.map((r) => r.store.id))] : storeIdsOf(deps.db, requests)
  const coupon = code ? toCouponInput(await findCouponByCode(deps.db, { code, storeIds: await storeIds() })) : null
  const userRedemptions = coupon ? await countUserRedemptions(deps.db, { couponId: coupon.id, userId: input.userId }) : 0
  return buildQuote(deps.db, deps, {
    requests,
    pin: input.pin,
    cod: input.cod,
    coupon,
    couponCode: code,
    userRedemptions,
    now: input.now ?? new Date(),
    rows: input.preloaded?.rows,
  })
}

async function storeIdsOf(db: DbOrTx, requests: readonly CheckoutLineRequest[]): Promise<string[]> {
  return [...new Set((await loadCheckoutCatalog(db, requests)).map((r) => r.store.id))]
}

export type PlaceCheckoutInput = {
  userId: string
  buyerEmail: string | null
  source: CheckoutSource
  addressId: string
  couponCode: string | null
  method: 'upi' | 'card' | 'netbanking' | 'cod'
  now?: Date
}

export type PlacedCheckout = PlacedOrderGroup & {
  payment: { provider: 'razorpay' | 'simulated'; keyId: string; gatewayOrderId: string; amountPaise: number } | null
  cod: { otpSentTo: string | null } | null
}

/**
 * Places the order group: re-prices everything on the server, checks delivery and COD for the
 * address, writes the orders and reserves stock in one transaction, then opens the payment with
 * the gateway (prepaid) or sends the COD confirmation code. The browser's numbers are ignored.
 */
export async function placeCheckout(deps: CheckoutDeps, input: PlaceCheckoutInput): Promise<PlacedCheckout> {
  refuseKnownSoldOut(input.source)
  return checkoutGate.run(() => placeCheckoutNow(deps, input))
}

/**
 * Checkouts admitted at once per server process, a little above the database pool's ten
 * connections: a burst then drains at full speed instead of every checkout queueing for a
 * connection on each of its queries (bench/README.md, "Checkout").
 */
const checkoutGate = createGate(12)

/** Sold-out sightings, so a live drop's late buyers are answered without a round trip (lib/domain/stock-hints.ts). */
const stockHints = createStockHints({ ttlMs: 1_000 })

function refuseKnownSoldOut(source: CheckoutSource) {
  if (source.kind !== 'buy') return
  const hint = stockHints.tooFew(source.line, source.line.quantity)
  if (hint) throw soldOut(hint.title, hint.maxStock)
}

function soldOut(title: string, left: number): ActionError {
  const message =
    left <= 0 ? `${title} just sold out.` : `Only ${left} of ${title} left — lower the quantity to continue.`
  return new ActionError('conflict', message, { lines: [left <= 0 ? `${title} is out of stock` : message] })
}

async function placeCheckoutNow(deps: CheckoutDeps, input: PlaceCheckoutInput): Promise<PlacedCheckout> {
  const { db } = deps
  const now = input.now ?? new Date()
  // Again after the wait at the gate: the line may have sold out meanwhile.
  refuseKnownSoldOut(input.source)
  const requests = await checkoutRequests(db, input.userId, input.source)
  const [address, rows] = await Promise.all([
    getAddressForUser(db, { userId: input.userId, addressId: input.addressId }),
    loadCheckoutCatalog(db, requests),
  ])
  if (!address) throw new ActionError('invalid_input', 'Choose a delivery address.', { addressId: ['Choose a delivery address.'] })

  const cod = input.method === 'cod'
  const quote = await quoteCheckout(deps, {
    userId: input.userId,
    source: input.source,
    pin: address.pin,
    couponCode: input.couponCode,
    cod,
    now,
    preloaded: { requests, rows },
  })
  for (const line of quote.lines) if (line.row) stockHints.saw(line, line.row.stock, line.row.title)
  const problem = quote.lines.find((l) => l.issue !== null)
  if (problem) throw new ActionError('conflict', problem.message ?? 'Some items need attention.', { lines: [problem.message ?? ''] })
  if (!quote.priced) throw new ActionError('invalid_input', 'Your bag is empty.')
  if (quote.priced.couponRejection)
    throw new ActionError('invalid_input', quote.priced.couponRejection.message, { couponCode: [quote.priced.couponRejection.message] })
  const undeliverable = quote.delivery?.find((d) => !d.serviceable)
  if (undeliverable && !undeliverable.serviceable)
    throw new ActionError('invalid_input', undeliverable.reason, { addressId: [undeliverable.reason] })
  if (cod && !quote.codAvailable)
    throw new ActionError('invalid_input', quote.codReason ?? 'Cash on delivery is not available for this order.', { method: [quote.codReason ?? ''] })

  const coupon = quote.priced.coupon ? await findCouponByCode(db, { code: quote.priced.coupon.code, storeIds: quote.priced.stores.map((s) => s.storeId) }) : null
  const groupId = crypto.randomUUID()
  const totalPaise = quote.priced.totalPaise
  // The gateway order is opened while the stock is reserved rather than after: one round trip
  // less for every buyer (a whole Razorpay call in production). When the shelf refuses the
  // order, the unused gateway order is never shown to anyone and lapses unpaid.
  const gatewayOrder = cod
    ? null
    : deps.payments.createOrder({ amountPaise: totalPaise, receipt: groupId.slice(0, 40), notes: { group_id: groupId } }).then(
        (order) => ({ ok: true as const, order }),
        (error: unknown) => ({ ok: false as const, error }),
      )
  let placed: PlacedOrderGroup
  try {
    // One statement: orders, items, events, coupon and stock together, or nothing (see placeOrderGroup).
    placed = await placeOrderGroup(db, {
      groupId,
      buyerId: input.userId,
      priced: quote.priced,
      address: { name: address.name, phone: address.phone, line1: address.line1, line2: address.line2, landmark: address.landmark, city: address.city, state: address.state, pin: address.pin },
      paymentMethod: input.method,
      expiresAt: new Date(now.getTime() + PAYMENT_WINDOW_MS),
      couponPerUserLimit: coupon?.perUserLimit ?? null,
      now,
    })
  } catch (error) {
    if (error instanceof OutOfStockError) stockHints.refused(error.line, error.line.quantity, error.line.title)
    if (error instanceof OutOfStockError)
      throw new ActionError('conflict', `${error.line.title} just sold out in the quantity you chose. Lower the quantity or remove it to continue.`, {
        lines: [`${error.line.title} is out of stock`],
      })
    if (error instanceof CouponUnavailableError)
      throw new ActionError('invalid_input', `${error.code} can't be used any more. Remove it to continue.`, { couponCode: [`${error.code} is no longer available.`] })
    throw error
  }
  if (input.source.kind === 'cart') {
    const bought = quote.priced.stores.flatMap((s) => s.lines.map((l) => ({ productId: l.productId, variantId: l.variantId })))
    await clearCartLines(db, { userId: input.userId, lines: bought }).catch((error) => console.error('[checkout] could not clear the bag', error))
  }

  if (!gatewayOrder) {
    const code = await issueCodOtp(db, { groupId: placed.groupId, buyerId: input.userId, secret: deps.secret, now })
    if (code && input.buyerEmail) await sendCodOtp(deps.email, input.buyerEmail, code, placed)
    return { ...placed, payment: null, cod: { otpSentTo: input.buyerEmail } }
  }

  try {
    const opened = await gatewayOrder
    if (!opened.ok) throw opened.error
    await insertPayment(db, { groupId: placed.groupId, provider: deps.payments.provider, providerOrderId: opened.order.id, amountPaise: totalPaise, method: input.method })
    const config = deps.payments.publicConfig()
    return { ...placed, payment: { provider: config.provider, keyId: config.keyId, gatewayOrderId: opened.order.id, amountPaise: totalPaise }, cod: null }
  } catch (error) {
    console.error('[checkout] payment gateway refused the order', error)
    await db.transaction((tx) =>
      transitionGroup(tx, { groupId: placed.groupId, to: 'cancelled', actor: 'system', actorId: null, onlyFrom: ['pending_payment'], note: 'Payment gateway unavailable' }),
    )
    throw new ActionError('server_error', "We couldn't reach the payment gateway, so nothing was charged and your items are back in stock. Try again in a minute.")
  }
}

async function sendCodOtp(email: EmailService, to: string, code: string, placed: PlacedOrderGroup) {
  try {
    await email.send({ to, ...codOtpEmail({ code, orderNumbers: placed.orders.map((o) => o.number), totalPaise: placed.totalPaise }), tag: 'cod-otp' })
  } catch (error) {
    console.error('[checkout] could not send the COD code', error)
  }
}
