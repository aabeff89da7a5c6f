'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { toast } from '@/components/ui/toast'
import { cancelOrderAction } from '@/app/(account)/account/orders/actions'
import { FormAlert } from '@/components/forms/form-alert'
import { NativeSelect } from '@/components/forms/native-select'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog'
import { FormField } from '@/components/ui/form-field'
import { formatINR } from '@/lib/utils'
import { CANCEL_REASON_LABELS, CANCEL_REASONS, cancelOrderSchema, type CancelOrderFormValues } from '@/lib/validations/returns'

type Props = {
  orderId: string
  orderNumber: string
  /** What goes back to the original payment method; null when nothing was paid online. */
  refundPaise: number | null
  cod: boolean
}

/** "Cancel order" with a confirmation that asks why and says what happens to the money. */
export function CancelOrderDialog({ orderId, orderNumber, refundPaise, cod }: Props) {
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const { form, onSubmit, formError, pending, ready } = useActionForm<CancelOrderFormValues, { orderId: string }>({
    schema: cancelOrderSchema,
    action: cancelOrderAction,
    defaultValues: { orderId, reason: '' },
    onSuccess: () => {
      setOpen(false)
      toast.success(refundPaise ? `Order ${orderNumber} is cancelled. Your refund of ${formatINR(refundPaise)} is on its way.` : `Order ${orderNumber} is cancelled.`)
      router.refresh()
    },
  })
  const money =
    refundPaise !== null
      ? `You'll be refunded ${formatINR(refundPaise)} to your original payment method.`
      : cod
        ? 'This is a cash-on-delivery order, so there is nothing to refund.'
        : 'You have not paid for this order, so nothing will be charged.'

  return (
    <Dialog open={open} onOpenChange={(next) => (pending ? null : setOpen(next))}>
      <DialogTrigger asChild>
        <Button type="button" variant="outline">
          Cancel order
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <DialogHeader>
            <DialogTitle>Cancel order {orderNumber}?</DialogTitle>
            <DialogDescription>{money} The seller will not ship it.</DialogDescription>
          </DialogHeader>
          <FormAlert message={formError} />
          <FormField label="Why are you cancelling?" error={form.formState.errors.reason?.message} required>
            <NativeSelect {...form.register('reason')}>
              <option value="" disabled>
                Choose a reason
              </option>
              {CANCEL_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {CANCEL_REASON_LABELS[reason]}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="ghost" disabled={pending || !ready}>
                Keep order
              </Button>
            </DialogClose>
            <Button type="submit" variant="destructive" disabled={pending || !ready}>
              {pending ? 'Cancelling…' : 'Cancel order'}
            </Button>
          </DialogFooter>
          <p aria-live="polite" className="sr-only">
            {pending ? 'Cancelling your order.' : ''}
          </p>
        </form>
      </DialogContent>
    </Dialog>
  )
}
