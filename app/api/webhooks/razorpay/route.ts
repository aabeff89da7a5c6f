import { getDb } from '@/db'
import { handlePaymentWebhook } from '@/lib/dal/payment-webhook'
import { getPayments } from '@/lib/services/payments'

/** Razorpay webhooks (payment.*, order.paid, refund.*); see lib/dal/payment-webhook.ts. */
export async function POST(request: Request) {
  const raw = await request.text()
  const reply = await handlePaymentWebhook({ db: getDb(), payments: getPayments() }, raw, request.headers)
  return Response.json(reply.body, { status: reply.status })
}
