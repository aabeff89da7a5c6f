'use client'

import { FormAlert } from '@/components/forms/form-alert'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { cardPaymentSchema, type CardPaymentInput } from '@/lib/services/payments/checkout-form'
import { payWithCardAction, type DevPayResult } from './actions'
import type { PaymentFormProps } from './checkout-card'

export function CardForm({ orderId, keyId, payLabel, onResult }: PaymentFormProps) {
  const { form, onSubmit, formError, pending, ready } = useActionForm<CardPaymentInput, DevPayResult>({
    schema: cardPaymentSchema,
    action: payWithCardAction,
    defaultValues: { orderId, keyId, number: '', expiry: '', cvv: '', name: '' },
    onSuccess: onResult,
  })
  const { errors } = form.formState
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormAlert message={formError} />
      <FormField
        label="Card number"
        required
        error={errors.number?.message}
        description="Test cards: 4111 1111 1111 1111 pays, 4000 0000 0000 0002 is declined. Any future expiry."
      >
        <Input autoComplete="cc-number" inputMode="numeric" placeholder="1234 5678 9012 3456" maxLength={23} {...form.register('number')} />
      </FormField>
      <div className="grid grid-cols-2 gap-3">
        <FormField label="Expiry (MM/YY)" required error={errors.expiry?.message}>
          <Input autoComplete="cc-exp" inputMode="numeric" placeholder="MM/YY" maxLength={7} {...form.register('expiry')} />
        </FormField>
        <FormField label="CVV" required error={errors.cvv?.message}>
          <Input type="password" autoComplete="cc-csc" inputMode="numeric" placeholder="•••" maxLength={4} {...form.register('cvv')} />
        </FormField>
      </div>
      <FormField label="Name on card" error={errors.name?.message}>
        <Input autoComplete="cc-name" {...form.register('name')} />
      </FormField>
      <Button type="submit" size="lg" disabled={pending || !ready}>
        {pending ? 'Authorising with your bank…' : payLabel}
      </Button>
    </form>
  )
}
