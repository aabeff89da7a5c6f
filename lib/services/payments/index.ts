import 'server-only'

import { getDb } from '@/db'
import { getServiceConfig } from '@/lib/services'
import type { ServiceConfig } from '@/lib/services/config'
import { createRazorpayPayments } from './razorpay'
import { createSimulatedPayments, type SimulatedPaymentInput, type SimulatedPaymentResult, type SimulatedPayments } from './simulated'
import type { WebhookDelivery } from './simulated-webhooks'
import type { PaymentsService } from './types'

export type {
  CheckoutResult,
  CreateOrderInput,
  GatewayOrder,
  GatewayPayment,
  GatewayRefund,
  PaymentMethod,
  PaymentWebhookEvent,
  PaymentsService,
  PublicPaymentsConfig,
  RefundInput,
} from './types'
export type { SimulatedPaymentInput, SimulatedPaymentResult, SimulatedPayments } from './simulated'
export type { DeliveryAttempt, WebhookDelivery } from './simulated-webhooks'
export { PaymentsError } from './errors'
export { devPayVisible } from './dev-pay'

// Cached on globalThis: dev reloads modules, and the simulated gateway holds its webhook retry timers.
const globalForPayments = globalThis as unknown as { haatPayments?: PaymentsService }

export function getPayments(): PaymentsService {
  globalForPayments.haatPayments ??= createPayments(getServiceConfig())
  return globalForPayments.haatPayments
}

export function createPayments(config: Pick<ServiceConfig, 'payments' | 'appUrl'>): PaymentsService {
  const payments = config.payments
  switch (payments.driver) {
    case 'razorpay':
      return createRazorpayPayments({
        keyId: payments.keyId,
        keySecret: payments.keySecret,
        webhookSecret: payments.webhookSecret,
        apiBase: payments.apiBase,
      })
    case 'simulated':
      return createSimulatedPayments({
        db: getDb,
        keyId: payments.keyId,
        keySecret: payments.keySecret,
        webhookSecret: payments.webhookSecret,
        appUrl: config.appUrl,
      })
    default: {
      const unknown: never = payments
      throw new Error(`Unknown payments driver: ${JSON.stringify(unknown)}`)
    }
  }
}

/** The simulated gateway when it is the active driver, else null (Razorpay is in use). */
export function getSimulatedGateway(): SimulatedPayments | null {
  const payments = getPayments()
  return payments.provider === 'simulated' ? (payments as SimulatedPayments) : null
}

function requireSimulatedGateway(): SimulatedPayments {
  const gateway = getSimulatedGateway()
  if (!gateway) throw new Error('The simulated payment gateway is not in use: payments go through Razorpay')
  return gateway
}

/**
 * Completes checkout on the simulated gateway as a buyer would: used by /dev/pay's action, and by
 * tests and seed scripts that need a paid (or failed) order without a browser.
 */
export function completeSimulatedPayment(input: SimulatedPaymentInput): Promise<SimulatedPaymentResult> {
  return requireSimulatedGateway().completePayment(input)
}

/** Sends a recorded webhook again with the same event id and body (replay testing). */
export function resendSimulatedWebhook(deliveryId: string): Promise<WebhookDelivery | null> {
  return requireSimulatedGateway().resendWebhook(deliveryId)
}
