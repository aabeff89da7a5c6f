'use server'

import { revalidatePath } from 'next/cache'
import { ActionError, publicAction } from '@/lib/actions/safe-action'
import { getServiceConfig } from '@/lib/services'
import { devPayVisible, getSimulatedGateway, PaymentsError, type SimulatedPaymentInput } from '@/lib/services/payments'
import { cardOutcome, cardDigits, cardNetwork, normaliseVpa, upiOutcome } from '@/lib/services/payments/checkout-rules'
import { cardPaymentSchema, netbankingPaymentSchema, resendWebhookSchema, upiPaymentSchema } from '@/lib/services/payments/checkout-form'
import type { DevPayError } from '@/lib/services/payments/dev-pay-messages'
import type { CheckoutResult } from '@/lib/services/payments/types'

export type DevPayResult = { status: 'success'; response: CheckoutResult } | { status: 'failed'; error: DevPayError }

const rateLimit = { name: 'dev-pay', limit: 30, windowSeconds: 60 }

function gatewayFor(keyId: string) {
  const config = getServiceConfig()
  const gateway = devPayVisible(config) ? getSimulatedGateway() : null
  if (!gateway) throw new ActionError('not_found', 'The simulated gateway is not in use here, so this checkout cannot take payments.')
  if (keyId !== gateway.publicConfig().keyId)
    throw new ActionError('invalid_input', 'This checkout was opened with an unknown key. Close it and start the payment again.')
  return gateway
}

async function pay(keyId: string, input: SimulatedPaymentInput): Promise<DevPayResult> {
  const gateway = gatewayFor(keyId)
  try {
    const result = await gateway.completePayment(input)
    revalidatePath('/dev/pay/log')
    if (result.status === 'success') return { status: 'success', response: result.response }
    const { code, description, reason, source, step } = result.error
    return { status: 'failed', error: { code, description, reason, source, step } }
  } catch (error) {
    if (error instanceof PaymentsError) throw new ActionError('conflict', /[.!?]$/.test(error.message) ? error.message : `${error.message}.`)
    throw error
  }
}

export const payWithUpiAction = publicAction(
  upiPaymentSchema,
  async (input) => pay(input.keyId, { orderId: input.orderId, method: 'upi', vpa: normaliseVpa(input.vpa), outcome: upiOutcome(input.vpa) }),
  { rateLimit },
)

export const payWithCardAction = publicAction(
  cardPaymentSchema,
  async (input) => {
    const digits = cardDigits(input.number)
    return pay(input.keyId, {
      orderId: input.orderId,
      method: 'card',
      // Only what Razorpay keeps: the last four digits and the network, never the number.
      card: { name: input.name ?? '', last4: digits.slice(-4), network: cardNetwork(digits) },
      outcome: cardOutcome(digits),
    })
  },
  { rateLimit },
)

export const payWithNetbankingAction = publicAction(
  netbankingPaymentSchema,
  async (input) => pay(input.keyId, { orderId: input.orderId, method: 'netbanking', bank: input.bank, outcome: input.outcome }),
  { rateLimit },
)

export const resendWebhookAction = publicAction(resendWebhookSchema, async (input, { user }) => {
  const config = getServiceConfig()
  const gateway = devPayVisible(config) ? getSimulatedGateway() : null
  if (!gateway) throw new ActionError('not_found', 'The simulated gateway is not in use here.')
  if (config.production && user?.role !== 'admin') throw new ActionError('forbidden', 'Only admins can resend webhooks on this deployment.')
  const delivery = await gateway.resendWebhook(input.deliveryId)
  if (!delivery) throw new ActionError('not_found', 'That webhook delivery no longer exists. Refresh the log.')
  revalidatePath('/dev/pay/log')
  const last = delivery.attempts.at(-1)
  return { status: delivery.status, httpStatus: last?.status ?? null, error: last?.error ?? null }
})
