'use server'

import { and, eq } from 'drizzle-orm'
import { revalidatePath } from 'next/cache'
import { after } from 'next/server'
import { orderGroups, orders } from '@/db/schema'
import { checkCodOtp, issueCodOtp } from '@/db/queries/cod-otp'
import { latestPaymentForGroup } from '@/db/queries/payments'
import { transitionGroup } from '@/db/queries/order-transitions'
import { ActionError, userAction } from '@/lib/actions/safe-action'
import { appDeps } from '@/lib/dal/app-deps'
import { parseBuyParam, placeCheckout, type CheckoutSource } from '@/lib/dal/checkout'
import { codOtpEmail } from '@/lib/dal/checkout-emails'
import { liveDeps } from '@/lib/dal/live/app-deps'
import { announceLiveStock } from '@/lib/dal/live/purchase'
import { applyFailure, confirmCheckoutPayment, reconcileGatewayOrder } from '@/lib/dal/payments'
import { RATE_LIMITS } from '@/lib/services/kv'
import { codOtpSchema, confirmPaymentSchema, groupRefSchema, placeOrderSchema } from '@/lib/validations/checkout'

const checkoutLimit = { name: 'checkout', ...RATE_LIMITS.checkout }
const otpLimit = { name: 'cod-otp', ...RATE_LIMITS.codOtp }

function sourceOf(value: string): CheckoutSource {
  if (value === 'cart') return { kind: 'cart' }
  const line = parseBuyParam(value)
  if (!line) throw new ActionError('invalid_input', 'This buy-now link is broken. Go back to the product and try again.')
  return { kind: 'buy', line }
}

/** Places the orders and opens the payment (or sends the COD code). Prices are the server's. */
export const placeOrderAction = userAction(
  placeOrderSchema,
  async (input, { user }) => {
    const placed = await placeCheckout(appDeps(), {
      userId: user.id,
      buyerEmail: user.email ?? null,
      source: sourceOf(input.source),
      addressId: input.addressId,
      couponCode: input.couponCode ?? null,
      method: input.method,
    })
    revalidatePath('/cart')
    const source = sourceOf(input.source)
    if (source.kind === 'buy' && source.line.showId) {
      const showId = source.line.showId
      after(() => announceLiveStock(liveDeps(), showId, [source.line.productId]).catch((error) => console.error('[live] stock update failed', error)))
    }
    return {
      groupId: placed.groupId,
      totalPaise: placed.totalPaise,
      orderNumbers: placed.orders.map((o) => o.number),
      payment: placed.payment,
      cod: placed.cod,
    }
  },
  { rateLimit: checkoutLimit },
)

/** The browser's Checkout result; only its signature and the gateway's record decide. */
export const confirmPaymentAction = userAction(
  confirmPaymentSchema,
  async (input, { user }) => {
    const result = await confirmCheckoutPayment(appDeps(), { buyerId: user.id, groupId: input.groupId, response: input.response })
    if (!result.ok) {
      if (result.reason === 'not_captured') return { confirmed: false }
      throw new ActionError('conflict', "We couldn't verify this payment. If money left your account, it will be refunded automatically; contact support with your order number.")
    }
    return { confirmed: true }
  },
  { rateLimit: checkoutLimit },
)

async function ownGroup(userId: string, groupId: string) {
  const { db } = appDeps()
  const [group] = await db.select().from(orderGroups).where(and(eq(orderGroups.id, groupId), eq(orderGroups.buyerId, userId)))
  if (!group) throw new ActionError('not_found', 'We could not find that order.')
  return group
}

/**
 * Checkout reported a failed payment. The browser's word isn't trusted: the gateway's record is
 * read, and only a payment the gateway says failed cancels the orders (their stock goes back).
 */
export const paymentFailedAction = userAction(groupRefSchema, async ({ groupId }, { user }) => {
  const deps = appDeps()
  await ownGroup(user.id, groupId)
  const payment = await latestPaymentForGroup(deps.db, groupId)
  if (!payment) return { state: 'unknown' as const }
  const state = await reconcileGatewayOrder(deps, payment.providerOrderId)
  if (state === 'failed') {
    await applyFailure(deps, { providerOrderId: payment.providerOrderId, providerPaymentId: null, reason: 'Payment failed at checkout' })
  }
  return { state }
})

/** The buyer gives up on an unpaid checkout: its orders are cancelled and the stock released. */
export const abandonCheckoutAction = userAction(groupRefSchema, async ({ groupId }, { user }) => {
  const deps = appDeps()
  await ownGroup(user.id, groupId)
  const payment = await latestPaymentForGroup(deps.db, groupId)
  if (payment && (await reconcileGatewayOrder(deps, payment.providerOrderId)) === 'captured') return { cancelled: 0 }
  const moved = await deps.db.transaction((tx) =>
    transitionGroup(tx, { groupId, to: 'cancelled', actor: 'buyer', actorId: user.id, onlyFrom: ['pending_payment'], note: 'Checkout abandoned' }),
  )
  return { cancelled: moved.length }
})

export const confirmCodAction = userAction(
  codOtpSchema,
  async ({ groupId, code }, { user }) => {
    const deps = appDeps()
    const verdict = await checkCodOtp(deps.db, { groupId, buyerId: user.id, code, secret: deps.secret })
    const messages: Record<string, string> = {
      wrong: "That code doesn't match. Check the email and try again.",
      expired: 'This code has expired. Send a new one.',
      locked: 'Too many wrong codes. Send a new one.',
      not_found: 'We could not find that order.',
    }
    if (verdict !== 'ok' && verdict !== 'already_confirmed') throw new ActionError('invalid_input', messages[verdict] ?? 'Try again.', { code: [messages[verdict] ?? ''] })
    const moved = await deps.db.transaction((tx) =>
      transitionGroup(tx, { groupId, to: 'confirmed', actor: 'system', actorId: null, onlyFrom: ['pending_payment'], note: 'Cash on delivery confirmed by the buyer' }),
    )
    for (const m of moved) await deps.notify(deps.db, { type: 'order.placed', orderId: m.orderId })
    if (verdict === 'ok' && moved.length === 0) throw new ActionError('conflict', 'This order was cancelled before it was confirmed. Place it again.')
    return { confirmed: true }
  },
  { rateLimit: otpLimit },
)

export const resendCodOtpAction = userAction(
  groupRefSchema,
  async ({ groupId }, { user }) => {
    const deps = appDeps()
    const code = await issueCodOtp(deps.db, { groupId, buyerId: user.id, secret: deps.secret })
    if (!code) throw new ActionError('conflict', 'This order no longer needs a code.')
    if (!user.email) throw new ActionError('conflict', 'Add an email address to your account to receive the code.')
    const group = await ownGroup(user.id, groupId)
    const numbers = await deps.db.select({ number: orders.number }).from(orders).where(eq(orders.groupId, groupId))
    await deps.email.send({ to: user.email, ...codOtpEmail({ code, orderNumbers: numbers.map((n) => n.number), totalPaise: group.totalPaise }), tag: 'cod-otp' })
    return { sentTo: user.email }
  },
  { rateLimit: otpLimit },
)
