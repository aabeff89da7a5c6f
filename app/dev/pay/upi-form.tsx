'use client'

import { FormAlert } from '@/components/forms/form-alert'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { upiPaymentSchema, type UpiPaymentInput } from '@/lib/services/payments/checkout-form'
import { TEST_VPA } from '@/lib/services/payments/checkout-rules'
import { payWithUpiAction, type DevPayResult } from './actions'
import type { PaymentFormProps } from './checkout-card'

export function UpiForm({ orderId, keyId, payLabel, onResult, autoFocus }: PaymentFormProps & { autoFocus: boolean }) {
  const { form, onSubmit, formError, pending, ready } = useActionForm<UpiPaymentInput, DevPayResult>({
    schema: upiPaymentSchema,
    action: payWithUpiAction,
    defaultValues: { orderId, keyId, vpa: '' },
    onSuccess: onResult,
  })
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormAlert message={formError} />
      <FormField
        label="UPI ID"
        required
        error={form.formState.errors.vpa?.message}
        description={`Test IDs: ${TEST_VPA.success} pays, ${TEST_VPA.failure} fails; any other UPI ID pays.`}
      >
        <Input autoFocus={autoFocus} autoComplete="off" autoCapitalize="none" spellCheck={false} inputMode="email" placeholder="name@bank" {...form.register('vpa')} />
      </FormField>
      <Button type="submit" size="lg" disabled={pending || !ready}>
        {pending ? 'Waiting for your UPI app…' : payLabel}
      </Button>
    </form>
  )
}
