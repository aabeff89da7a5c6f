import { getDb } from '@/db'
import { notifyOrderChange } from '@/lib/dal/order-notify'
import { handlePaymentWebhook } from '@/lib/dal/payment-webhook'
import { getPayments } from '@/lib/services/payments'

/** Razorpay webhooks (payment.*, order.paid, refund.*); see lib/dal/payment-webhook.ts. */
export async function POST(request: Request) {
  const raw = await request.text()
  const reply = await handlePaymentWebhook({ db: getDb(), payments: getPayments(), notify: notifyOrderChange }, raw, request.headers)
  return Response.json(reply.body, { status: reply.status })
}
