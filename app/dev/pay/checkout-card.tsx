'use client'

import { CircleAlertIcon, CircleCheckIcon } from 'lucide-react'
import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs'
import { formatINR } from '@/lib/utils'
import type { DevPayResult } from './actions'
import { CardForm } from './card-form'
import { CheckoutFrame } from './checkout-frame'
import { NetbankingForm } from './netbanking-form'
import { postToParent } from './post-to-parent'
import { UpiForm } from './upi-form'

export type PaymentFormProps = {
  orderId: string
  keyId: string
  payLabel: string
  onResult: (result: DevPayResult) => void
}

type Props = {
  orderId: string
  keyId: string
  amountPaise: number
  merchant: string
  description: string
  prefill: { name?: string; email?: string; contact?: string }
}

/** The simulated gateway's checkout: UPI, card or net banking, then the result to the opener. */
export function CheckoutCard({ orderId, keyId, amountPaise, merchant, description, prefill }: Props) {
  const [result, setResult] = useState<DevPayResult | null>(null)
  // The UPI field takes focus when checkout opens, not when the buyer comes back to its tab:
  // arrow keys move between tabs and must not be pulled into a form.
  const [switchedTab, setSwitchedTab] = useState(false)
  const amount = formatINR(amountPaise)
  const onResult = (next: DevPayResult) => {
    setResult(next)
    if (next.status === 'success') postToParent({ type: 'success', response: next.response })
    else postToParent({ type: 'failed', error: next.error })
  }
  const form = { orderId, keyId, payLabel: `Pay ${amount}`, onResult }

  return (
    <CheckoutFrame merchant={merchant} description={description} amount={amount}>
      <p className="sr-only" aria-live="polite">
        {result?.status === 'success' ? 'Payment successful.' : result?.status === 'failed' ? `Payment failed. ${result.error.description}` : ''}
      </p>
      {result?.status === 'success' ? (
        <div className="flex flex-1 flex-col items-center justify-center gap-3 text-center">
          <CircleCheckIcon className="size-12 text-success" aria-hidden="true" />
          <h2 className="text-lg font-semibold">Payment successful</h2>
          <p className="text-sm text-muted-foreground">
            {amount} paid. Reference <span className="font-mono">{result.response.razorpay_payment_id}</span>. You can close this window.
          </p>
        </div>
      ) : result?.status === 'failed' ? (
        <div className="flex flex-1 flex-col items-center justify-center gap-3 text-center">
          <CircleAlertIcon className="size-12 text-destructive" aria-hidden="true" />
          <h2 className="text-lg font-semibold">Payment failed</h2>
          <p className="text-sm text-muted-foreground">{result.error.description}</p>
          <Button className="mt-2" autoFocus onClick={() => setResult(null)}>
            Try again
          </Button>
        </div>
      ) : (
        <>
          {prefill.email || prefill.contact ? (
            <p className="mb-4 truncate text-sm text-muted-foreground">
              Paying as {[prefill.name, prefill.email, prefill.contact].filter(Boolean).join(' · ')}
            </p>
          ) : null}
          <Tabs defaultValue="upi" className="flex-1" onValueChange={() => setSwitchedTab(true)}>
            <TabsList className="grid w-full grid-cols-3" aria-label="Payment method">
              <TabsTrigger value="upi">UPI</TabsTrigger>
              <TabsTrigger value="card">Card</TabsTrigger>
              <TabsTrigger value="netbanking">Net banking</TabsTrigger>
            </TabsList>
            <TabsContent value="upi" className="pt-2">
              <UpiForm {...form} autoFocus={!switchedTab} />
            </TabsContent>
            <TabsContent value="card" className="pt-2">
              <CardForm {...form} />
            </TabsContent>
            <TabsContent value="netbanking" className="pt-2">
              <NetbankingForm {...form} amount={amount} merchant={merchant} />
            </TabsContent>
          </Tabs>
        </>
      )}
    </CheckoutFrame>
  )
}
