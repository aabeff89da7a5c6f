'use client'

import { LandmarkIcon } from 'lucide-react'
import { useState } from 'react'
import { FormAlert } from '@/components/forms/form-alert'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { netbankingPaymentSchema, type NetbankingPaymentInput } from '@/lib/services/payments/checkout-form'
import { BANKS } from '@/lib/services/payments/checkout-rules'
import { payWithNetbankingAction, type DevPayResult } from './actions'
import type { PaymentFormProps } from './checkout-card'

/** Pick a bank, then a stand-in for the bank's own page where the buyer approves or declines. */
export function NetbankingForm({ orderId, keyId, payLabel, onResult, amount, merchant }: PaymentFormProps & { amount: string; merchant: string }) {
  const [atBank, setAtBank] = useState(false)
  const { form, onSubmit, formError, pending, ready } = useActionForm<NetbankingPaymentInput, DevPayResult>({
    schema: netbankingPaymentSchema,
    action: payWithNetbankingAction,
    defaultValues: { orderId, keyId, bank: '', outcome: 'success' },
    onSuccess: onResult,
  })
  const bankCode = form.watch('bank')
  const bank = BANKS.find((b) => b.code === bankCode)
  const error = form.formState.errors.bank?.message

  const finish = (outcome: 'success' | 'failure') => {
    form.setValue('outcome', outcome)
    void onSubmit()
  }

  if (atBank && bank)
    return (
      <section aria-labelledby="bank-page-title" className="grid gap-4 rounded-lg border bg-muted/40 p-4">
        <FormAlert message={formError} />
        <div className="flex items-center gap-2">
          <LandmarkIcon className="size-5 text-muted-foreground" aria-hidden="true" />
          <h2 id="bank-page-title" className="font-semibold">
            {bank.name} · simulated bank page
          </h2>
        </div>
        <p className="text-sm">
          Approve a payment of <strong className="tabular-nums">{amount}</strong> to {merchant}?
        </p>
        <div className="grid grid-cols-2 gap-3">
          <Button type="button" disabled={pending || !ready} onClick={() => finish('success')} autoFocus>
            Success
          </Button>
          <Button type="button" variant="destructive" disabled={pending || !ready} onClick={() => finish('failure')}>
            Failure
          </Button>
        </div>
        <Button type="button" variant="ghost" disabled={pending || !ready} onClick={() => setAtBank(false)}>
          Back to banks
        </Button>
      </section>
    )

  return (
    <form
      noValidate
      className="grid gap-4"
      onSubmit={async (event) => {
        event.preventDefault()
        if (await form.trigger('bank')) setAtBank(true)
      }}
    >
      <FormAlert message={formError} />
      <fieldset className="grid gap-2" aria-describedby={error ? 'bank-error' : undefined} aria-invalid={error ? true : undefined}>
        <legend className="mb-2 text-sm font-medium">Choose your bank</legend>
        <div className="grid grid-cols-1 gap-2 min-[380px]:grid-cols-2">
          {BANKS.map((b) => (
            <label key={b.code} className="flex cursor-pointer items-center gap-2 rounded-lg border px-3 py-2.5 text-sm has-[:checked]:border-primary has-[:checked]:bg-primary/10 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring">
              <input type="radio" value={b.code} className="accent-primary" {...form.register('bank')} />
              {b.name}
            </label>
          ))}
        </div>
        {error ? (
          <p id="bank-error" className="text-[13px] font-medium text-destructive">
            {error}
          </p>
        ) : null}
      </fieldset>
      <Button type="submit" size="lg" disabled={!ready}>
        {payLabel}
      </Button>
    </form>
  )
}
