'use client'

import { useState } from 'react'
import { FormAlert } from '@/components/forms/form-alert'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog'
import { FormField } from '@/components/ui/form-field'
import { Textarea } from '@/components/ui/textarea'
import { formatINR } from '@/lib/utils'
import { cancelSellerOrderSchema, SELLER_ORDER_NOTE_MAX, type CancelSellerOrderInput } from '@/lib/validations/seller-orders'
import { cancelOrderAction } from '@/app/(studio)/studio/[storeId]/orders/actions'

type Props = { storeId: string; orderId: string; orderNumber: string; prepaid: boolean; totalPaise: number; onDone: (message: string) => void }

/** Cancelling needs a reason the buyer will read, and says plainly what happens to their money. */
export function CancelOrderDialog({ storeId, orderId, orderNumber, prepaid, totalPaise, onDone }: Props) {
  const [open, setOpen] = useState(false)
  const { form, onSubmit, formError, pending, ready } = useActionForm<CancelSellerOrderInput, null>({
    schema: cancelSellerOrderSchema,
    action: cancelOrderAction,
    defaultValues: { storeId, orderId, reason: '' },
    onSuccess: () => {
      setOpen(false)
      onDone(prepaid ? `Order ${orderNumber} cancelled. The buyer is being refunded ${formatINR(totalPaise)}.` : `Order ${orderNumber} cancelled.`)
    },
  })
  return (
    <Dialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <DialogTrigger asChild>
        <Button type="button" variant="outline" className="border-destructive/40 text-destructive hover:bg-destructive/10 hover:text-destructive">
          Cancel order
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <DialogHeader>
            <DialogTitle>Cancel order {orderNumber}?</DialogTitle>
            <DialogDescription>
              {prepaid
                ? `The buyer paid online, so they are refunded ${formatINR(totalPaise)} automatically to the way they paid.`
                : 'This is a cash-on-delivery order: no money was taken, so there is nothing to refund.'}{' '}
              The items go back into your stock, any booked courier pickup is cancelled, and the buyer is told why. This cannot be undone.
            </DialogDescription>
          </DialogHeader>
          <FormAlert message={formError} />
          <FormField
            label="Reason for the buyer"
            description={`For example “Out of stock in this size”. Up to ${SELLER_ORDER_NOTE_MAX} characters.`}
            error={form.formState.errors.reason?.message}
            required
          >
            <Textarea rows={3} maxLength={SELLER_ORDER_NOTE_MAX} {...form.register('reason')} />
          </FormField>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="ghost" disabled={pending || !ready}>
                Keep order
              </Button>
            </DialogClose>
            <Button type="submit" variant="destructive" disabled={pending || !ready}>
              {pending ? 'Cancelling…' : 'Confirm cancellation'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
